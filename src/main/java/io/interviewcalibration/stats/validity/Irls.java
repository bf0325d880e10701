package io.interviewcalibration.stats.validity;

/**
 * Newton–Raphson (iteratively reweighted least squares) for the logistic likelihood with an
 * optional quadratic penalty ½ Σ λ<sub>j</sub> β<sub>j</sub>². Each step solves the weighted least
 * squares problem [W<sup>½</sup>X; Λ<sup>½</sup>] β = [W<sup>½</sup>z; 0] by QR, z the working response.
 */
final class Irls {
  static final int MAX_ITERATIONS = 100;
  /** Convergence: |D − D<sub>old</sub>| / (|D| + 0.1) below this (glm's criterion, tighter than its 1e-8). */
  static final double EPSILON = 1e-12;
  /** Fitted probabilities this close to 0 or 1 make the fit look separated and trigger the LP check. */
  static final double BOUNDARY = 1e-8;

  record Result(double[] beta, double deviance, int iterations, boolean converged, boolean rankDeficient,
      double[][] penalizedInverse, double[][] information, double minMargin) {
  }

  private Irls() {
  }

  /**
   * @param d       design with intercept column, only rows with positive weight
   * @param y       0/1 outcome for those rows
   * @param w       positive weights for those rows
   * @param penalty λ per coefficient (zeros for plain maximum likelihood)
   */
  static Result fit(double[][] d, double[] y, double[] w, double[] penalty) {
    int n = d.length;
    int k = d[0].length;
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < n; i++) {
      sw += w[i];
      swy += w[i] * y[i];
    }
    double ybar = Math.min(Math.max(swy / sw, 1e-6), 1 - 1e-6);
    double[] beta = new double[k];
    beta[0] = Math.log(ybar / (1 - ybar));
    double dev = objective(d, y, w, penalty, beta);
    boolean converged = false;
    int iter = 0;
    boolean rankDeficient = false;
    double[][] a = new double[n + k][k];
    double[] b = new double[n + k];
    while (iter < MAX_ITERATIONS) {
      iter++;
      for (int i = 0; i < n; i++) {
        double eta = Numeric.dot(d[i], beta);
        double mu = expit(eta);
        double v = Math.max(mu * (1 - mu), 1e-300);
        double z = eta + (y[i] - mu) / v;
        double s = Math.sqrt(w[i] * v);
        for (int j = 0; j < k; j++) {
          a[i][j] = s * d[i][j];
        }
        b[i] = s * z;
      }
      for (int j = 0; j < k; j++) {
        java.util.Arrays.fill(a[n + j], 0);
        a[n + j][j] = Math.sqrt(penalty[j]);
        b[n + j] = 0;
      }
      LinearRegression.QrSolution sol = LinearRegression.solve(a, b);
      if (sol == null) {
        rankDeficient = true;
        break;
      }
      double[] next = sol.beta();
      double devNext = objective(d, y, w, penalty, next);
      int halvings = 0;
      while ((!Double.isFinite(devNext) || devNext > dev + 1e-9 * (Math.abs(dev) + 0.1)) && halvings < 40) {
        for (int j = 0; j < k; j++) {
          next[j] = (next[j] + beta[j]) / 2;
        }
        devNext = objective(d, y, w, penalty, next);
        halvings++;
      }
      boolean done = Math.abs(devNext - dev) / (Math.abs(devNext) + 0.1) < EPSILON;
      beta = next;
      dev = devNext;
      if (done) {
        converged = true;
        break;
      }
    }
    if (rankDeficient) {
      return new Result(beta, dev, iter, false, true, null, null, 0);
    }
    // information and inverse at the final estimate
    double[][] info = new double[k][k];
    double minMargin = 1;
    for (int i = 0; i < n; i++) {
      double mu = expit(Numeric.dot(d[i], beta));
      minMargin = Math.min(minMargin, Math.min(mu, 1 - mu));
      double v = w[i] * mu * (1 - mu);
      for (int r = 0; r < k; r++) {
        for (int c = r; c < k; c++) {
          info[r][c] += v * d[i][r] * d[i][c];
        }
      }
    }
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < r; c++) {
        info[r][c] = info[c][r];
      }
    }
    for (int i = 0; i < n; i++) {
      double mu = expit(Numeric.dot(d[i], beta));
      double s = Math.sqrt(w[i] * Math.max(mu * (1 - mu), 1e-300));
      for (int j = 0; j < k; j++) {
        a[i][j] = s * d[i][j];
      }
    }
    for (int j = 0; j < k; j++) {
      java.util.Arrays.fill(a[n + j], 0);
      a[n + j][j] = Math.sqrt(penalty[j]);
    }
    LinearRegression.QrSolution fin = LinearRegression.solve(a, new double[n + k]);
    if (fin == null) {
      return new Result(beta, dev, iter, converged, true, null, info, minMargin);
    }
    return new Result(beta, deviance(d, y, w, beta), iter, converged, false, fin.unscaledCov(), info, minMargin);
  }

  /** Deviance plus the penalty βᵀΛβ (twice the penalized negative log-likelihood). */
  static double objective(double[][] d, double[] y, double[] w, double[] penalty, double[] beta) {
    double pen = 0;
    for (int j = 0; j < beta.length; j++) {
      pen += penalty[j] * beta[j] * beta[j];
    }
    return deviance(d, y, w, beta) + pen;
  }

  /** −2 Σ w [y log μ + (1 − y) log(1 − μ)], computed stably from η. */
  static double deviance(double[][] d, double[] y, double[] w, double[] beta) {
    double s = 0;
    for (int i = 0; i < d.length; i++) {
      double eta = Numeric.dot(d[i], beta);
      // −log μ = log(1 + e^−η); −log(1 − μ) = log(1 + e^η)
      s += w[i] * (y[i] == 1 ? softplus(-eta) : softplus(eta));
    }
    return 2 * s;
  }

  static double softplus(double v) {
    return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
  }

  static double expit(double v) {
    return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
  }
}
