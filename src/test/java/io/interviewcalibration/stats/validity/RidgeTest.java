package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RidgeTest {
  @Test
  void zeroPenaltyIsOrdinaryLeastSquaresOnZScores() {
    Fixture f = Fixture.load();
    RidgeFit r = Ridge.linear(f.x, f.performance, 0, 0.95);
    String[] terms = RFixtureTest.TERMS;
    for (int j = 0; j < terms.length; j++) {
      assertThat(r.coefficients()[j]).isCloseTo(f.expected("lm_std", terms[j], "estimate"), within(1e-9));
      assertThat(r.rawCoefficients()[j]).isCloseTo(f.expected("lm_raw", terms[j], "estimate"), within(1e-9));
    }
    assertThat(r.effectiveDf()).isCloseTo(6, within(1e-9));
  }

  @Test
  void zeroPenaltyLogisticIsMaximumLikelihood() {
    Fixture f = Fixture.load();
    RidgeFit r = Ridge.logistic(f.x, f.hired, 0, 0.95);
    for (int j = 0; j < 6; j++) {
      assertThat(r.coefficients()[j]).isCloseTo(f.expected("glm_std", RFixtureTest.TERMS[j], "estimate"), within(1e-8));
      assertThat(r.standardErrors()[j])
          .isCloseTo(f.expected("glm_std", RFixtureTest.TERMS[j], "std_error"), within(1e-8));
    }
  }

  @Test
  void linearRidgeSolvesThePenalizedNormalEquations() {
    Planted d = new Planted(120, 8);
    double lambda = 25;
    RidgeFit r = Ridge.linear(d.x, d.performance, lambda, 0.95);
    // gradient of Σ(y − b0 − zᵀb)² + λ‖b‖² vanishes at the estimate
    double[][] z = Standardization.of(d.x).apply(d.x);
    double[] grad = new double[5];
    for (int i = 0; i < z.length; i++) {
      double e = d.performance[i] - Numeric.linear(r.coefficients(), z[i]);
      grad[0] += -2 * e;
      for (int j = 0; j < 4; j++) {
        grad[j + 1] += -2 * e * z[i][j];
      }
    }
    for (int j = 1; j < 5; j++) {
      grad[j] += 2 * lambda * r.coefficients()[j];
    }
    for (double g : grad) {
      assertThat(g).isCloseTo(0, within(1e-8));
    }
    assertThat(r.effectiveDf()).isBetween(1.0, 5.0);
  }

  @Test
  void largePenaltyShrinksSlopesTowardZero() {
    Planted d = new Planted(150, 9);
    RidgeFit small = Ridge.linear(d.x, d.performance, 1, 0.95);
    RidgeFit large = Ridge.linear(d.x, d.performance, 1e6, 0.95);
    for (int j = 1; j < 5; j++) {
      assertThat(Math.abs(large.coefficients()[j])).isLessThan(Math.abs(small.coefficients()[j]) / 100 + 1e-3);
    }
    assertThat(large.coefficients()[0]).isCloseTo(Numeric.mean(d.performance), within(1e-9));
  }

  @Test
  void collinearPredictorsAreFittedWithAChosenPenalty() {
    Planted d = new Planted(60, 10);
    double[][] x = new double[60][];
    for (int i = 0; i < 60; i++) {
      // the fifth column is an exact copy of the first: OLS is undefined
      x[i] = new double[] {d.x[i][0], d.x[i][1], d.x[i][2], d.x[i][3], d.x[i][0]};
    }
    assertThat(LinearRegression.fit(x, d.performance).reason()).isEqualTo(Reason.COLLINEAR_PREDICTORS);
    RidgeFit r = Ridge.linear(x, d.performance, 0.95);
    assertThat(r.fitted()).isTrue();
    assertThat(r.lambdaRule()).isEqualTo(Ridge.RULE_GCV);
    assertThat(r.lambda()).isPositive();
    // the duplicated column shares its weight equally
    assertThat(r.coefficients()[1]).isCloseTo(r.coefficients()[5], within(1e-8));
  }

  @Test
  void logisticRidgeStaysFiniteUnderSeparation() {
    double[][] x = {{1, 0.3}, {2, 0.1}, {3, 0.9}, {4, 0.4}, {5, 0.2}, {6, 0.8}, {7, 0.5}, {8, 0.7}};
    double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
    assertThat(LogisticRegression.fit(x, y).fitted()).isFalse();
    RidgeFit r = Ridge.logistic(x, y, 0.95);
    assertThat(r.fitted()).isTrue();
    assertThat(r.lambdaRule()).isEqualTo(Ridge.RULE_AIC);
    assertThat(r.coefficients()[1]).isPositive().isFinite();
  }
}
