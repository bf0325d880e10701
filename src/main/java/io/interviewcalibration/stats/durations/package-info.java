/**
 * Pure statistics of durations: time in stage, time to decision, feedback latency and interview
 * length. No Spark, no POI.
 *
 * <p>The pattern is a mergeable state plus pure functions. Spark folds rows of a group into a
 * {@link io.interviewcalibration.stats.durations.DurationSketch} (or a
 * {@link io.interviewcalibration.stats.durations.StageVisits} for stage groups), merges partial
 * states, and sends only those small states to the driver; pooled groups ({@code ALL}) are merges
 * of finer ones. The states are exact up to a per-group cap and approximate, with a stated and
 * tested bound, above it.
 *
 * <ul>
 *   <li>Time in stage: {@code StageVisits}, days {@code = exited - entered} per completed visit,
 *       open visits censored at the export time, calendar or business days ({@link
 *       io.interviewcalibration.stats.durations.DayCount}).</li>
 *   <li>Time to decision: a {@code DurationSketch} of first stage entry to decision per decided
 *       candidate; active candidates may be added as censored (first entry to export).</li>
 *   <li>Feedback latency: a {@code DurationSketch} of {@code submitted - interviewed} (completed
 *       only). Negative latencies are data errors and are rejected by the sketch.</li>
 *   <li>Interview length: a {@code DurationSketch} in minutes (completed only).</li>
 * </ul>
 *
 * <p>Also: {@link io.interviewcalibration.stats.durations.Quantiles} (type 7),
 * {@link io.interviewcalibration.stats.durations.KaplanMeier},
 * {@link io.interviewcalibration.stats.durations.BusinessDays},
 * {@link io.interviewcalibration.stats.durations.Rate} (Wilson interval),
 * {@link io.interviewcalibration.stats.durations.QuantileInterval} (order-statistic interval of a
 * quantile) and {@link io.interviewcalibration.stats.durations.Cohort} (the funnel and time to
 * decision of a cohort of candidates, mergeable).
 */
package io.interviewcalibration.stats.durations;
