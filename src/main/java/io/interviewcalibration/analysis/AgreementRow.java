package io.interviewcalibration.analysis;

/**
 * One row of {@code results/agreement.csv}: a statistic of one scope.
 *
 * @param competency rubric competency, {@code ALL} (agreement on each scorecard's weighted
 *     composite) or {@code overall_recommendation}
 * @param stage stage, or {@code ALL} (pooled over stages)
 * @param confidence the interviewers' confidence level the ratings were given with, or {@code ALL}
 * @param metric stable lower_snake_case metric name, e.g. {@code alpha_interval}
 * @param value the estimate; {@code NaN} when it cannot be computed ({@code note} says why)
 * @param ciLow lower end of the 95% percentile bootstrap interval, or {@code NaN}
 * @param ciHigh upper end of the interval, or {@code NaN}
 * @param nCandidates candidates with a pairable unit (two or more ratings) in the scope
 * @param nRatings ratings in those units
 * @param note empty, {@code below_min_n}, or why the value is empty (an UndefinedReason code,
 *     or {@code more_than_8} for a D-study target no panel up to 8 reaches)
 */
public record AgreementRow(String competency, String stage, String confidence, String metric, double value,
    double ciLow, double ciHigh, long nCandidates, long nRatings, String note) {}
