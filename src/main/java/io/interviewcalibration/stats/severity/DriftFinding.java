package io.interviewcalibration.stats.severity;

/**
 * One interviewer's drift over the periods up to the window's end. Severities in rating points,
 * positive = harsher; the slope is per period (quarter or month).
 *
 * @param interviewer interviewer id
 * @param periods usable periods (estimated, at least the minimum scorecards)
 * @param slope weighted least-squares slope of severity on period, per period
 * @param slopeSe its standard error (scaled up by the residual dispersion when that exceeds 1)
 * @param slopeLow lower end of the 95% interval
 * @param slopeHigh upper end of the 95% interval
 * @param slopeP two-sided p-value (t with periods − 2 degrees of freedom)
 * @param slopeQ Benjamini–Hochberg adjusted p-value across interviewers
 * @param change fitted change over the interviewer's span, slope × (last − first period)
 * @param baseline precision-weighted mean severity of the earlier usable periods
 * @param baselineSe its standard error
 * @param latestPeriod the latest period (the window's)
 * @param latest severity in the latest period
 * @param latestSe its standard error
 * @param shift latest − baseline
 * @param shiftZ shift over its standard error
 * @param shiftP two-sided normal p-value of the shift
 * @param shiftQ Benjamini–Hochberg adjusted p-value across interviewers
 * @param rule the rule that fired
 * @param flag {@code drifting_harsher}, {@code drifting_more_lenient} or empty
 * @param note why neither rule could be applied ({@code too_few_periods}, {@code below_min_n},
 *     {@code no_latest_period}), or null
 */
public record DriftFinding(String interviewer, int periods, double slope, double slopeSe, double slopeLow,
    double slopeHigh, double slopeP, double slopeQ, double change, double baseline, double baselineSe,
    String latestPeriod, double latest, double latestSe, double shift, double shiftZ, double shiftP, double shiftQ,
    DriftRule rule, String flag, String note) {

  /** Flag text for an interviewer growing harsher. */
  public static final String HARSHER = "drifting_harsher";
  /** Flag text for an interviewer growing more lenient. */
  public static final String MORE_LENIENT = "drifting_more_lenient";

  /** Whether a drift rule fired. */
  public boolean flagged() {
    return rule != DriftRule.NONE;
  }
}
