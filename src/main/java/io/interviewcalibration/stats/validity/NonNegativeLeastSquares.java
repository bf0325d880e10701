package io.interviewcalibration.stats.validity;

/**
 * Non-negative least squares by the Lawson–Hanson active-set algorithm (Lawson &amp; Hanson 1974,
 * Solving Least Squares Problems, ch. 23): minimize ‖Ax − b‖² subject to x ≥ 0.
 *
 * <p>The algorithm keeps a passive set P of free variables; it moves into P the variable with the
 * largest positive component of the negative gradient w = Aᵀ(b − Ax), solves the unconstrained least
 * squares problem on P (by QR), and steps back along the segment whenever that solution leaves the
 * feasible region, returning to the bound the variables that hit zero. It stops when no w<sub>j</sub>
 * outside P exceeds the tolerance 10⁻¹⁰ · max(1, max|Aᵀb|): the Karush–Kuhn–Tucker conditions
 * (x ≥ 0, w ≤ 0, x<sub>j</sub>w<sub>j</sub> = 0) then hold. A column that is a linear combination of passive
 * columns is never made passive.
 *
 * <p>{@link #fit} adds a free intercept by weighted centering, which solves the same problem exactly:
 * min<sub>a, b≥0</sub> Σw(y − a − xᵀb)² = min<sub>b≥0</sub> Σw(y<sub>c</sub> − x<sub>c</sub>ᵀb)².
 * A constant predictor centres to zero and gets slope 0.
 */
public final class NonNegativeLeastSquares {
  private NonNegativeLeastSquares() {
  }

  /** Solution x ≥ 0 of min ‖Ax − b‖² (A m×p, b length m). */
  public static double[] solve(double[][] a, double[] b) {
    Numeric.checkSameLength(a.length, b.length, "nnls");
    Numeric.checkRectangular(a);
    return run(a, b).x;
  }

  private record Run(double[] x, int iterations, boolean converged) {
  }

  private static Run run(double[][] a, double[] b) {
    int m = a.length;
    int p = Numeric.columns(a);
    double[] x = new double[p];
    boolean[] passive = new boolean[p];
    boolean[] excluded = new boolean[p];
    double[] w = gradient(a, b, x);
    double scale = 0;
    for (double v : w) {
      scale = Math.max(scale, Math.abs(v));
    }
    double tol = 1e-10 * Math.max(1, scale);
    int iterations = 0;
    int maxIterations = 30 * Math.max(1, p) + 30;
    boolean converged = false;
    while (iterations < maxIterations) {
      int t = -1;
      double best = tol;
      for (int j = 0; j < p; j++) {
        if (!passive[j] && !excluded[j] && w[j] > best) {
          best = w[j];
          t = j;
        }
      }
      if (t < 0) {
        converged = true;
        break;
      }
      passive[t] = true;
      boolean added = false;
      while (iterations < maxIterations) {
        iterations++;
        double[] z = subsetSolve(a, b, passive, m, p);
        if (z == null) {
          // t is (numerically) a combination of the passive columns: leave it out
          passive[t] = false;
          excluded[t] = true;
          break;
        }
        boolean feasible = true;
        for (int j = 0; j < p; j++) {
          if (passive[j] && z[j] <= 0) {
            feasible = false;
            break;
          }
        }
        if (feasible) {
          x = z;
          added = true;
          break;
        }
        double alpha = Double.POSITIVE_INFINITY;
        for (int j = 0; j < p; j++) {
          if (passive[j] && z[j] <= 0) {
            alpha = Math.min(alpha, x[j] / (x[j] - z[j]));
          }
        }
        for (int j = 0; j < p; j++) {
          x[j] += alpha * (z[j] - x[j]);
          if (passive[j] && x[j] <= 1e-15 * (1 + Math.abs(z[j]))) {
            passive[j] = false;
            x[j] = 0;
          }
        }
      }
      if (added) {
        java.util.Arrays.fill(excluded, false);
      }
      w = gradient(a, b, x);
    }
    for (int j = 0; j < p; j++) {
      x[j] = passive[j] ? Math.max(0, x[j]) : 0;
    }
    return new Run(x, iterations, converged);
  }

