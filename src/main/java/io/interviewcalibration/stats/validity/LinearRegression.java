package io.interviewcalibration.stats.validity;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Ordinary (optionally weighted) least squares with an intercept, solved by Householder QR.
 *
 * <p>β̂ = argmin Σ w<sub>i</sub>(y<sub>i</sub> − x<sub>i</sub>ᵀβ)², from the QR decomposition of W<sup>½</sup>X
 * (never the normal equations). Cov(β̂) = σ̂² R⁻¹R⁻ᵀ with σ̂² = RSS/(n − k). t-based intervals and
 * p-values with n − k degrees of freedom. Unweighted results equal R's {@code lm(y ~ x)} with
 * {@code summary()} and {@code confint()}; weights act as R's {@code weights=} (precision weights;
 * with integer frequency weights the point estimates equal those of the expanded data).
 *
 * <p>Degenerate input, each returned as a {@link LinearFit} with NaN numbers and a reason:
 * n ≤ k ({@link Reason#TOO_FEW_CASES}); a constant predictor ({@link Reason#CONSTANT_PREDICTOR});
 * a rank-deficient design, |R<sub>jj</sub>| &lt; 10⁻⁷ max|R<sub>jj</sub>| (R's default tolerance;
 * {@link Reason#COLLINEAR_PREDICTORS}); a constant outcome ({@link Reason#CONSTANT_OUTCOME});
 * non-finite values ({@link Reason#NON_FINITE_INPUT}).
 */
public final class LinearRegression {
  /** Relative size of a QR pivot below which the design counts as rank deficient (R's lm default). */
  public static final double RANK_TOLERANCE = 1e-7;

  private LinearRegression() {
  }

  /** Unweighted fit with 95% intervals. */
  public static LinearFit fit(double[][] x, double[] y) {
    return fit(x, y, null, 0.95);
  }

  /**
   * Fit y on the columns of x plus an intercept.
   *
   * @param x          n rows of p predictors (no intercept column)
   * @param y          outcome, length n
   * @param weights    case weights ≥ 0, or {@code null} for all ones; rows with weight 0 are left out
   * @param confidence confidence level of the coefficient intervals
   */
  public static LinearFit fit(double[][] x, double[] y, double[] weights, double confidence) {
    Numeric.checkSameLength(x.length, y.length, "linear regression");
    Numeric.checkRectangular(x);
    Numeric.checkConfidence(confidence);
    double[] w = weights == null ? Numeric.ones(y.length) : weights;
    Numeric.checkSameLength(w.length, y.length, "linear regression weights");
    int p = Numeric.columns(x);
    int k = p + 1;
    int n = 0;
    for (double wi : w) {
      if (wi < 0 || !Double.isFinite(wi)) {
        throw new IllegalArgumentException("weights must be finite and non-negative");
      }
      n += wi > 0 ? 1 : 0;
    }
    if (!Numeric.allFinite(x) || !Numeric.allFinite(y)) {
      return LinearFit.failed(k, n, Reason.NON_FINITE_INPUT);
    }
    if (n <= k) {
      return LinearFit.failed(k, n, Reason.TOO_FEW_CASES);
    }
    double[][] a = new double[n][k];
    double[] b = new double[n];
    double[] sw = new double[n];
    double sumW = 0;
    double sumWy = 0;
    for (int i = 0, r = 0; i < y.length; i++) {
      if (w[i] > 0) {
        double s = Math.sqrt(w[i]);
        sw[r] = s;
        a[r][0] = s;
        for (int j = 0; j < p; j++) {
          a[r][j + 1] = s * x[i][j];
        }
        b[r] = s * y[i];
        sumW += w[i];
        sumWy += w[i] * y[i];
        r++;
      }
    }
    for (int j = 0; j < p; j++) {
      if (isConstant(x, w, j)) {
        return LinearFit.failed(k, n, Reason.CONSTANT_PREDICTOR);
      }
    }
    double yBar = sumWy / sumW;
    double tss = 0;
    for (int i = 0; i < y.length; i++) {
      if (w[i] > 0) {
        tss += w[i] * (y[i] - yBar) * (y[i] - yBar);
      }
    }
    if (tss == 0) {
      return LinearFit.failed(k, n, Reason.CONSTANT_OUTCOME);
    }
    QrSolution qr = solve(a, b);
    if (qr == null) {
      return LinearFit.failed(k, n, Reason.COLLINEAR_PREDICTORS);
    }
    double[] beta = qr.beta;
    double rss = 0;
    for (int i = 0; i < n; i++) {
      double e = b[i] - Numeric.dot(a[i], beta);
      rss += e * e;
    }
    int df = n - k;
    double sigma2 = rss / df;
    double tq = Numeric.t(confidence, df);
    double[] se = new double[k];
    double[] t = new double[k];
    double[] pv = new double[k];
    double[] lo = new double[k];
    double[] hi = new double[k];
    for (int j = 0; j < k; j++) {
      se[j] = Math.sqrt(sigma2 * qr.unscaledCov[j][j]);
      t[j] = beta[j] / se[j];
      pv[j] = Numeric.pT(t[j], df);
      lo[j] = beta[j] - tq * se[j];
      hi[j] = beta[j] + tq * se[j];
    }
    double r2 = 1 - rss / tss;
    double adj = 1 - (1 - r2) * (n - 1) / df;
    return new LinearFit(beta, se, t, pv, lo, hi, r2, adj, Math.sqrt(sigma2), df, n, null);
  }

  private static boolean isConstant(double[][] x, double[] w, int j) {
    double first = Double.NaN;
    for (int i = 0; i < x.length; i++) {
      if (w[i] > 0) {
        if (Double.isNaN(first)) {
          first = x[i][j];
        } else if (x[i][j] != first) {
          return false;
        }
      }
    }
    return true;
  }

  /** β̂ and (RᵀR)⁻¹ of a least squares problem; {@code null} when rank deficient. */
  record QrSolution(double[] beta, double[][] unscaledCov) {
  }

  static QrSolution solve(double[][] a, double[] b) {
    int k = a[0].length;
    RealMatrix am = new Array2DRowRealMatrix(a, false);
    QRDecomposition qr = new QRDecomposition(am, 0);
    double[][] rFull = qr.getR().getData();
    double[][] r = new double[k][k];
    double maxDiag = 0;
    for (int i = 0; i < k; i++) {
      System.arraycopy(rFull[i], 0, r[i], 0, k);
      maxDiag = Math.max(maxDiag, Math.abs(r[i][i]));
    }
    for (int i = 0; i < k; i++) {
      if (!(Math.abs(r[i][i]) > RANK_TOLERANCE * maxDiag)) {
        return null;
      }
    }
    // the solver applies the stored Householder reflections to b; Q itself (n×n) is never formed
    double[] beta = qr.getSolver().solve(new ArrayRealVector(b, false)).toArray();
    double[][] rInv = Numeric.invertUpper(r);
    return new QrSolution(beta, Numeric.timesOwnTranspose(rInv));
  }
}
