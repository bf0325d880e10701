package io.interviewcalibration.stats.validity;

/**
 * Johnson's relative weights of p predictors.
 *
 * @param weights   raw relative weights ε<sub>j</sub>, in R² units; they sum to {@code rSquared}
 * @param percent   100 ε<sub>j</sub> / R², each predictor's share of the explained variance
 * @param rSquared  R² of the linear model, or R²<sub>O</sub> (squared correlation of the outcome with
 *                  the fitted probabilities) for the logistic variant
 * @param n         cases used
 * @param reason    {@code null} when computed; otherwise a {@link Reason} code, with NaN numbers
 */
public record RelativeWeightsResult(double[] weights, double[] percent, double rSquared, int n, String reason) {

  static RelativeWeightsResult failed(int p, int n, String reason) {
    return new RelativeWeightsResult(Numeric.nanArray(p), Numeric.nanArray(p), Double.NaN, n, reason);
  }
}
