package io.interviewcalibration.stats.validity;

/**
 * Logistic regression with slopes constrained to be ≥ 0 and a free intercept, by a projected
 * Newton method (Bertsekas 1982, Projected Newton methods for optimization problems with simple
 * constraints, SIAM J. Control Optim. 20(2), 221–246).
 *
 * <p>Minimizes f(β) = −Σ w<sub>i</sub>[y<sub>i</sub> log μ<sub>i</sub> + (1 − y<sub>i</sub>) log(1 − μ<sub>i</sub>)] over
 * β<sub>1..p</sub> ≥ 0. Each iteration: gradient g = Xᵀw(μ − y) and Hessian H = XᵀWX; the slopes
 * that sit at (within ε of) zero with g<sub>j</sub> &gt; 0 are held at zero; a Newton step is taken in
 * the other coordinates, projected onto β ≥ 0 and shortened by halving until the Armijo condition
 * f(β⁺) ≤ f(β) + 10⁻⁴ gᵀ(β⁺ − β) holds. Converged when the projected gradient
 * (g<sub>j</sub> for free coordinates, min(g<sub>j</sub>, 0) at the bound) is below 10⁻⁹ × the total weight in
 * every coordinate, i.e. the Karush–Kuhn–Tucker conditions hold to that tolerance, or when the
 * Newton step's predicted decrease ½ gᵀH⁻¹g is below 10⁻¹² (|f| + 1): with hundreds of thousands of
 * cases f is a sum whose rounding error exceeds that, so the line search could no longer tell a
 * better point from a worse one (the relative criterion of R's glm, tighter).
 *
 * <p>Degenerate input: n &lt; 3 ({@link Reason#TOO_FEW_CASES}), one class only
 * ({@link Reason#SINGLE_CLASS}), non-finite values, no convergence in 200 iterations
 * ({@link Reason#NOT_CONVERGED}). If some fitted probability ends within 10⁻¹⁰ of 0 or 1 the
 * constrained MLE is taken not to exist ({@link Reason#SEPARATION}); this is a numerical criterion,
 * not the exact LP check used by {@link LogisticRegression}. A constant predictor gets slope 0.
 */
public final class NonNegativeLogisticRegression {
  static final int MAX_ITERATIONS = 200;
  /** Relative decrease of f below which a Newton step counts as no progress (f's resolution). */
  static final double RESOLUTION = 1e-12;

  private NonNegativeLogisticRegression() {
  }

  /** Unweighted fit. */
  public static NonNegativeFit fit(double[][] x, double[] y) {
    return fit(x, y, null);
  }

