package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RelativeWeightsTest {
  @Test
  void linearWeightsSumToRSquared() {
    Fixture f = Fixture.load();
    RelativeWeightsResult rw = RelativeWeights.linear(f.x, f.performance);
    double r2 = f.expected("lm_raw", "", "r_squared");
    assertThat(rw.rSquared()).isCloseTo(r2, within(1e-12));
    assertThat(Arrays.stream(rw.weights()).sum()).isCloseTo(r2, within(1e-12));
    assertThat(Arrays.stream(rw.percent()).sum()).isCloseTo(100, within(1e-9));
  }

  @Test
  void uncorrelatedPredictorsGetTheirSquaredCorrelations() {
    // orthogonal, centred columns: relative weights equal r²
    double[][] x = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
    double[] y = {3, 1, 2, -1, 2.5, 1.5, 0.5, -0.5};
    RelativeWeightsResult rw = RelativeWeights.linear(x, y);
    for (int j = 0; j < 2; j++) {
      double r = Correlation.r(Numeric.column(x, j), y);
      assertThat(rw.weights()[j]).isCloseTo(r * r, within(1e-12));
    }
  }

  @Test
  void plantedImportanceRanksStrongWeakZero() {
    Planted d = new Planted(3000, 12);
    double[] w = RelativeWeights.linear(d.x, d.performance).weights();
    assertThat(Math.min(w[0], w[1])).isGreaterThan(w[2]);
    assertThat(w[2]).isGreaterThan(w[3]);
    double[] lw = RelativeWeights.logistic(d.x, d.hired).weights();
    assertThat(Math.min(lw[0], lw[1])).isGreaterThan(lw[2]);
    assertThat(lw[2]).isGreaterThan(lw[3]);
  }

  @Test
  void logisticWeightsSumToSquaredCorrelationOfOutcomeAndFittedProbability() {
    Fixture f = Fixture.load();
    RelativeWeightsResult rw = RelativeWeights.logistic(f.x, f.hired);
    LogisticFit fit = LogisticRegression.fit(f.x, f.hired);
    double[] prob = new double[f.hired.length];
    for (int i = 0; i < prob.length; i++) {
      prob[i] = fit.probability(f.x[i]);
    }
    double ro = Correlation.r(f.hired, prob);
    assertThat(rw.rSquared()).isCloseTo(ro * ro, within(1e-9));
    assertThat(Arrays.stream(rw.weights()).sum()).isCloseTo(ro * ro, within(1e-9));
  }

  @Test
  void collinearOrConstantPredictorsGiveReasons() {
    double[][] dup = {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}};
    assertThat(RelativeWeights.linear(dup, new double[] {1, 3, 2, 5, 4}).reason())
        .isEqualTo(Reason.COLLINEAR_PREDICTORS);
    double[][] constant = {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}};
    assertThat(RelativeWeights.linear(constant, new double[] {1, 3, 2, 5, 4}).reason())
        .isEqualTo(Reason.CONSTANT_PREDICTOR);
  }
}
