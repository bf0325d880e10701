package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldsTest {
  @Test
  void deterministicAndIndependentOfOrder() {
    String[] ids = new String[1000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "cand-" + i;
    }
    int[] a = Folds.assign(42, ids, 5);
    String[] reversed = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      reversed[i] = ids[ids.length - 1 - i];
    }
    int[] b = Folds.assign(42, reversed, 5);
    for (int i = 0; i < ids.length; i++) {
      assertThat(b[ids.length - 1 - i]).isEqualTo(a[i]);
      assertThat(Folds.of(42, ids[i], 5)).isEqualTo(a[i]).isBetween(0, 4);
    }
    assertThat(Folds.assign(43, ids, 5)).isNotEqualTo(a);
  }

  @Test
  void balanced() {
    int n = 20000;
    int k = 5;
    int[] count = new int[k];
    for (int i = 0; i < n; i++) {
      count[Folds.of(7, "c" + i, k)]++;
    }
    // multinomial SD per fold √(n·(1/k)(1 − 1/k)) ≈ 57; allow 5 SD
    for (int c : count) {
      assertThat(c).isBetween(4000 - 285, 4000 + 285);
    }
  }
}
