package io.interviewcalibration.stats.validity;

/**
 * Ridge (L2-penalized) linear and logistic regression for collinear predictors or small n.
 *
 * <p>Predictors are z-scored with their sample SD ({@link Standardization}); the penalty is
 * λ Σ<sub>j≥1</sub> b<sub>j</sub>² on the standardized slopes, the intercept is not penalized.
 * <ul>
 *   <li>Linear: minimize Σ(y − b₀ − zᵀb)² + λ‖b‖² (Hoerl &amp; Kennard 1970); on z-scores
 *       ZᵀZ has diagonal n − 1, so λ is on that scale.</li>
 *   <li>Logistic: minimize D(b) + λ‖b‖², D the deviance (le Cessie &amp; van Houwelingen 1992),
 *       by penalized IRLS.</li>
 * </ul>
 * With A = I + Λ (I = XᵀWX the information, W = 1 for the linear model, Λ = diag(0, λ, …, λ)):
 * effective degrees of freedom df = tr(A⁻¹I); approximate covariance σ² A⁻¹ I A⁻¹ (σ² = RSS/(n − df)
 * for the linear model, 1 for the logistic), conditional on λ and ignoring the shrinkage bias.
 *
 * <p>Choosing λ when not given, over {@link #lambdaGrid}:
 * <ul>
 *   <li>Linear: generalized cross-validation (Golub, Heath &amp; Wahba 1979),
 *       GCV(λ) = n·RSS(λ) / (n − df(λ))², smallest value wins ({@link #RULE_GCV}).</li>
 *   <li>Logistic: the Akaike criterion with effective degrees of freedom,
 *       D(λ) + 2·df(λ) (le Cessie &amp; van Houwelingen 1992) ({@link #RULE_AIC}).</li>
 * </ul>
 * Ties go to the larger λ. Degenerate input: constant predictor ({@link Reason#CONSTANT_PREDICTOR}),
 * n ≤ 2 ({@link Reason#TOO_FEW_CASES}), a binary outcome with one class ({@link Reason#SINGLE_CLASS}),
 * a logistic fit that does not converge ({@link Reason#NOT_CONVERGED}). With λ &gt; 0 collinear
 * predictors and separated data still give finite estimates.
 */
public final class Ridge {
  /** λ was given by the caller. */
  public static final String RULE_GIVEN = "given";
  /** λ minimizes generalized cross-validation. */
  public static final String RULE_GCV = "gcv";
  /** λ minimizes deviance + 2 × effective degrees of freedom. */
  public static final String RULE_AIC = "aic_effective_df";

  private Ridge() {
  }

  /**
   * Candidate penalties: 0 (linear only) and 61 values (n − 1)·10<sup>t</sup>, t = −4, −3.9, …, 2,
   * i.e. from a negligible penalty to one a hundred times the information in a standardized
   * predictor. For the logistic model the grid is multiplied by ¼, the largest Bernoulli variance.
   */
  public static double[] lambdaGrid(int n, boolean logistic) {
    double base = Math.max(1, n - 1) * (logistic ? 0.25 : 1);
    double[] g = new double[logistic ? 61 : 62];
    int off = logistic ? 0 : 1;
    for (int i = 0; i <= 60; i++) {
      g[i + off] = base * Math.pow(10, -4 + i / 10.0);
    }
    return g;
  }

  /** Linear ridge with λ chosen by GCV. */
  public static RidgeFit linear(double[][] x, double[] y, double confidence) {
    Numeric.checkSameLength(x.length, y.length, "ridge");
    RidgeFit best = null;
    double bestGcv = Double.POSITIVE_INFINITY;
    for (double lambda : lambdaGrid(x.length, false)) {
      RidgeFit f = linear(x, y, lambda, confidence);
      if (!f.fitted()) {
        if (lambda > 0) {
          return withRule(f, RULE_GCV);
        }
        continue;
      }
      double n = y.length;
      double gcv = n * f.fitStatistic() / Math.pow(n - f.effectiveDf(), 2);
      if (gcv <= bestGcv) {
        bestGcv = gcv;
        best = f;
      }
    }
    return withRule(best, RULE_GCV);
  }

