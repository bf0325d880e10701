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
}
