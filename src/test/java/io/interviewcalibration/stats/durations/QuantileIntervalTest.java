package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Order-statistic intervals for quantiles: ranks worked out from the binomial by hand, and coverage. */
class QuantileIntervalTest {

  @Test
  void medianOfTenValuesUsesTheSecondAndNinth() {
    // B ~ Bin(10, 1/2): F(1) = 11/1024 = 0.0107 <= 0.025 < F(2) = 56/1024 = 0.0547, so r - 1 = 1, r = 2;
    // F(7) = 968/1024 = 0.9453 < 0.975 <= F(8) = 1013/1024 = 0.9893, so s - 1 = 8, s = 9.
    // Coverage F(8) - F(1) = 1002/1024 = 0.9785.
    QuantileInterval ranks = QuantileInterval.ranks(10, 0.5, 0.95);
    assertThat(ranks.lowRank()).isEqualTo(2);
    assertThat(ranks.highRank()).isEqualTo(9);
    DurationSketch s = DurationSketch.create();
    for (int i = 10; i >= 1; i--) {
      s.addCompleted(i);
    }
    QuantileInterval ci = QuantileInterval.of(s, 0.5, 0.95);
    assertThat(ci.low()).isCloseTo(2.0, within(1e-12));
    assertThat(ci.high()).isCloseTo(9.0, within(1e-12));
  }

  @Test
  void tooFewValuesLeaveALimitOpen() {
    // n = 5, p = 1/2: F(0) = 1/32 = 0.031 > 0.025, so no rank r >= 1 has F(r - 1) <= 0.025: no lower limit;
    // F(4) = 31/32 = 0.969 < 0.975, so s = 6 > n: no upper limit either.
    QuantileInterval five = QuantileInterval.ranks(5, 0.5, 0.95);
    assertThat(five.lowRank()).isZero();
    assertThat(five.highRank()).isEqualTo(6);
    // p = 0.9: the upper limit needs F(n - 1) = 1 - 0.9^n >= 0.975, i.e. 0.9^n <= 0.025:
    // 0.9^35 = 0.0250 (just above), 0.9^36 = 0.0225, so n = 35 has none and n = 36 uses x(36).
    assertThat(QuantileInterval.ranks(35, 0.9, 0.95).highRank()).isEqualTo(36);
    assertThat(QuantileInterval.ranks(36, 0.9, 0.95).highRank()).isEqualTo(36);
    DurationSketch s = DurationSketch.create().addCompleted(1).addCompleted(2).addCompleted(3);
    QuantileInterval ci = QuantileInterval.of(s, 0.5, 0.95);
    assertThat(ci.lowDefined()).isFalse();
    assertThat(ci.highDefined()).isFalse();
    QuantileInterval none = QuantileInterval.of(DurationSketch.create(), 0.5, 0.95);
    assertThat(none.low()).isNaN();
  }

  @Test
  void coversTheTrueMedianAtLeastNinetyFivePercentOfTheTime() {
    // Exponential(1): true median ln 2, true 0.9 quantile ln 10; 2,000 samples of 40.
    SplittableRandom rnd = new SplittableRandom(11);
    int hits50 = 0;
    int hits90 = 0;
    int reps = 2000;
    for (int rep = 0; rep < reps; rep++) {
      DurationSketch s = DurationSketch.create();
      double[] x = new double[40];
      for (int i = 0; i < x.length; i++) {
        x[i] = -Math.log(1 - rnd.nextDouble());
        s.addCompleted(x[i]);
      }
      QuantileInterval m = QuantileInterval.of(s, 0.5, 0.95);
      QuantileInterval q = QuantileInterval.of(s, 0.9, 0.95);
      hits50 += m.low() <= Math.log(2) && Math.log(2) <= m.high() ? 1 : 0;
      hits90 += q.low() <= Math.log(10) && Math.log(10) <= q.high() ? 1 : 0;
      Arrays.sort(x);
      assertThat(m.low()).isCloseTo(x[(int) m.lowRank() - 1], within(1e-12));
    }
    // exact coverage is at least 0.95 (discreteness makes it larger); allow 3 binomial SEs of noise
    double se = Math.sqrt(0.95 * 0.05 / reps);
    assertThat((double) hits50 / reps).isGreaterThan(0.95 - 3 * se);
    assertThat((double) hits90 / reps).isGreaterThan(0.95 - 3 * se);
  }
}
