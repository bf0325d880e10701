package io.interviewcalibration.stats.severity;

/**
 * Cholesky factor L (C = LL′) of a dense symmetric positive-definite matrix, with solves, the
 * log-determinant and the inverse. Used on the small systems of the mixed model (competencies plus
 * interviewers), never on data-sized matrices.
 */
final class Cholesky {
  private final int n;
  private final double[] l;

  private Cholesky(int n, double[] l) {
    this.n = n;
    this.l = l;
  }

  /**
   * Factors a row-major n × n matrix (only its lower triangle is read), or returns null when it is
   * not numerically positive definite (a pivot at most {@code 1e-12} times the largest diagonal
   * entry).
   */
  static Cholesky of(double[] a, int n) {
    double[] l = new double[n * n];
    double maxDiag = 0;
    for (int i = 0; i < n; i++) {
      maxDiag = Math.max(maxDiag, Math.abs(a[i * n + i]));
    }
    double tiny = 1e-12 * Math.max(maxDiag, Double.MIN_NORMAL);
    for (int j = 0; j < n; j++) {
      double d = a[j * n + j];
      for (int k = 0; k < j; k++) {
        d -= l[j * n + k] * l[j * n + k];
      }
      if (!(d > tiny)) {
        return null;
      }
      double ljj = Math.sqrt(d);
      l[j * n + j] = ljj;
      for (int i = j + 1; i < n; i++) {
        double s = a[i * n + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * n + k] * l[j * n + k];
        }
        l[i * n + j] = s / ljj;
      }
    }
    return new Cholesky(n, l);
  }

  /** log|C| = 2 Σ log L<sub>ii</sub>. */
  double logDet() {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.log(l[i * n + i]);
    }
    return 2 * s;
  }

  /** Solves C x = b. */
  double[] solve(double[] b) {
    double[] y = b.clone();
    for (int i = 0; i < n; i++) {
      double s = y[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * n + k] * y[k];
      }
      y[i] = s / l[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k * n + i] * y[k];
      }
      y[i] = s / l[i * n + i];
    }
    return y;
  }

  /** C⁻¹, row-major. */
  double[] inverse() {
    // invert L, then C⁻¹ = L⁻ᵀ L⁻¹
    double[] li = new double[n * n];
    for (int j = 0; j < n; j++) {
      li[j * n + j] = 1 / l[j * n + j];
      for (int i = j + 1; i < n; i++) {
        double s = 0;
        for (int k = j; k < i; k++) {
          s -= l[i * n + k] * li[k * n + j];
        }
        li[i * n + j] = s / l[i * n + i];
      }
    }
    double[] inv = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = i; k < n; k++) {
          s += li[k * n + i] * li[k * n + j];
        }
        inv[i * n + j] = s;
        inv[j * n + i] = s;
      }
    }
    return inv;
  }
}
