package io.interviewcalibration.stats.validity;

/**
 * Result of an ordinary least squares fit; arrays are indexed by term, 0 = intercept, j = predictor j − 1.
 *
 * @param coefficients    β̂
 * @param standardErrors  √diag(σ̂² (XᵀWX)⁻¹)
 * @param t               β̂ / SE
 * @param p               two-sided p-values from t with {@code dfResidual} degrees of freedom
 * @param ciLow           β̂ − t<sub>df,1−α/2</sub> SE
 * @param ciHigh          β̂ + t<sub>df,1−α/2</sub> SE
 * @param rSquared        1 − RSS/TSS (TSS about the weighted mean)
 * @param adjustedRSquared 1 − (1 − R²)(n − 1)/(n − k)
 * @param sigma           residual standard error √(RSS/(n − k))
 * @param dfResidual      n − k, k = number of coefficients
 * @param n               number of cases with positive weight
 * @param reason          {@code null} when fitted; otherwise a {@link Reason} code and NaN numbers
 */
public record LinearFit(double[] coefficients, double[] standardErrors, double[] t, double[] p, double[] ciLow,
    double[] ciHigh, double rSquared, double adjustedRSquared, double sigma, int dfResidual, int n, String reason) {

  /** True when the model was fitted. */
  public boolean fitted() {
    return reason == null;
  }

  /** Fitted value b₀ + Σ b<sub>j</sub> x<sub>j</sub> for one row of predictors. */
  public double predict(double[] row) {
    return Numeric.linear(coefficients, row);
  }

  static LinearFit failed(int terms, int n, String reason) {
    double[] nan = Numeric.nanArray(terms);
    return new LinearFit(nan, nan, nan, nan, nan, nan, Double.NaN, Double.NaN, Double.NaN, n - terms, n, reason);
  }
}
