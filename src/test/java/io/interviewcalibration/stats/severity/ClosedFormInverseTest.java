package io.interviewcalibration.stats.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * The per-candidate closed form of W′V₀⁻¹W and log|V₀| against the dense definition: build V₀ =
 * I + λ<sub>h</sub>Z<sub>h</sub>Z<sub>h</sub>′ + λ<sub>a</sub>11′ and W = [X | ZΛ | y] for random candidates
 * with unequal scorecard sizes and missing ratings, invert it with an LU decomposition and compare.
 */
class ClosedFormInverseTest {
  @Test
  void matchesDenseInverse() {
    SplittableRandom rnd = new SplittableRandom(11);
    int k = 4;
    int q = 5;
    for (int trial = 0; trial < 50; trial++) {
      CandidateBlock.Builder b = CandidateBlock.builder();
      int scorecards = 1 + rnd.nextInt(4);
      for (int s = 0; s < scorecards; s++) {
        b.scorecard(rnd.nextInt(q), 0, 0, 0, Double.NaN, true);
        for (int c = 0; c < k; c++) {
          if (rnd.nextDouble() < 0.8) {
            b.rating(c, rnd.nextDouble() < 0.1 ? Double.NaN : rnd.nextInt(6), false);
          }
        }
      }
      CandidateBlock block = b.build();
      double[] t = {0.2 + rnd.nextDouble(), rnd.nextDouble(), 0.1 + rnd.nextDouble()};
      int[] cols = {0, 1, 2, 3, 4};
      Design d = new Design("t", false, false, true, k, new int[][] {cols});
      ModelPass pass = new ModelPass(List.of(new ModelPass.Request(d, t)));
      NormalEquations ne = pass.add(pass.zero(), block).systems[0][0];

      // dense reference
      int n = 0;
      for (int r = 0; r < block.ratings(); r++) {
        n += Double.isNaN(block.rating(r)) ? 0 : 1;
      }
      if (n == 0) {
        assertThat(ne.ratings()).isZero();
        continue;
      }
      double[][] w = new double[n][k + q + 1];
      int[] sc = new int[n];
      int i = 0;
      for (int s = 0; s < block.scorecards(); s++) {
        for (int r = block.firstRating(s); r < block.endRating(s); r++) {
          if (Double.isNaN(block.rating(r))) {
            continue;
          }
          w[i][block.competency(r)] = 1;
          w[i][k + block.interviewer(s)] = t[2];
          w[i][k + q] = block.rating(r);
          sc[i++] = s;
        }
      }
      double[][] v = new double[n][n];
      for (int x = 0; x < n; x++) {
        for (int y = 0; y < n; y++) {
          v[x][y] = (x == y ? 1 : 0) + t[0] * t[0] + (sc[x] == sc[y] ? t[1] * t[1] : 0);
        }
      }
      LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(v));
      RealMatrix wm = new Array2DRowRealMatrix(w);
      RealMatrix expected = wm.transpose().multiply(lu.getSolver().getInverse()).multiply(wm);
      for (int x = 0; x < k + q + 1; x++) {
        for (int y = 0; y < k + q + 1; y++) {
          assertThat(ne.at(x, y)).as("trial %d (%d,%d)", trial, x, y).isCloseTo(expected.getEntry(x, y), within(1e-10));
        }
      }
      assertThat(ne.logDetV()).isCloseTo(Math.log(lu.getDeterminant()), within(1e-10));
      assertThat(ne.ratings()).isEqualTo(n);
    }
  }
}
