package io.interviewcalibration.stats.validity;

/**
 * Result of a logistic regression; arrays are indexed by term, 0 = intercept, j = predictor j − 1.
 *
 * @param coefficients   β̂ (log-odds per unit of each predictor)
 * @param standardErrors √diag(I(β̂)⁻¹), I = XᵀWX the Fisher information at β̂
 * @param z              β̂ / SE
 * @param p              two-sided normal p-values
 * @param ciLow          Wald limit β̂ − z<sub>1−α/2</sub> SE (R's {@code confint.default})
 * @param ciHigh         Wald limit β̂ + z<sub>1−α/2</sub> SE
 * @param deviance       −2 log L(β̂) (0/1 outcome: the saturated log-likelihood is 0)
 * @param nullDeviance   deviance of the intercept-only model
 * @param aic            deviance + 2k
 * @param iterations     Newton (IRLS) iterations used
 * @param converged      whether the deviance criterion was met
 * @param separation     result of the separation check ({@link Separation#NOT_CHECKED} when the fit
 *                       showed no sign of it)
 * @param n              cases with positive weight
 * @param reason         {@code null} when fitted; otherwise a {@link Reason} code, with NaN estimates
 */
public record LogisticFit(double[] coefficients, double[] standardErrors, double[] z, double[] p, double[] ciLow,
    double[] ciHigh, double deviance, double nullDeviance, double aic, int iterations, boolean converged,
    Separation separation, int n, String reason) {

  /** True when the model was fitted. */
  public boolean fitted() {
    return reason == null;
  }

  /** Linear predictor (log-odds) for one row of predictors. */
  public double linearPredictor(double[] row) {
    return Numeric.linear(coefficients, row);
  }

  /** Fitted probability for one row of predictors. */
  public double probability(double[] row) {
    return 1 / (1 + Math.exp(-linearPredictor(row)));
  }

  static LogisticFit failed(int terms, int n, double nullDeviance, int iterations, boolean converged,
      Separation separation, String reason) {
    double[] nan = Numeric.nanArray(terms);
    return new LogisticFit(nan, nan, nan, nan, nan, nan, Double.NaN, nullDeviance, Double.NaN, iterations,
        converged, separation, n, reason);
  }
}