  /** Fit with case weights ≥ 0 (or {@code null}); coefficients are per raw unit of x. */
  public static NonNegativeFit fit(double[][] x, double[] y, double[] weights) {
    LogisticRegression.Prepared in = LogisticRegression.Prepared.of(x, y, weights);
    int p = in.k - 1;
    int n = in.n;
    if (in.reason != null && !in.reason.equals(Reason.CONSTANT_PREDICTOR)
        && !(in.reason.equals(Reason.TOO_FEW_CASES) && n >= 3)) {
      return NonNegativeFit.failed(p, n, in.reason);
    }
    if (n < 3) {
      return NonNegativeFit.failed(p, n, Reason.TOO_FEW_CASES);
    }
    int k = p + 1;
    // centre the predictors (an intercept shift, which leaves the slopes unchanged) for conditioning
    double[] centre = new double[p];
    boolean[] fixed = new boolean[k];
    double sw = 0;
    for (int i = 0; i < n; i++) {
      sw += in.w[i];
      for (int j = 0; j < p; j++) {
        centre[j] += in.w[i] * in.xRows[i][j];
      }
    }
    double[][] d = new double[n][k];
    for (int j = 0; j < p; j++) {
      centre[j] /= sw;
    }
    for (int j = 0; j < p; j++) {
      boolean constant = true;
      for (int i = 1; i < n && constant; i++) {
        constant = in.xRows[i][j] == in.xRows[0][j];
      }
      fixed[j + 1] = constant;
    }
    for (int i = 0; i < n; i++) {
      d[i][0] = 1;
      for (int j = 0; j < p; j++) {
        d[i][j + 1] = fixed[j + 1] ? 0 : in.xRows[i][j] - centre[j];
      }
    }
    double[] beta = new double[k];
    double ybar = 0;
    for (int i = 0; i < n; i++) {
      ybar += in.w[i] * in.y[i];
    }
    ybar /= sw;
    if (!(ybar > 0 && ybar < 1)) {
      return NonNegativeFit.failed(p, n, Reason.SINGLE_CLASS);
    }
    beta[0] = Math.log(ybar / (1 - ybar));
    double tol = 1e-9 * sw;
    boolean converged = false;
    int iter = 0;
    double f = Irls.deviance(d, in.y, in.w, beta) / 2;
    while (iter < MAX_ITERATIONS) {
      double[] g = new double[k];
      double[][] h = new double[k][k];
      for (int i = 0; i < n; i++) {
        double mu = Irls.expit(Numeric.dot(d[i], beta));
        double r = in.w[i] * (mu - in.y[i]);
        double v = in.w[i] * mu * (1 - mu);
        for (int a = 0; a < k; a++) {
          g[a] += r * d[i][a];
          for (int b = a; b < k; b++) {
            h[a][b] += v * d[i][a] * d[i][b];
          }
        }
      }
      double pgMax = 0;
      double dist = 0;
      for (int j = 0; j < k; j++) {
        if (fixed[j]) {
          continue;
        }
        double pg = j > 0 && beta[j] <= 0 ? Math.min(g[j], 0) : g[j];
        pgMax = Math.max(pgMax, Math.abs(pg));
        double moved = j > 0 ? Math.max(0, beta[j] - g[j]) : beta[j] - g[j];
        dist = Math.max(dist, Math.abs(beta[j] - moved));
      }
      if (pgMax <= tol) {
        converged = true;
        break;
      }
      iter++;
      double eps = Math.min(1e-8, dist);
      boolean[] free = new boolean[k];
      int nf = 0;
      for (int j = 0; j < k; j++) {
        free[j] = !fixed[j] && (j == 0 || !(beta[j] <= eps && g[j] > 0));
        nf += free[j] ? 1 : 0;
      }
      int[] idx = new int[nf];
      for (int j = 0, c = 0; j < k; j++) {
        if (free[j]) {
          idx[c++] = j;
        }
      }
      double[][] hf = new double[nf][nf];
      double[] gf = new double[nf];
      double maxDiag = 0;
      for (int a = 0; a < nf; a++) {
        gf[a] = -g[idx[a]];
        maxDiag = Math.max(maxDiag, h[idx[a]][idx[a]]);
        for (int b = 0; b < nf; b++) {
          int r = Math.min(idx[a], idx[b]);
          int c = Math.max(idx[a], idx[b]);
          hf[a][b] = h[r][c];
        }
      }
      // a negligible diagonal loading keeps the step defined when competencies are exact copies
      for (int a = 0; a < nf; a++) {
        hf[a][a] += 1e-12 * maxDiag;
      }
      double[] step;
      try {
        step = new org.apache.commons.math3.linear.LUDecomposition(
            new org.apache.commons.math3.linear.Array2DRowRealMatrix(hf, false)).getSolver()
            .solve(new org.apache.commons.math3.linear.ArrayRealVector(gf, false)).toArray();
      } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
        break;
      }
      double[] dir = new double[k];
      double predicted = 0;
      for (int a = 0; a < nf; a++) {
        dir[idx[a]] = step[a];
        predicted += gf[a] * step[a];
      }
      // the Newton step would lower f by about ½ gᵀH⁻¹g: below the resolution of f in double
      // precision (a sum over n cases) no step can be told apart from no step, so the fit has converged
      if (predicted / 2 <= RESOLUTION * (Math.abs(f) + 1)) {
        converged = true;
        break;
      }
      double t = 1;
      boolean accepted = false;
      for (int halving = 0; halving < 60; halving++) {
        double[] trial = new double[k];
        double decrease = 0;
        for (int j = 0; j < k; j++) {
          trial[j] = beta[j] + t * dir[j];
          if (j > 0 && trial[j] < 0) {
            trial[j] = 0;
          }
          if (fixed[j]) {
            trial[j] = 0;
          }
          decrease += g[j] * (trial[j] - beta[j]);
        }
        double ft = Irls.deviance(d, in.y, in.w, trial) / 2;
        if (ft <= f + 1e-4 * decrease) {
          beta = trial;
          f = ft;
          accepted = true;
          break;
        }
        t /= 2;
      }
      if (!accepted) {
        break;
      }
    }
    double minMargin = 1;
    for (int i = 0; i < n; i++) {
      double mu = Irls.expit(Numeric.dot(d[i], beta));
      minMargin = Math.min(minMargin, Math.min(mu, 1 - mu));
    }
    double[] slopes = new double[p];
    double intercept = beta[0];
    for (int j = 0; j < p; j++) {
      slopes[j] = beta[j + 1];
      intercept -= slopes[j] * centre[j];
    }
    if (minMargin < 1e-10) {
      return new NonNegativeFit(Double.NaN, Numeric.nanArray(p), iter, converged, n, Reason.SEPARATION);
    }
    if (!converged) {
      return new NonNegativeFit(Double.NaN, Numeric.nanArray(p), iter, false, n, Reason.NOT_CONVERGED);
    }
    return new NonNegativeFit(intercept, slopes, iter, true, n, null);
  }
}
