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

  /**
   * Hundreds of thousands of cases with Poisson bootstrap weights: f is then a sum whose rounding
   * error exceeds the last Newton steps' decrease, and the fit must stop as converged rather than
   * fail its line search (as seen on the 330,000-candidate sample before the resolution criterion).
   */
  @Test
  void largeWeightedSamplesConverge() {
    int n = 200_000;
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(8);
    double[][] x = new double[n][4];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double g = Planted.gaussian(rnd);
      double eta = -6;
      for (int j = 0; j < 4; j++) {
        // means of three ratings on 0–5: many ties, as in interview data
        double m = 0;
        for (int r = 0; r < 3; r++) {
          m += Math.max(0, Math.min(5, Math.rint(2.6 + 0.9 * (0.6 * g + 0.8 * Planted.gaussian(rnd)))));
        }
        x[i][j] = m / 3;
        eta += 0.5 * x[i][j];
      }
      y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    }
    for (int r = 0; r < 6; r++) {
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = io.interviewcalibration.stats.resample.PoissonWeights.weight(3, "c" + i, r);
      }
      NonNegativeFit f = NonNegativeLogisticRegression.fit(x, y, w);
      assertThat(f.reason()).as("replicate " + r).isNull();
      assertThat(f.iterations()).as("replicate " + r).isLessThan(30);
      // every slope is well inside the constraint: the optimum is the unconstrained maximum likelihood
      LogisticFit ml = LogisticRegression.fit(x, y, w, 0.95);
      for (int j = 0; j < 4; j++) {
        assertThat(f.slopes()[j]).isCloseTo(ml.coefficients()[j + 1], within(1e-5));
      }
    }
  }
}
