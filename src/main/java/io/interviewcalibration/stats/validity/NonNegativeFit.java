package io.interviewcalibration.stats.validity;

/**
 * A regression whose slopes are constrained to be ≥ 0, intercept free.
 *
 * @param intercept  fitted intercept
 * @param slopes     slopes per raw unit of each predictor (rating units for competency means), all ≥ 0
 * @param iterations iterations used (active-set changes for NNLS, Newton steps for the logistic)
 * @param converged  whether the optimality (Karush–Kuhn–Tucker) conditions were met
 * @param n          cases with positive weight
 * @param reason     {@code null} when fitted; otherwise a {@link Reason} code, with NaN numbers
 */
public record NonNegativeFit(double intercept, double[] slopes, int iterations, boolean converged, int n,
    String reason) {

  /** True when the model was fitted. */
  public boolean fitted() {
    return reason == null;
  }

  /** Fitted value (or log-odds) for one row of predictors. */
  public double predict(double[] row) {
    double s = intercept;
    for (int j = 0; j < row.length; j++) {
      s += slopes[j] * row[j];
    }
    return s;
  }

  static NonNegativeFit failed(int p, int n, String reason) {
    return new NonNegativeFit(Double.NaN, Numeric.nanArray(p), 0, false, n, reason);
  }
}
