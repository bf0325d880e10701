package io.interviewcalibration.stats.validity;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Johnson's (2000) relative weights: each predictor's share of R² that survives correlated
 * predictors. Reported as importance beside the suggested weights, never as weights.
 *
 * <p>Method (Johnson 2000, Multivariate Behavioral Research 35(1), 1–19): with R<sub>xx</sub> = VΛVᵀ the
 * eigen-decomposition of the predictor correlation matrix, Δ = VΛ<sup>½</sup>Vᵀ (= R<sub>xx</sub><sup>½</sup>,
 * the correlations between the predictors and their closest orthogonal counterparts Z = X<sub>std</sub>Δ⁻¹).
 * <ul>
 *   <li>Linear outcome: β = Δ⁻¹ r<sub>xy</sub> (the outcome regressed on Z), ε<sub>j</sub> = Σ<sub>k</sub> Δ<sub>jk</sub>² β<sub>k</sub>²;
 *       Σ ε<sub>j</sub> = r<sub>xy</sub>ᵀR<sub>xx</sub>⁻¹r<sub>xy</sub> = R² of the OLS fit.</li>
 *   <li>Binary outcome (Tonidandel &amp; LeBreton 2010, Journal of Business and Psychology 25, 1–9):
 *       the outcome is regressed on Z by logistic regression; its slopes b<sub>k</sub> are
 *       standardized as b*<sub>k</sub> = b<sub>k</sub> s<sub>Z_k</sub> R<sub>O</sub> / s<sub>logit(ŷ)</sub> (Menard 2004),
 *       R<sub>O</sub> the correlation between the outcome and the fitted probabilities and s<sub>logit(ŷ)</sub> the
 *       SD of the fitted log-odds; ε<sub>j</sub> = Σ<sub>k</sub> Δ<sub>jk</sub>² b*<sub>k</sub>². Because the Z are
 *       uncorrelated with unit SD, Σ ε<sub>j</sub> = R<sub>O</sub>².</li>
 * </ul>
 *
 * <p>Degenerate input: n ≤ p + 1 ({@link Reason#TOO_FEW_CASES}), constant predictor or outcome,
 * a predictor correlation matrix with smallest eigenvalue below 10⁻¹⁰ × the largest
 * ({@link Reason#COLLINEAR_PREDICTORS}), a separated or non-converging logistic fit (its reason).
 */
public final class RelativeWeights {
  private RelativeWeights() {
  }

  /** Relative weights for a continuous outcome; they sum to the OLS R². */
  public static RelativeWeightsResult linear(double[][] x, double[] y) {
    Prepared pr = prepare(x, y);
    if (pr.reason != null) {
      return RelativeWeightsResult.failed(pr.p, y.length, pr.reason);
    }
    int p = pr.p;
    double[] rxy = new double[p];
    for (int j = 0; j < p; j++) {
      rxy[j] = Correlation.r(Numeric.column(x, j), y);
    }
    double[] beta = pr.deltaInverse.operate(rxy);
    return assemble(pr, beta, y.length);
  }

  /** Relative weights for a 0/1 outcome (logistic variant); they sum to R<sub>O</sub>². */
  public static RelativeWeightsResult logistic(double[][] x, double[] y) {
    if (!Numeric.isBinary(y)) {
      throw new IllegalArgumentException("outcome must hold only 0 and 1");
    }
    Prepared pr = prepare(x, y);
    int n = y.length;
    if (pr.reason != null) {
      return RelativeWeightsResult.failed(pr.p, n, pr.reason);
    }
    int p = pr.p;
    double[][] zs = Standardization.of(x).apply(x);
    double[][] z = new double[n][];
    for (int i = 0; i < n; i++) {
      z[i] = pr.deltaInverse.operate(zs[i]);
    }
    LogisticFit fit = LogisticRegression.fit(z, y);
    if (!fit.fitted()) {
      return RelativeWeightsResult.failed(p, n, fit.reason());
    }
    double[] eta = Numeric.linear(fit.coefficients(), z);
    double[] prob = new double[n];
    for (int i = 0; i < n; i++) {
      prob[i] = Irls.expit(eta[i]);
    }
    double ro = Correlation.r(y, prob);
    double sEta = Numeric.sd(eta);
    double[] bStar = new double[p];
    for (int k = 0; k < p; k++) {
      bStar[k] = fit.coefficients()[k + 1] * Numeric.sd(Numeric.column(z, k)) * ro / sEta;
    }
    return assemble(pr, bStar, n);
  }

  private static RelativeWeightsResult assemble(Prepared pr, double[] beta, int n) {
    int p = pr.p;
    double[] eps = new double[p];
    double total = 0;
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        double djk = pr.delta.getEntry(j, k);
        eps[j] += djk * djk * beta[k] * beta[k];
      }
      total += eps[j];
    }
    double[] pct = new double[p];
    for (int j = 0; j < p; j++) {
      pct[j] = total > 0 ? 100 * eps[j] / total : Double.NaN;
    }
    return new RelativeWeightsResult(eps, pct, total, n, null);
  }

  private record Prepared(int p, RealMatrix delta, RealMatrix deltaInverse, String reason) {
  }

  private static Prepared prepare(double[][] x, double[] y) {
    Numeric.checkSameLength(x.length, y.length, "relative weights");
    Numeric.checkRectangular(x);
    int p = Numeric.columns(x);
    int n = y.length;
    if (!Numeric.allFinite(x) || !Numeric.allFinite(y)) {
      return new Prepared(p, null, null, Reason.NON_FINITE_INPUT);
    }
    if (n <= p + 1) {
      return new Prepared(p, null, null, Reason.TOO_FEW_CASES);
    }
    if (!(Numeric.sd(y) > 0)) {
      return new Prepared(p, null, null, Numeric.isBinary(y) ? Reason.SINGLE_CLASS : Reason.CONSTANT_OUTCOME);
    }
    if (Standardization.of(x).constantColumns().length > 0) {
      return new Prepared(p, null, null, Reason.CONSTANT_PREDICTOR);
    }
    double[][] r = new double[p][p];
    for (int j = 0; j < p; j++) {
      r[j][j] = 1;
      for (int k = j + 1; k < p; k++) {
        r[j][k] = Correlation.r(Numeric.column(x, j), Numeric.column(x, k));
        r[k][j] = r[j][k];
      }
    }
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(r, false));
    double[] lambda = eig.getRealEigenvalues();
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (double l : lambda) {
      max = Math.max(max, l);
      min = Math.min(min, l);
    }
    if (!(min > 1e-10 * max)) {
      return new Prepared(p, null, null, Reason.COLLINEAR_PREDICTORS);
    }
    RealMatrix v = eig.getV();
    double[][] half = new double[p][p];
    double[][] invHalf = new double[p][p];
    for (int j = 0; j < p; j++) {
      half[j][j] = Math.sqrt(lambda[j]);
      invHalf[j][j] = 1 / Math.sqrt(lambda[j]);
    }
    RealMatrix delta = v.multiply(new Array2DRowRealMatrix(half, false)).multiply(v.transpose());
    RealMatrix deltaInv = v.multiply(new Array2DRowRealMatrix(invHalf, false)).multiply(v.transpose());
    return new Prepared(p, delta, deltaInv, null);
  }
}
