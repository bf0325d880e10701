package io.interviewcalibration.stats.validity;

/**
 * Result of a ridge fit on standardized predictors; arrays are indexed by term, 0 = intercept.
 *
 * @param lambda          the penalty λ used (on the scale of the sum of squares / the deviance, see {@link Ridge})
 * @param lambdaRule      how λ was chosen: {@link Ridge#RULE_GIVEN}, {@link Ridge#RULE_GCV} or {@link Ridge#RULE_AIC}
 * @param coefficients    coefficients on the z-scored predictors (intercept first)
 * @param standardErrors  approximate SEs from the sandwich A⁻¹ I A⁻¹ (A = I + Λ), conditional on λ
 * @param z               coefficient / SE
 * @param ciLow           coefficient − z<sub>1−α/2</sub> SE (normal; shrinkage bias is not removed)
 * @param ciHigh          coefficient + z<sub>1−α/2</sub> SE
 * @param rawCoefficients the same fit expressed per raw unit of each predictor
 * @param effectiveDf     tr(A⁻¹ I), intercept included
 * @param fitStatistic    residual sum of squares (linear) or deviance (logistic) at the estimate
 * @param n               cases used
 * @param reason          {@code null} when fitted; otherwise a {@link Reason} code, with NaN numbers
 */
public record RidgeFit(double lambda, String lambdaRule, double[] coefficients, double[] standardErrors, double[] z,
    double[] ciLow, double[] ciHigh, double[] rawCoefficients, double effectiveDf, double fitStatistic, int n,
    String reason) {

  /** True when the model was fitted. */
  public boolean fitted() {
    return reason == null;
  }

  static RidgeFit failed(int terms, int n, String rule, String reason) {
    double[] nan = Numeric.nanArray(terms);
    return new RidgeFit(Double.NaN, rule, nan, nan, nan, nan, nan, nan, Double.NaN, Double.NaN, n, reason);
  }
}
