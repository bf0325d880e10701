package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NonNegativeLogisticRegressionTest {
  @Test
  void equalsMaximumLikelihoodWhenAllSlopesArePositive() {
    Fixture f = Fixture.load();
    // in the fixture every raw glm slope is positive, so the constraint is inactive
    LogisticFit ml = LogisticRegression.fit(f.x, f.hired);
    NonNegativeFit nn = NonNegativeLogisticRegression.fit(f.x, f.hired);
    assertThat(nn.fitted()).isTrue();
    assertThat(nn.intercept()).isCloseTo(ml.coefficients()[0], within(1e-6));
    for (int j = 0; j < 5; j++) {
      assertThat(ml.coefficients()[j + 1]).isPositive();
      assertThat(nn.slopes()[j]).isCloseTo(ml.coefficients()[j + 1], within(1e-6));
    }
  }

  @Test
  void negativeEffectIsHeldAtZeroAndOptimalityHolds() {
    Planted d = new Planted(1500, 41);
    double[] y = new double[d.x.length];
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    for (int i = 0; i < y.length; i++) {
      double eta = -1 + 1.2 * (d.x[i][0] - 2.8) - 1.0 * (d.x[i][3] - 2.8);
      y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    }
    NonNegativeFit f = NonNegativeLogisticRegression.fit(d.x, y);
    assertThat(f.fitted()).isTrue();
    assertThat(f.slopes()[3]).isEqualTo(0.0);
    assertThat(f.slopes()[0]).isGreaterThan(0.5);
    // KKT: gradient of the negative log-likelihood is 0 for free coefficients, ≥ 0 at the bound
    double[] g = new double[5];
    for (int i = 0; i < y.length; i++) {
      double mu = 1 / (1 + Math.exp(-f.predict(d.x[i])));
      g[0] += mu - y[i];
      for (int j = 0; j < 4; j++) {
        g[j + 1] += (mu - y[i]) * d.x[i][j];
      }
    }
    assertThat(g[0]).isCloseTo(0, within(1e-5));
    for (int j = 0; j < 4; j++) {
      if (f.slopes()[j] > 0) {
        assertThat(g[j + 1]).isCloseTo(0, within(1e-5));
      } else {
        assertThat(g[j + 1]).isGreaterThan(-1e-5);
      }
    }
  }

  @Test
  void plantedTruthRanksStrongWeakZero() {
    Planted d = new Planted(4000, 42);
    double[] b = NonNegativeLogisticRegression.fit(d.x, d.hired).slopes();
    assertThat(Math.min(b[0], b[1])).isGreaterThan(b[2]);
    assertThat(b[2]).isGreaterThan(b[3]);
    assertThat(b[3]).isLessThan(0.15);
  }

  @Test
  void degenerateInputs() {
    assertThat(NonNegativeLogisticRegression.fit(new double[][] {{1}, {2}, {3}}, new double[] {1, 1, 1}).reason())
        .isEqualTo(Reason.SINGLE_CLASS);
    double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
    assertThat(NonNegativeLogisticRegression.fit(x, new double[] {0, 0, 0, 1, 1, 1}).reason())
        .isEqualTo(Reason.SEPARATION);
    // separated only in the forbidden (negative) direction: the constrained MLE is slope 0
    NonNegativeFit down = NonNegativeLogisticRegression.fit(x, new double[] {1, 1, 1, 0, 0, 0});
    assertThat(down.fitted()).isTrue();
    assertThat(down.slopes()[0]).isEqualTo(0.0);
    assertThat(down.intercept()).isCloseTo(0, within(1e-9));
  }

  @Test
  void duplicatedCompetencyDoesNotBreakTheFit() {
    Planted d = new Planted(500, 3);
    double[][] x = new double[500][];
    for (int i = 0; i < 500; i++) {
      x[i] = new double[] {d.x[i][0], d.x[i][1], d.x[i][0], d.x[i][3]};
    }
    assertThat(LogisticRegression.fit(x, d.hired).reason()).isEqualTo(Reason.COLLINEAR_PREDICTORS);
    NonNegativeFit f = NonNegativeLogisticRegression.fit(x, d.hired);
    assertThat(f.fitted()).isTrue();
    // the two copies share the weight of the original
    double[][] once = new double[500][];
    for (int i = 0; i < 500; i++) {
      once[i] = new double[] {d.x[i][0], d.x[i][1], d.x[i][3]};
    }
    NonNegativeFit original = NonNegativeLogisticRegression.fit(once, d.hired);
    assertThat(f.slopes()[0] + f.slopes()[2]).isCloseTo(original.slopes()[0], within(1e-4));
  }
}
