package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearRegressionTest {
  @Test
  void degenerateDesignsGiveReasons() {
    double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8.0}, {5, 10}};
    double[] y = {1, 3, 2, 5, 4};
    assertThat(LinearRegression.fit(x, y).reason()).isEqualTo(Reason.COLLINEAR_PREDICTORS);
    double[][] constant = {{1, 7}, {2, 7}, {3, 7}, {4, 7}, {5, 7}};
    assertThat(LinearRegression.fit(constant, y).reason()).isEqualTo(Reason.CONSTANT_PREDICTOR);
    assertThat(LinearRegression.fit(new double[][] {{1}, {2}}, new double[] {1, 2}).reason())
        .isEqualTo(Reason.TOO_FEW_CASES);
    assertThat(LinearRegression.fit(new double[][] {{1}, {2}, {3}}, new double[] {2, 2, 2}).reason())
        .isEqualTo(Reason.CONSTANT_OUTCOME);
    LinearFit failed = LinearRegression.fit(x, y);
    assertThat(failed.coefficients()[0]).isNaN();
    assertThat(failed.fitted()).isFalse();
  }

  @Test
  void integerWeightsGiveTheEstimatesOfTheExpandedData() {
    Planted d = new Planted(60, 3);
    double[] w = new double[60];
    int total = 0;
    for (int i = 0; i < 60; i++) {
      w[i] = i % 3;
      total += i % 3;
    }
    double[][] ex = new double[total][];
    double[] ey = new double[total];
    for (int i = 0, k = 0; i < 60; i++) {
      for (int c = 0; c < w[i]; c++, k++) {
        ex[k] = d.x[i];
        ey[k] = d.performance[i];
      }
    }
    LinearFit weighted = LinearRegression.fit(d.x, d.performance, w, 0.95);
    LinearFit expanded = LinearRegression.fit(ex, ey);
    for (int j = 0; j < 5; j++) {
      assertThat(weighted.coefficients()[j]).isCloseTo(expanded.coefficients()[j], within(1e-10));
    }
    assertThat(weighted.rSquared()).isCloseTo(expanded.rSquared(), within(1e-12));
    assertThat(weighted.n()).isEqualTo(40);
  }

  @Test
  void recoversPlantedSlopes() {
    Planted d = new Planted(3000, 5);
    LinearFit f = LinearRegression.fit(d.x, d.performance);
    for (int j = 0; j < 4; j++) {
      assertThat(f.ciLow()[j + 1]).isLessThan(Planted.TRUE_SLOPES[j]);
      assertThat(f.ciHigh()[j + 1]).isGreaterThan(Planted.TRUE_SLOPES[j]);
    }
  }
}
