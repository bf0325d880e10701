package io.interviewcalibration.stats.validity;

/**
 * One competency's current and suggested weight with bootstrap intervals and the recommendation.
 *
 * @param predictor      index of the competency (column of the predictor rows)
 * @param current        current rubric weight
 * @param suggested      suggested weight (full data)
 * @param rounded        suggested weight rounded to whole units (largest remainder over all competencies), −1 when undefined
 * @param ciLow          bootstrap percentile lower limit of the suggested weight
 * @param ciHigh         bootstrap percentile upper limit
 * @param differenceLow  ciLow − current: lower limit of (suggested − current), in points
 * @param differenceHigh ciHigh − current
 * @param recommendation {@link Recommendation#of} applied to the difference interval
 */
public record CompetencyWeight(int predictor, double current, double suggested, int rounded, double ciLow,
    double ciHigh, double differenceLow, double differenceHigh, Recommendation recommendation) {
}
