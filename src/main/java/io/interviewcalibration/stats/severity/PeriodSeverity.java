package io.interviewcalibration.stats.severity;

/**
 * One interviewer's severity in one period, in rating points, positive = harsher, on the scale of
 * the pooled model: a generalised-least-squares estimate of the interviewer × period effect among
 * the period's interviewers (candidate and scorecard effects at the pooled fit's variance ratios),
 * shifted so that the period's interviewers average, weighted by scorecards, what the same
 * interviewers average in the pooled fit over every period.
 *
 * @param interviewer interviewer id
 * @param period period label
 * @param ordinal period position on the calendar (quarters or months since year 0)
 * @param severity the severity; {@code NaN} when not estimated
 * @param se its standard error
 * @param low lower end of the 95% interval
 * @param high upper end of the 95% interval
 * @param scorecards rated scorecards in the period
 * @param note {@code below_min_n}, {@code not_connected}, or null
 */
public record PeriodSeverity(String interviewer, String period, int ordinal, double severity, double se, double low,
    double high, long scorecards, String note) {

  /** Whether there is an estimate with a positive standard error (it may be below the minimum n). */
  public boolean estimated() {
    return !Double.isNaN(severity) && se > 0;
  }

  /** Whether it is estimated on at least the minimum number of scorecards. */
  public boolean enough() {
    return note == null && estimated();
  }
}