  private static double[] subsetSolve(double[][] a, double[] b, boolean[] passive, int m, int p) {
    int k = 0;
    for (boolean q : passive) {
      k += q ? 1 : 0;
    }
    if (k > m) {
      return null;
    }
    double[][] sub = new double[m][k];
    for (int i = 0; i < m; i++) {
      for (int j = 0, c = 0; j < p; j++) {
        if (passive[j]) {
          sub[i][c++] = a[i][j];
        }
      }
    }
    LinearRegression.QrSolution sol = LinearRegression.solve(sub, b);
    if (sol == null) {
      return null;
    }
    double[] z = new double[p];
    for (int j = 0, c = 0; j < p; j++) {
      if (passive[j]) {
        z[j] = sol.beta()[c++];
      }
    }
    return z;
  }

  private static double[] gradient(double[][] a, double[] b, double[] x) {
    int p = x.length;
    double[] w = new double[p];
    for (int i = 0; i < a.length; i++) {
      double r = b[i] - Numeric.dot(a[i], x);
      for (int j = 0; j < p; j++) {
        w[j] += a[i][j] * r;
      }
    }
    return w;
  }

  /** Unweighted {@link #fit(double[][], double[], double[])}. */
  public static NonNegativeFit fit(double[][] x, double[] y) {
    return fit(x, y, null);
  }

  /**
   * Regression of y on x with slopes ≥ 0 and a free intercept, in the units of x.
   *
   * @param weights case weights ≥ 0 or {@code null}; rows with weight 0 are left out
   * @return the fit; n &lt; 2 gives {@link Reason#TOO_FEW_CASES}, a constant outcome
   *     {@link Reason#CONSTANT_OUTCOME}, non-finite values {@link Reason#NON_FINITE_INPUT}
   */
  public static NonNegativeFit fit(double[][] x, double[] y, double[] weights) {
    Numeric.checkSameLength(x.length, y.length, "nnls");
    Numeric.checkRectangular(x);
    double[] w = weights == null ? Numeric.ones(y.length) : weights;
    Numeric.checkSameLength(w.length, y.length, "nnls weights");
    int p = Numeric.columns(x);
    int n = 0;
    double sw = 0;
    double[] mx = new double[p];
    double my = 0;
    for (int i = 0; i < y.length; i++) {
      if (w[i] < 0 || !Double.isFinite(w[i])) {
        throw new IllegalArgumentException("weights must be finite and non-negative");
      }
      if (w[i] > 0) {
        n++;
        sw += w[i];
        my += w[i] * y[i];
        for (int j = 0; j < p; j++) {
          mx[j] += w[i] * x[i][j];
        }
      }
    }
    if (!Numeric.allFinite(x) || !Numeric.allFinite(y)) {
      return NonNegativeFit.failed(p, n, Reason.NON_FINITE_INPUT);
    }
    if (n < 2) {
      return NonNegativeFit.failed(p, n, Reason.TOO_FEW_CASES);
    }
    my /= sw;
    for (int j = 0; j < p; j++) {
      mx[j] /= sw;
    }
    double[][] a = new double[n][p];
    double[] b = new double[n];
    boolean constantY = true;
    double firstY = y[firstPositive(w)];
    for (int i = 0, r = 0; i < y.length; i++) {
      if (w[i] > 0) {
        double s = Math.sqrt(w[i]);
        for (int j = 0; j < p; j++) {
          a[r][j] = s * (x[i][j] - mx[j]);
        }
        b[r] = s * (y[i] - my);
        constantY &= y[i] == firstY;
        r++;
      }
    }
    if (constantY) {
      return NonNegativeFit.failed(p, n, Reason.CONSTANT_OUTCOME);
    }
    Run run = run(a, b);
    double intercept = my - Numeric.dot(mx, run.x);
    return new NonNegativeFit(intercept, run.x, run.iterations, run.converged, n,
        run.converged ? null : Reason.NOT_CONVERGED);
  }

  private static int firstPositive(double[] w) {
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        return i;
      }
    }
    return -1;
  }
}
