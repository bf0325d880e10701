package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
  @Test
  void completeSeparationIsDetected() {
    double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}};
    double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
    LogisticFit f = LogisticRegression.fit(x, y);
    assertThat(f.reason()).isEqualTo(Reason.COMPLETE_SEPARATION);
    assertThat(f.separation()).isEqualTo(Separation.COMPLETE);
    assertThat(f.coefficients()[1]).isNaN();
  }

  @Test
  void quasiCompleteSeparationIsDetected() {
    // x ≤ 4 always 0, x ≥ 4 always 1, with both outcomes at x = 4
    double[][] x = {{1}, {2}, {3}, {4}, {4}, {5}, {6}, {7}};
    double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
    LogisticFit f = LogisticRegression.fit(x, y);
    assertThat(f.reason()).isEqualTo(Reason.QUASI_COMPLETE_SEPARATION);
    assertThat(f.separation()).isEqualTo(Separation.QUASI_COMPLETE);
  }

  @Test
  void separationByACombinationOfPredictors() {
    // neither predictor alone separates, x1 + x2 > 5 does
    double[][] x = {{1, 1}, {4, 0}, {0, 4}, {2, 2}, {5, 1}, {1, 5}, {3, 3}, {6, 0.5}};
    double[] y = {0, 0, 0, 0, 1, 1, 1, 1};
    assertThat(Separation.check(x, y, null)).isEqualTo(Separation.COMPLETE);
    assertThat(LogisticRegression.fit(x, y).fitted()).isFalse();
  }

  @Test
  void overlappingDataAreNotSeparated() {
    Planted d = new Planted(300, 11);
    assertThat(Separation.check(d.x, d.hired, null)).isEqualTo(Separation.NONE);
    LogisticFit f = LogisticRegression.fit(d.x, d.hired);
    assertThat(f.fitted()).isTrue();
    assertThat(f.converged()).isTrue();
    assertThat(f.iterations()).isLessThan(15);
  }

  @Test
  void otherDegenerateInputs() {
    double[][] x = {{1}, {2}, {3}, {4}, {5}};
    assertThat(LogisticRegression.fit(x, new double[] {1, 1, 1, 1, 1}).reason()).isEqualTo(Reason.SINGLE_CLASS);
    assertThat(LogisticRegression.fit(new double[][] {{1}, {2}}, new double[] {0, 1}).reason())
        .isEqualTo(Reason.TOO_FEW_CASES);
    assertThat(LogisticRegression.fit(new double[][] {{1}, {1}, {1}, {1}}, new double[] {0, 1, 0, 1}).reason())
        .isEqualTo(Reason.CONSTANT_PREDICTOR);
  }

  @Test
  void integerWeightsGiveTheFitOfTheExpandedData() {
    Planted d = new Planted(80, 13);
    double[] w = new double[80];
    int total = 0;
    for (int i = 0; i < 80; i++) {
      w[i] = (i * 7) % 3;
      total += (int) w[i];
    }
    double[][] ex = new double[total][];
    double[] ey = new double[total];
    for (int i = 0, k = 0; i < 80; i++) {
      for (int c = 0; c < w[i]; c++, k++) {
        ex[k] = d.x[i];
        ey[k] = d.hired[i];
      }
    }
    LogisticFit weighted = LogisticRegression.fit(d.x, d.hired, w, 0.95);
    LogisticFit expanded = LogisticRegression.fit(ex, ey);
    assertThat(weighted.fitted()).isTrue();
    for (int j = 0; j < 5; j++) {
      assertThat(weighted.coefficients()[j]).isCloseTo(expanded.coefficients()[j], within(1e-8));
      assertThat(weighted.standardErrors()[j]).isCloseTo(expanded.standardErrors()[j], within(1e-8));
    }
    assertThat(weighted.deviance()).isCloseTo(expanded.deviance(), within(1e-8));
  }
}
