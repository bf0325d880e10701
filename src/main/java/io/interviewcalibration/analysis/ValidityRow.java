package io.interviewcalibration.analysis;

/**
 * One row of {@code results/validity.csv}: one outcome × predictor × metric.
 *
 * @param outcome {@code hired}, {@code performance} or {@code retained_12m}
 * @param predictor a competency id, {@code composite_current} or {@code composite_suggested}; with
 *     {@code _adjusted} appended for scores adjusted for interviewer severity
 * @param n cases the estimate rests on
 * @param estimate the estimate, NaN when it could not be computed
 * @param ciLow lower 95% limit, NaN when undefined
 * @param ciHigh upper 95% limit, NaN when undefined
 * @param se standard error where the method gives one, else NaN
 * @param metric what is estimated (lower_snake_case, see {@link ValidityAnalysis})
 * @param method how it was estimated and how its interval was formed
 * @param currentWeight the competency's current weight (rubric units) on competency rows, else null
 * @param suggestedWeight the weight suggested for this outcome, whole percent in rubric units, on
 *     competency rows when a suggestion could be made, else null
 * @param recommendation on {@code weight_change} rows: {@code raise}, {@code lower}, {@code keep}
 *     or {@code insufficient_evidence}; else null
 * @param note empty, {@code below_min_n}, or the reason the estimate is missing
 */
public record ValidityRow(
    String outcome,
    String predictor,
    int n,
    double estimate,
    double ciLow,
    double ciHigh,
    double se,
    String metric,
    String method,
    Double currentWeight,
    Double suggestedWeight,
    String recommendation,
    String note) {

  /** Whether the estimate is a number shown to readers: defined and on at least the minimum n. */
  public boolean shown() {
    return !Double.isNaN(estimate) && !"below_min_n".equals(note);
  }
}
