package io.interviewcalibration.analysis;

/**
 * Who validity could use: candidates with ratings matched against the outcomes input.
 *
 * @param rated candidates with at least one rating
 * @param decided rated candidates who reached a decision (hired, rejected, withdrew): the pool
 * @param active rated candidates still in process (left out)
 * @param noOutcome rated candidates without an outcome row (left out)
 * @param unrated candidates in the outcomes input without any rating (left out)
 * @param hires hires in the pool
 * @param withPerformance hires with a performance rating
 * @param withRetention hires whose 12-month retention is known
 * @param partial candidates in the pool not rated on every competency (composite renormalised
 *     over the rated ones; left out of the multivariable models)
 */
public record ValidityCounts(
    long rated,
    long decided,
    long active,
    long noOutcome,
    long unrated,
    long hires,
    long withPerformance,
    long withRetention,
    long partial) {}
