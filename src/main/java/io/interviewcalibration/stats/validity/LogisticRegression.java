package io.interviewcalibration.stats.validity;

/**
 * Logistic regression with an intercept, by Newton–Raphson / IRLS.
 *
 * <p>Maximizes Σ w<sub>i</sub>[y<sub>i</sub> log μ<sub>i</sub> + (1 − y<sub>i</sub>) log(1 − μ<sub>i</sub>)], μ = 1/(1 + e<sup>−xᵀβ</sup>).
 * Each iteration is a weighted least squares fit by QR (as R's {@code glm.fit}); it stops when
 * |D − D<sub>old</sub>|/(|D| + 0.1) &lt; 10⁻¹² (glm's criterion with a tighter tolerance than its
 * default 10⁻⁸, so the estimate is the optimum to machine precision) or after 100 iterations, with
 * step halving when the deviance rises. Standard errors from the inverse Fisher information
 * (XᵀWX)⁻¹ at β̂; Wald z, p and intervals. Unweighted results equal R's
 * {@code glm(y ~ x, family = binomial)} with {@code summary()} and {@code confint.default()}.
 *
 * <p>Separation: when the fit did not converge or some fitted probability is within 10⁻⁸ of 0
 * or 1, {@link Separation#check} decides by linear programming whether the data are
 * (quasi-)completely separated. If so the estimates are NaN with reason
 * {@link Reason#COMPLETE_SEPARATION} or {@link Reason#QUASI_COMPLETE_SEPARATION} (R would report
 * huge coefficients and a warning). Other degenerate input: n ≤ k ({@link Reason#TOO_FEW_CASES}),
 * one class only ({@link Reason#SINGLE_CLASS}), constant predictor
 * ({@link Reason#CONSTANT_PREDICTOR}), rank-deficient design ({@link Reason#COLLINEAR_PREDICTORS}),
 * non-convergence without separation ({@link Reason#NOT_CONVERGED}), non-finite values
 * ({@link Reason#NON_FINITE_INPUT}).
 */
public final class LogisticRegression {
  private LogisticRegression() {
  }

  /** Unweighted fit with 95% Wald intervals. */
  public static LogisticFit fit(double[][] x, double[] y) {
    return fit(x, y, null, 0.95);
  }

  /**
   * Fit the 0/1 outcome y on the columns of x plus an intercept.
   *
   * @param weights    case weights ≥ 0 (R's prior weights), or {@code null}; rows with weight 0 are left out
   * @param confidence confidence level of the Wald intervals
   */
  public static LogisticFit fit(double[][] x, double[] y, double[] weights, double confidence) {
    Prepared in = Prepared.of(x, y, weights);
    Numeric.checkConfidence(confidence);
    int k = in.k;
    if (in.reason != null) {
      return LogisticFit.failed(k, in.n, in.nullDeviance, 0, false, Separation.NOT_CHECKED, in.reason);
    }
    Irls.Result r = Irls.fit(in.design, in.y, in.w, new double[k]);
    if (r.rankDeficient()) {
      return LogisticFit.failed(k, in.n, in.nullDeviance, r.iterations(), r.converged(), Separation.NOT_CHECKED,
          Reason.COLLINEAR_PREDICTORS);
    }
    Separation sep = Separation.NOT_CHECKED;
    if (!r.converged() || r.minMargin() < Irls.BOUNDARY) {
      sep = Separation.check(in.xRows, in.y, null);
      if (sep == Separation.COMPLETE || sep == Separation.QUASI_COMPLETE) {
        return LogisticFit.failed(k, in.n, in.nullDeviance, r.iterations(), r.converged(), sep,
            sep == Separation.COMPLETE ? Reason.COMPLETE_SEPARATION : Reason.QUASI_COMPLETE_SEPARATION);
      }
    }
    if (!r.converged()) {
      return LogisticFit.failed(k, in.n, in.nullDeviance, r.iterations(), false, sep, Reason.NOT_CONVERGED);
    }
    double zq = Numeric.z(confidence);
    double[] beta = r.beta();
    double[] se = new double[k];
    double[] z = new double[k];
    double[] p = new double[k];
    double[] lo = new double[k];
    double[] hi = new double[k];
    for (int j = 0; j < k; j++) {
      se[j] = Math.sqrt(r.penalizedInverse()[j][j]);
      z[j] = beta[j] / se[j];
      p[j] = Numeric.pZ(z[j]);
      lo[j] = beta[j] - zq * se[j];
      hi[j] = beta[j] + zq * se[j];
    }
    return new LogisticFit(beta, se, z, p, lo, hi, r.deviance(), in.nullDeviance, r.deviance() + 2 * k,
        r.iterations(), true, sep, in.n, null);
  }

  /** Inputs restricted to rows of positive weight, with the checks every logistic fit shares. */
  static final class Prepared {
    final double[][] design;
    final double[][] xRows;
    final double[] y;
    final double[] w;
    final int n;
    final int k;
    final double nullDeviance;
    final String reason;

    private Prepared(double[][] design, double[][] xRows, double[] y, double[] w, int k, double nullDeviance,
        String reason) {
      this.design = design;
      this.xRows = xRows;
      this.y = y;
      this.w = w;
      this.n = y.length;
      this.k = k;
      this.nullDeviance = nullDeviance;
      this.reason = reason;
    }

    static Prepared of(double[][] x, double[] y, double[] weights) {
      Numeric.checkSameLength(x.length, y.length, "logistic regression");
      Numeric.checkRectangular(x);
      if (!Numeric.isBinary(y)) {
        throw new IllegalArgumentException("outcome must hold only 0 and 1");
      }
      double[] w0 = weights == null ? Numeric.ones(y.length) : weights;
      Numeric.checkSameLength(w0.length, y.length, "logistic regression weights");
      int p = Numeric.columns(x);
      int k = p + 1;
      int n = 0;
      for (double wi : w0) {
        if (wi < 0 || !Double.isFinite(wi)) {
          throw new IllegalArgumentException("weights must be finite and non-negative");
        }
        n += wi > 0 ? 1 : 0;
      }
      double[][] xs = new double[n][];
      double[] ys = new double[n];
      double[] ws = new double[n];
      for (int i = 0, r = 0; i < y.length; i++) {
        if (w0[i] > 0) {
          xs[r] = x[i];
          ys[r] = y[i];
          ws[r] = w0[i];
          r++;
        }
      }
      double sw = 0;
      double swy = 0;
      for (int i = 0; i < n; i++) {
        sw += ws[i];
        swy += ws[i] * ys[i];
      }
      double ybar = n == 0 ? Double.NaN : swy / sw;
      double nullDev = Double.NaN;
      if (ybar > 0 && ybar < 1) {
        nullDev = -2 * (swy * Math.log(ybar) + (sw - swy) * Math.log(1 - ybar));
      }
      String reason = null;
      if (!Numeric.allFinite(xs)) {
        reason = Reason.NON_FINITE_INPUT;
      } else if (n <= k) {
        reason = Reason.TOO_FEW_CASES;
      } else if (!(ybar > 0 && ybar < 1)) {
        reason = Reason.SINGLE_CLASS;
      } else {
        for (int j = 0; j < p && reason == null; j++) {
          double first = xs[0][j];
          boolean constant = true;
          for (int i = 1; i < n && constant; i++) {
            constant = xs[i][j] == first;
          }
          if (constant) {
            reason = Reason.CONSTANT_PREDICTOR;
          }
        }
      }
      return new Prepared(Numeric.withIntercept(xs), xs, ys, ws, k, nullDev, reason);
    }
  }
}
