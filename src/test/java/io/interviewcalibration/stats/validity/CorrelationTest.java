package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrelationTest {
  @Test
  void handComputedExample() {
    // x = 1..5, y = 2,4,5,4,5: Sxy = 6, Sxx = 10, Syy = 6 → r = 6/√60 = 0.7745967
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {2, 4, 5, 4, 5};
    Estimate r = Correlation.pearson(x, y, 0.95);
    assertThat(r.value()).isCloseTo(6 / Math.sqrt(60), within(1e-15));
    // Fisher z: atanh(0.7745967) = 1.0317, ± 1.959964/√2 → tanh(−0.3542) = −0.3401, tanh(2.4176) = 0.9843
    assertThat(r.ciLow()).isCloseTo(-0.3401, within(1e-4));
    assertThat(r.ciHigh()).isCloseTo(0.9843, within(1e-4));
    assertThat(r.n()).isEqualTo(5);
  }

  @Test
  void degenerateInputsGiveReasons() {
    assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {1, 2, 4}, 0.95).reason())
        .isEqualTo(Reason.TOO_FEW_CASES);
    assertThat(Correlation.pearson(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4}, 0.95).reason())
        .isEqualTo(Reason.CONSTANT_PREDICTOR);
    assertThat(Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 2, 2, 2}, 0.95).reason())
        .isEqualTo(Reason.CONSTANT_OUTCOME);
    assertThat(Correlation.pearson(new double[] {1, 2, Double.NaN, 4}, new double[] {1, 2, 3, 4}, 0.95).reason())
        .isEqualTo(Reason.NON_FINITE_INPUT);
    Estimate perfect = Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8}, 0.95);
    assertThat(perfect.value()).isEqualTo(1.0);
    assertThat(perfect.ciLow()).isEqualTo(1.0);
    assertThat(perfect.reason()).isNull();
  }

  @Test
  void differenceOfOverlappingCorrelations() {
    Estimate d = Correlation.differenceOverlapping(0.5, 0.3, 0.4, 200, 0.95);
    assertThat(d.value()).isCloseTo(0.2, within(1e-15));
    assertThat(d.ciLow()).isLessThan(0.2);
    assertThat(d.ciHigh()).isGreaterThan(0.2);
    // swapping the two correlations mirrors the interval
    Estimate m = Correlation.differenceOverlapping(0.3, 0.5, 0.4, 200, 0.95);
    assertThat(m.ciLow()).isCloseTo(-d.ciHigh(), within(1e-12));
    assertThat(m.ciHigh()).isCloseTo(-d.ciLow(), within(1e-12));
    // a higher correlation between the two composites narrows the interval of the difference
    Estimate tight = Correlation.differenceOverlapping(0.5, 0.3, 0.9, 200, 0.95);
    assertThat(tight.ciHigh() - tight.ciLow()).isLessThan(d.ciHigh() - d.ciLow());
  }
}
