package io.interviewcalibration.stats.severity;

/**
 * Variance components of the severity model, in squared rating points.
 *
 * @param candidate σ²<sub>a</sub>, between candidates
 * @param scorecard σ²<sub>h</sub>, between scorecards of a candidate (the halo of one interviewer's
 *     impression, shared by the ratings of a scorecard)
 * @param interviewer σ²<sub>u</sub>, between interviewers (severity)
 * @param residual σ²<sub>e</sub>
 */
public record VarianceComponents(double candidate, double scorecard, double interviewer, double residual) {

  /** From relative standard deviations t = (t<sub>a</sub>, t<sub>h</sub>, t<sub>u</sub>) and σ²<sub>e</sub>. */
  static VarianceComponents of(double[] t, double residual) {
    return new VarianceComponents(t[0] * t[0] * residual, t[1] * t[1] * residual, t[2] * t[2] * residual, residual);
  }

  /** NaN components. */
  static VarianceComponents undefined() {
    return new VarianceComponents(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }
}
