package io.interviewcalibration.stats.severity;

/**
 * One interviewer's severity from a pooled fit, in rating points, positive = harsher (rates the
 * same candidates lower than the average interviewer): the interviewer's conditional mode (BLUP)
 * minus the mean of all the fit's interviewers' modes, negated, with the standard error of that
 * contrast and a 95% normal interval (see {@link MixedSolution#centred()}).
 *
 * @param severity the severity; {@code NaN} when not estimated (not connected, no ratings)
 * @param se its standard error (√ prediction error variance)
 * @param low lower end of the 95% interval
 * @param high upper end of the 95% interval
 * @param scorecards rated scorecards in the fit
 * @param ratings ratings in the fit
 * @param candidates candidates in the fit
 * @param flag the flag
 */
public record SeverityEstimate(double severity, double se, double low, double high, long scorecards, long ratings,
    long candidates, SeverityFlag flag) {

  /** The 0.975 standard normal quantile. */
  public static final double Z95 = 1.959963984540054;

  /** No estimate. */
  static SeverityEstimate none() {
    return new SeverityEstimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, SeverityFlag.NONE);
  }

  /** Whether there is an estimate. */
  public boolean estimated() {
    return !Double.isNaN(severity);
  }
}
