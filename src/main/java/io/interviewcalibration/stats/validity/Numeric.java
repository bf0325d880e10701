package io.interviewcalibration.stats.validity;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Small numeric helpers shared by this package. */
final class Numeric {
  private Numeric() {
  }

  static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
  }

  static void checkSameLength(int a, int b, String what) {
    if (a != b) {
      throw new IllegalArgumentException(what + ": lengths differ (" + a + " vs " + b + ")");
    }
  }

  /** Two-sided standard normal quantile for the given confidence, e.g. 1.959964 for 0.95. */
  static double z(double confidence) {
    checkConfidence(confidence);
    return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
  }

  /** Two-sided Student-t quantile for the given confidence and degrees of freedom. */
  static double t(double confidence, double df) {
    checkConfidence(confidence);
    return new TDistribution(null, df, 1e-14).inverseCumulativeProbability(0.5 + confidence / 2);
  }

  /** Two-sided p-value of a t statistic. */
  static double pT(double t, double df) {
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
  }

  /** Two-sided p-value of a standard normal statistic. */
  static double pZ(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z));
  }

  static boolean allFinite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }

  static boolean allFinite(double[][] rows) {
    for (double[] r : rows) {
      if (!allFinite(r)) {
        return false;
      }
    }
    return true;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** Sample standard deviation (divisor n − 1); NaN for n &lt; 2. */
  static double sd(double[] v) {
    int n = v.length;
    if (n < 2) {
      return Double.NaN;
    }
    double m = mean(v);
    double ss = 0;
    for (double d : v) {
      ss += (d - m) * (d - m);
    }
    return Math.sqrt(ss / (n - 1));
  }

  static double[] column(double[][] rows, int j) {
    double[] c = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      c[i] = rows[i][j];
    }
    return c;
  }

  static int columns(double[][] rows) {
    return rows.length == 0 ? 0 : rows[0].length;
  }

  static void checkRectangular(double[][] rows) {
    int p = columns(rows);
    for (double[] r : rows) {
      if (r.length != p) {
        throw new IllegalArgumentException("rows have different lengths");
      }
    }
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Linear predictor b0 + Σ b_j x_j for a coefficient vector with the intercept first. */
  static double linear(double[] coef, double[] row) {
    double s = coef[0];
    for (int j = 0; j < row.length; j++) {
      s += coef[j + 1] * row[j];
    }
    return s;
  }

  static double[] linear(double[] coef, double[][] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = linear(coef, rows[i]);
    }
    return out;
  }

  /** Rows with an intercept column of ones in front. */
  static double[][] withIntercept(double[][] rows) {
    int p = columns(rows);
    double[][] d = new double[rows.length][p + 1];
    for (int i = 0; i < rows.length; i++) {
      d[i][0] = 1;
      System.arraycopy(rows[i], 0, d[i], 1, p);
    }
    return d;
  }

  /** Columns of {@code rows} without column {@code drop}. */
  static double[][] dropColumn(double[][] rows, int drop) {
    int p = columns(rows);
    double[][] d = new double[rows.length][p - 1];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0, k = 0; j < p; j++) {
        if (j != drop) {
          d[i][k++] = rows[i][j];
        }
      }
    }
    return d;
  }

  static double[] nanArray(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, Double.NaN);
    return a;
  }

  static double[] ones(int n) {
    double[] a = new double[n];
    java.util.Arrays.fill(a, 1.0);
    return a;
  }

  static boolean isBinary(double[] y) {
    for (double v : y) {
      if (v != 0 && v != 1) {
        return false;
      }
    }
    return true;
  }

  /** Inverse of an upper-triangular k×k matrix by back substitution. */
  static double[][] invertUpper(double[][] r) {
    int k = r.length;
    double[][] inv = new double[k][k];
    for (int j = 0; j < k; j++) {
      inv[j][j] = 1 / r[j][j];
      for (int i = j - 1; i >= 0; i--) {
        double s = 0;
        for (int m = i + 1; m <= j; m++) {
          s += r[i][m] * inv[m][j];
        }
        inv[i][j] = -s / r[i][i];
      }
    }
    return inv;
  }

  /** A·Aᵀ for a square matrix. */
  static double[][] timesOwnTranspose(double[][] a) {
    int k = a.length;
    double[][] out = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        double s = 0;
        for (int m = 0; m < k; m++) {
          s += a[i][m] * a[j][m];
        }
        out[i][j] = s;
        out[j][i] = s;
      }
    }
    return out;
  }

  /** Percentile (R type 7) of an unsorted sample; the array is sorted in place. */
  static double quantile(double[] values, double prob) {
    java.util.Arrays.sort(values);
    int n = values.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * prob;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, n - 1);
    return values[lo] + (h - lo) * (values[hi] - values[lo]);
  }
}