  /** Linear ridge with the given λ ≥ 0 (λ = 0 is ordinary least squares). */
  public static RidgeFit linear(double[][] x, double[] y, double lambda, double confidence) {
    Numeric.checkSameLength(x.length, y.length, "ridge");
    Numeric.checkRectangular(x);
    Numeric.checkConfidence(confidence);
    if (!(lambda >= 0)) {
      throw new IllegalArgumentException("lambda must be >= 0");
    }
    int n = y.length;
    int k = Numeric.columns(x) + 1;
    if (!Numeric.allFinite(x) || !Numeric.allFinite(y)) {
      return RidgeFit.failed(k, n, RULE_GIVEN, Reason.NON_FINITE_INPUT);
    }
    if (n <= 2) {
      return RidgeFit.failed(k, n, RULE_GIVEN, Reason.TOO_FEW_CASES);
    }
    Standardization s = Standardization.of(x);
    if (s.constantColumns().length > 0) {
      return RidgeFit.failed(k, n, RULE_GIVEN, Reason.CONSTANT_PREDICTOR);
    }
    if (!(Numeric.sd(y) > 0)) {
      return RidgeFit.failed(k, n, RULE_GIVEN, Reason.CONSTANT_OUTCOME);
    }
    double[][] d = Numeric.withIntercept(s.apply(x));
    double[][] a = new double[n + k][];
    double[] b = new double[n + k];
    for (int i = 0; i < n; i++) {
      a[i] = d[i];
      b[i] = y[i];
    }
    for (int j = 0; j < k; j++) {
      a[n + j] = new double[k];
      a[n + j][j] = j == 0 ? 0 : Math.sqrt(lambda);
    }
    LinearRegression.QrSolution sol = LinearRegression.solve(a, b);
    if (sol == null) {
      return RidgeFit.failed(k, n, RULE_GIVEN, Reason.COLLINEAR_PREDICTORS);
    }
    double[] beta = sol.beta();
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double e = y[i] - Numeric.dot(d[i], beta);
      rss += e * e;
    }
    double[][] info = crossProduct(d);
    double[][] ainv = sol.unscaledCov();
    double df = trace(multiply(ainv, info));
    double sigma2 = rss / (n - df);
    return assemble(lambda, beta, sandwich(ainv, info, sigma2), df, rss, n, s, confidence);
  }

  /** Logistic ridge with λ chosen by the effective-df AIC. */
  public static RidgeFit logistic(double[][] x, double[] y, double confidence) {
    RidgeFit best = null;
    double bestAic = Double.POSITIVE_INFINITY;
    for (double lambda : lambdaGrid(x.length, true)) {
      RidgeFit f = logistic(x, y, lambda, confidence);
      if (!f.fitted()) {
        if (f.reason().equals(Reason.NOT_CONVERGED)) {
          continue;
        }
        return withRule(f, RULE_AIC);
      }
      double aic = f.fitStatistic() + 2 * f.effectiveDf();
      if (aic <= bestAic) {
        bestAic = aic;
        best = f;
      }
    }
    if (best == null) {
      return RidgeFit.failed(Numeric.columns(x) + 1, x.length, RULE_AIC, Reason.NOT_CONVERGED);
    }
    return withRule(best, RULE_AIC);
  }

  /** Logistic ridge with the given λ ≥ 0 (λ = 0 is maximum likelihood, see {@link LogisticRegression}). */
  public static RidgeFit logistic(double[][] x, double[] y, double lambda, double confidence) {
    Numeric.checkConfidence(confidence);
    if (!(lambda >= 0)) {
      throw new IllegalArgumentException("lambda must be >= 0");
    }
    LogisticRegression.Prepared in = LogisticRegression.Prepared.of(x, y, null);
    int k = in.k;
    int n = in.n;
    if (in.reason != null && !(in.reason.equals(Reason.TOO_FEW_CASES) && n > 2 && lambda > 0)) {
      return RidgeFit.failed(k, n, RULE_GIVEN, in.reason);
    }
    Standardization s = Standardization.of(in.xRows);
    double[][] d = Numeric.withIntercept(s.apply(in.xRows));
    double[] penalty = new double[k];
    for (int j = 1; j < k; j++) {
      penalty[j] = lambda;
    }
    Irls.Result r = Irls.fit(d, in.y, in.w, penalty);
    if (r.rankDeficient()) {
      return RidgeFit.failed(k, n, RULE_GIVEN, Reason.COLLINEAR_PREDICTORS);
    }
    if (!r.converged() || (lambda == 0 && r.minMargin() < Irls.BOUNDARY)) {
      return RidgeFit.failed(k, n, RULE_GIVEN, Reason.NOT_CONVERGED);
    }
    double[][] ainv = r.penalizedInverse();
    double df = trace(multiply(ainv, r.information()));
    return assemble(lambda, r.beta(), sandwich(ainv, r.information(), 1), df, r.deviance(), n, s, confidence);
  }

  private static RidgeFit assemble(double lambda, double[] beta, double[][] cov, double df, double stat, int n,
      Standardization s, double confidence) {
    int k = beta.length;
    double zq = Numeric.z(confidence);
    double[] se = new double[k];
    double[] z = new double[k];
    double[] lo = new double[k];
    double[] hi = new double[k];
    for (int j = 0; j < k; j++) {
      se[j] = Math.sqrt(Math.max(0, cov[j][j]));
      z[j] = beta[j] / se[j];
      lo[j] = beta[j] - zq * se[j];
      hi[j] = beta[j] + zq * se[j];
    }
    return new RidgeFit(lambda, RULE_GIVEN, beta, se, z, lo, hi, s.toRaw(beta), df, stat, n, null);
  }

  private static RidgeFit withRule(RidgeFit f, String rule) {
    return new RidgeFit(f.lambda(), rule, f.coefficients(), f.standardErrors(), f.z(), f.ciLow(), f.ciHigh(),
        f.rawCoefficients(), f.effectiveDf(), f.fitStatistic(), f.n(), f.reason());
  }

  static double[][] crossProduct(double[][] d) {
    int k = d[0].length;
    double[][] out = new double[k][k];
    for (double[] row : d) {
      for (int r = 0; r < k; r++) {
        for (int c = r; c < k; c++) {
          out[r][c] += row[r] * row[c];
        }
      }
    }
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < r; c++) {
        out[r][c] = out[c][r];
      }
    }
    return out;
  }

  static double[][] multiply(double[][] a, double[][] b) {
    int m = a.length;
    int k = b.length;
    int p = b[0].length;
    double[][] out = new double[m][p];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int t = 0; t < k; t++) {
          s += a[i][t] * b[t][j];
        }
        out[i][j] = s;
      }
    }
    return out;
  }

  private static double trace(double[][] a) {
    double t = 0;
    for (int i = 0; i < a.length; i++) {
      t += a[i][i];
    }
    return t;
  }

  private static double[][] sandwich(double[][] ainv, double[][] info, double scale) {
    double[][] m = multiply(multiply(ainv, info), ainv);
    for (double[] row : m) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= scale;
      }
    }
    return m;
  }
}
