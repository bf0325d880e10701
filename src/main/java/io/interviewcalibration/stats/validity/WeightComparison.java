package io.interviewcalibration.stats.validity;

import java.util.List;

/**
 * Suggested versus current weights for every competency of a rubric.
 *
 * @param suggestion     the full-data suggestion
 * @param competencies   one entry per competency, in predictor order
 * @param replicates     bootstrap replicates requested
 * @param replicatesUsed replicates whose fit succeeded and gave a positive coefficient
 * @param reason         {@code null}, or a {@link Reason} code (intervals NaN, recommendations
 *                       {@link Recommendation#INSUFFICIENT_EVIDENCE})
 */
public record WeightComparison(WeightSuggestion suggestion, List<CompetencyWeight> competencies, int replicates,
    int replicatesUsed, String reason) {
}
