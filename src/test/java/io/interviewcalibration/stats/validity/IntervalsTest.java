package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalsTest {
  @Test
  void meanWithTInterval() {
    // 2, 4, 6: mean 4, s = 2, t(2, .975) = 4.302653 → 4 ± 4.302653·2/√3 = 4 ± 4.968275
    Estimate m = Intervals.mean(new double[] {2, 4, 6}, 0.95);
    assertThat(m.value()).isEqualTo(4.0);
    assertThat(m.ciLow()).isCloseTo(4 - 4.968275, within(1e-6));
    assertThat(m.ciHigh()).isCloseTo(4 + 4.968275, within(1e-6));
    assertThat(Intervals.mean(new double[] {3}, 0.95).reason()).isEqualTo(Reason.TOO_FEW_CASES);
    assertThat(Intervals.mean(new double[] {}, 0.95).defined()).isFalse();
  }

  @Test
  void wilsonInterval() {
    // Wilson (1927) for 0 of 10 at 95%: [0, z²/(n + z²)] = [0, 0.2775328]
    Estimate zero = Intervals.wilson(0, 10, 0.95);
    assertThat(zero.ciLow()).isEqualTo(0.0);
    assertThat(zero.ciHigh()).isCloseTo(0.2775328, within(1e-6));
    Estimate all = Intervals.wilson(10, 10, 0.95);
    assertThat(all.ciHigh()).isEqualTo(1.0);
    assertThat(Intervals.wilson(0, 0, 0.95).reason()).isEqualTo(Reason.TOO_FEW_CASES);
  }

  @Test
  void momentsMergeLaw() {
    Planted d = new Planted(1001, 2);
    double[] all = d.performance;
    Moments whole = Moments.of(all);
    Moments left = Moments.of(java.util.Arrays.copyOfRange(all, 0, 400));
    Moments right = Moments.of(java.util.Arrays.copyOfRange(all, 400, all.length));
    Moments merged = left.merge(right);
    assertThat(merged.n()).isEqualTo(whole.n());
    assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-12));
    assertThat(merged.m2()).isCloseTo(whole.m2(), within(1e-9));
    assertThat(Moments.EMPTY.merge(whole)).isEqualTo(whole);
    assertThat(whole.variance()).isCloseTo(Math.pow(Numeric.sd(all), 2), within(1e-10));
  }

  @Test
  void tierSummaryKeepsSmallTiersButMarksThem() {
    TierSummary t = TierSummary.of("Strong", 40, 12, Moments.of(3.1, 3.6, 4.0, 2.9), 3, 4, 0.95, 10);
    assertThat(t.hireRate().value()).isCloseTo(0.3, within(1e-15));
    assertThat(t.hireRate().reason()).isNull();
    assertThat(t.performance().value()).isCloseTo(3.4, within(1e-12));
    assertThat(t.performance().reason()).isEqualTo(Reason.BELOW_MIN_N);
    assertThat(t.retention().value()).isEqualTo(0.75);
    assertThat(t.retention().reason()).isEqualTo(Reason.BELOW_MIN_N);
    assertThat(TierSummary.of("Elite", 0, 0, Moments.EMPTY, 0, 0, 0.95, 10).hireRate().reason())
        .isEqualTo(Reason.TOO_FEW_CASES);
  }
}
