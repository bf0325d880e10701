package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {
  @Test
  void sumsExactlyToTheTotalOnManyRandomInputs() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int trial = 0; trial < 20000; trial++) {
      int k = 1 + rnd.nextInt(12);
      double[] s = new double[k];
      for (int j = 0; j < k; j++) {
        s[j] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble() * Math.pow(10, rnd.nextInt(6) - 3);
      }
      if (IntStream.range(0, k).allMatch(j -> s[j] == 0)) {
        s[0] = 1;
      }
      int total = trial % 2 == 0 ? 100 : rnd.nextInt(1000);
      int[] r = LargestRemainder.round(s, total);
      assertThat(IntStream.of(r).sum()).isEqualTo(total);
      double sum = java.util.Arrays.stream(s).sum();
      for (int j = 0; j < k; j++) {
        double quota = total * s[j] / sum;
        assertThat((double) r[j]).isBetween(Math.floor(quota) - 1e-9, Math.floor(quota) + 1);
        if (s[j] == 0) {
          assertThat(r[j]).isZero();
        }
      }
    }
  }

  @Test
  void exactSharesAreKeptAndRemaindersGoToTheLargest() {
    assertThat(LargestRemainder.round(new double[] {15, 25, 15, 20, 10, 10, 5}, 100))
        .containsExactly(15, 25, 15, 20, 10, 10, 5);
    // quotas 14.6, 27.3, 58.1 → floors 14, 27, 58 (99); the one missing unit goes to .6
    assertThat(LargestRemainder.round(new double[] {14.6, 27.3, 58.1}, 100)).containsExactly(15, 27, 58);
    // shares that do not sum to the total are scaled: 1:1:2 of 10 → 2.5, 2.5, 5
    assertThat(LargestRemainder.round(new double[] {1, 1, 2}, 10)).containsExactly(3, 2, 5);
  }

  @Test
  void tiesGoToTheLowerIndex() {
    assertThat(LargestRemainder.round(new double[] {1, 1, 1}, 100)).containsExactly(34, 33, 33);
    assertThat(LargestRemainder.round(new double[] {1, 1, 1, 1, 1, 1}, 100)).containsExactly(17, 17, 17, 17, 16, 16);
  }

  @Test
  void invalidInputIsRejected() {
    assertThatThrownBy(() -> LargestRemainder.round(new double[] {0, 0}, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.round(new double[] {1, -1, 3}, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.round(new double[] {1, Double.NaN}, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
