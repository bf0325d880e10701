package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {
  /**
   * Positives {3, 4, 5}, negatives {1, 2, 3}. Pairs won: 3 beats 1, 2 and ties 3 (2.5), 4 and 5
   * beat all (3 each): AUC = 8.5/9 = 0.944444. Placements V10 = (2.5/3, 1, 1), V01 = (1, 1, 2.5/3);
   * each has sample variance 1/108, so Var = (1/108)/3 + (1/108)/3 = 1/162 = 0.0061728,
   * SE = 0.0785674.
   */
  @Test
  void handComputedDeLong() {
    double[] score = {3, 4, 5, 1, 2, 3};
    double[] y = {1, 1, 1, 0, 0, 0};
    AucEstimate a = Auc.of(score, y, 0.95);
    assertThat(a.auc()).isCloseTo(8.5 / 9, within(1e-15));
    assertThat(a.se()).isCloseTo(Math.sqrt(1.0 / 162), within(1e-15));
    assertThat(a.se()).isCloseTo(0.0785674, within(1e-6));
    assertThat(a.nPos()).isEqualTo(3);
    assertThat(a.nNeg()).isEqualTo(3);
    assertThat(a.ciLow()).isBetween(0.0, a.auc());
    assertThat(a.ciHigh()).isBetween(a.auc(), 1.0);
  }

  @Test
  void boundaryAndSingleClass() {
    AucEstimate perfect = Auc.of(new double[] {5, 6, 7, 1, 2, 3}, new double[] {1, 1, 1, 0, 0, 0}, 0.95);
    assertThat(perfect.auc()).isEqualTo(1.0);
    assertThat(perfect.reason()).isEqualTo(Reason.ESTIMATE_AT_BOUNDARY);
    assertThat(perfect.ciLow()).isNaN();
    assertThat(Auc.of(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 0.95).reason()).isEqualTo(Reason.SINGLE_CLASS);
    assertThat(Auc.of(new double[] {1, 2, 3}, new double[] {1, 0, 0}, 0.95).reason()).isEqualTo(Reason.TOO_FEW_CASES);
  }

  @Test
  void weightedAucEqualsAucOfExpandedData() {
    double[] score = {0.3, 0.1, 0.7, 0.7, 0.2, 0.9, 0.5};
    double[] y = {1, 0, 1, 0, 0, 1, 0};
    double[] w = {2, 1, 0, 3, 1, 1, 2};
    int total = 0;
    for (double v : w) {
      total += (int) v;
    }
    double[] es = new double[total];
    double[] ey = new double[total];
    for (int i = 0, k = 0; i < score.length; i++) {
      for (int c = 0; c < w[i]; c++, k++) {
        es[k] = score[i];
        ey[k] = y[i];
      }
    }
    assertThat(Auc.weighted(score, y, w)).isCloseTo(Auc.value(es, ey), within(1e-15));
    assertThat(Auc.weighted(score, y, Numeric.ones(score.length))).isCloseTo(Auc.value(score, y), within(1e-15));
  }

  @Test
  void pairedDifferenceOfAScoreWithItselfIsZero() {
    Planted d = new Planted(400, 1);
    double[] s = Numeric.column(d.x, 0);
    AucDifference diff = Auc.difference(s, s, d.hired, 0.95);
    assertThat(diff.difference()).isEqualTo(0.0);
    assertThat(diff.se()).isCloseTo(0, within(1e-12));
  }

  @Test
  void primitiveOrderSortsLikeTheLibrarySortWithTies() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(4);
    for (int n : new int[] {0, 1, 2, 3, 17, 1000}) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextInt(25) / 4.0; // many ties
      }
      int[] order = Auc.sortedOrder(v);
      double[] sorted = v.clone();
      java.util.Arrays.sort(sorted);
      assertThat(java.util.Arrays.stream(order).mapToDouble(i -> v[i]).toArray()).containsExactly(sorted);
      assertThat(java.util.Arrays.stream(order).sorted().toArray())
          .containsExactly(java.util.stream.IntStream.range(0, n).toArray());
    }
  }
}
