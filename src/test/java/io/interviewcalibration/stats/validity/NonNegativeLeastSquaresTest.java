package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NonNegativeLeastSquaresTest {
  /**
   * Brute force: the NNLS solution is the unconstrained least squares solution on some subset of
   * the columns; among the subsets whose solution is non-negative, it has the smallest residual.
   */
  static double[] bruteForce(double[][] a, double[] b) {
    int p = a[0].length;
    double best = Double.POSITIVE_INFINITY;
    double[] bestX = new double[p];
    for (int mask = 0; mask < (1 << p); mask++) {
      int k = Integer.bitCount(mask);
      double[] x = new double[p];
      if (k > 0) {
        double[][] sub = new double[a.length][k];
        for (int i = 0; i < a.length; i++) {
          for (int j = 0, c = 0; j < p; j++) {
            if ((mask & (1 << j)) != 0) {
              sub[i][c++] = a[i][j];
            }
          }
        }
        LinearRegression.QrSolution s = LinearRegression.solve(sub, b);
        if (s == null) {
          continue;
        }
        boolean ok = true;
        for (int j = 0, c = 0; j < p; j++) {
          if ((mask & (1 << j)) != 0) {
            x[j] = s.beta()[c++];
            ok &= x[j] >= 0;
          }
        }
        if (!ok) {
          continue;
        }
      }
      double rss = rss(a, b, x);
      if (rss < best - 1e-12) {
        best = rss;
        bestX = x;
      }
    }
    return bestX;
  }

  static double rss(double[][] a, double[] b, double[] x) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double e = b[i] - Numeric.dot(a[i], x);
      s += e * e;
    }
    return s;
  }

  @Test
  void matchesBruteForceOnRandomProblems() {
    SplittableRandom rnd = new SplittableRandom(99);
    for (int trial = 0; trial < 300; trial++) {
      int p = 1 + rnd.nextInt(6);
      int m = p + 2 + rnd.nextInt(30);
      double[][] a = new double[m][p];
      double[] b = new double[m];
      double[] truth = new double[p];
      for (int j = 0; j < p; j++) {
        truth[j] = rnd.nextDouble() * 4 - 2;
      }
      for (int i = 0; i < m; i++) {
        double shared = Planted.gaussian(rnd);
        for (int j = 0; j < p; j++) {
          a[i][j] = 0.6 * shared + Planted.gaussian(rnd);
        }
        b[i] = Numeric.dot(a[i], truth) + Planted.gaussian(rnd);
      }
      double[] x = NonNegativeLeastSquares.solve(a, b);
      double[] expected = bruteForce(a, b);
      for (int j = 0; j < p; j++) {
        assertThat(x[j]).as("trial %d coefficient %d", trial, j).isGreaterThanOrEqualTo(0)
            .isCloseTo(expected[j], within(1e-8));
      }
      // Karush–Kuhn–Tucker: w = Aᵀ(b − Ax) ≤ 0, and = 0 where x > 0
      for (int j = 0; j < p; j++) {
        double w = 0;
        for (int i = 0; i < m; i++) {
          w += a[i][j] * (b[i] - Numeric.dot(a[i], x));
        }
        assertThat(w).isLessThan(1e-8);
        if (x[j] > 0) {
          assertThat(w).isCloseTo(0, within(1e-8));
        }
      }
    }
  }

  @Test
  void plantedTruthRanksStrongWeakZero() {
    Planted d = new Planted(4000, 31);
    NonNegativeFit f = NonNegativeLeastSquares.fit(d.x, d.performance);
    assertThat(f.fitted()).isTrue();
    double[] b = f.slopes();
    assertThat(Math.min(b[0], b[1])).isGreaterThan(b[2]);
    assertThat(b[2]).isGreaterThan(b[3]);
    assertThat(b[3]).isLessThan(0.04);
    for (int j = 0; j < 4; j++) {
      assertThat(b[j]).isCloseTo(Planted.TRUE_SLOPES[j], within(0.06));
    }
  }

  @Test
  void interceptIsFreeAndNegativeEffectsAreZero() {
    Planted d = new Planted(500, 32);
    double[] y = new double[500];
    for (int i = 0; i < 500; i++) {
      y[i] = 10 - 0.8 * d.x[i][3] + 0.5 * d.x[i][0] + 0.3 * Planted.gaussian(new SplittableRandom(i));
    }
    NonNegativeFit f = NonNegativeLeastSquares.fit(d.x, y);
    assertThat(f.slopes()[3]).isEqualTo(0.0);
    assertThat(f.intercept()).isGreaterThan(5);
    // same as brute force on the centred problem
    double[][] a = new double[500][4];
    double[] b = new double[500];
    double my = Numeric.mean(y);
    for (int j = 0; j < 4; j++) {
      double m = Numeric.mean(Numeric.column(d.x, j));
      for (int i = 0; i < 500; i++) {
        a[i][j] = d.x[i][j] - m;
      }
    }
    for (int i = 0; i < 500; i++) {
      b[i] = y[i] - my;
    }
    double[] expected = bruteForce(a, b);
    for (int j = 0; j < 4; j++) {
      assertThat(f.slopes()[j]).isCloseTo(expected[j], within(1e-9));
    }
  }

  @Test
  void degenerateInputs() {
    assertThat(NonNegativeLeastSquares.fit(new double[][] {{1}}, new double[] {1}).reason())
        .isEqualTo(Reason.TOO_FEW_CASES);
    assertThat(NonNegativeLeastSquares.fit(new double[][] {{1}, {2}, {3}}, new double[] {2, 2, 2}).reason())
        .isEqualTo(Reason.CONSTANT_OUTCOME);
    NonNegativeFit constant = NonNegativeLeastSquares.fit(new double[][] {{1, 5}, {2, 5}, {3, 5}},
        new double[] {1, 2, 3.5});
    assertThat(constant.slopes()[1]).isEqualTo(0.0);
    assertThat(constant.slopes()[0]).isCloseTo(1.25, within(1e-12));
  }
}
