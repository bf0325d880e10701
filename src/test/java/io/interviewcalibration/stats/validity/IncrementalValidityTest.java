package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncrementalValidityTest {
  @Test
  void deltaRSquaredIsTheDropInRSquared() {
    Fixture f = Fixture.load();
    List<IncrementalEstimate> inc = IncrementalValidity.dropOne(f.x, f.performance, OutcomeType.CONTINUOUS, f.ids, 1,
        0, 0.95);
    double full = f.expected("lm_raw", "", "r_squared");
    for (IncrementalEstimate e : inc) {
      double reduced = LinearRegression.fit(Numeric.dropColumn(f.x, e.predictor()), f.performance).rSquared();
      assertThat(e.full()).isCloseTo(full, within(1e-10));
      assertThat(e.delta()).isCloseTo(full - reduced, within(1e-12)).isGreaterThanOrEqualTo(0);
      assertThat(e.metric()).isEqualTo(IncrementalValidity.DELTA_R_SQUARED);
    }
  }

  @Test
  void plantedStrongPredictorsAddValidityAndTheUselessOneDoesNot() {
    Planted d = new Planted(800, 61);
    List<IncrementalEstimate> lin = IncrementalValidity.dropOne(d.x, d.performance, OutcomeType.CONTINUOUS, d.ids, 5,
        200, 0.95);
    assertThat(lin.get(0).ciLow()).isPositive();
    assertThat(lin.get(1).ciLow()).isPositive();
    assertThat(lin.get(3).delta()).isLessThan(0.005);
    assertThat(lin.get(3).replicatesUsed()).isEqualTo(200);
    List<IncrementalEstimate> bin = IncrementalValidity.dropOne(d.x, d.hired, OutcomeType.BINARY, d.ids, 5, 100,
        0.95);
    assertThat(bin.get(0).metric()).isEqualTo(IncrementalValidity.DELTA_AUC);
    assertThat(bin.get(0).ciLow()).isPositive();
    assertThat(bin.get(3).ciLow()).isLessThanOrEqualTo(0.0);
    assertThat(bin.get(0).delta()).isGreaterThan(bin.get(3).delta());
  }

  @Test
  void singlePredictorIsComparedWithTheInterceptOnlyModel() {
    Planted d = new Planted(200, 62);
    double[][] one = new double[200][];
    for (int i = 0; i < 200; i++) {
      one[i] = new double[] {d.x[i][0]};
    }
    IncrementalEstimate e = IncrementalValidity.dropOne(one, d.hired, OutcomeType.BINARY, d.ids, 1, 0, 0.95).get(0);
    assertThat(e.reduced()).isEqualTo(0.5);
    assertThat(e.full()).isCloseTo(Auc.value(Numeric.column(one, 0), d.hired), within(1e-12));
    assertThat(e.reason()).isEqualTo(Reason.TOO_FEW_REPLICATES);
  }
}
