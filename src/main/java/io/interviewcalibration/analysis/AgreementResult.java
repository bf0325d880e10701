package io.interviewcalibration.analysis;

import java.util.List;

/**
 * What the agreement analysis found, with the settings a reader needs to interpret it.
 *
 * @param rows statistics per scope, in report order (competencies in rubric order, then the
 *     composite {@code ALL}, then {@code overall_recommendation}; stage {@code ALL} first, then
 *     stages in process order; confidence {@code ALL} first)
 * @param pairs interviewer pairs with at least {@code pairMinShared} shared candidates, the
 *     least agreeing first (ascending upper end of the quadratic kappa's interval)
 * @param competencyLabels competency id → label, in rubric order
 * @param period the analysis window's label
 * @param minN fewest candidates before a value is shown as a number
 * @param pairMinShared fewest shared candidates before a pair is listed
 * @param reliabilityTarget the D-study's target
 * @param replicates bootstrap replicates (0 = no intervals)
 * @param seed the bootstrap seed
 * @param level the intervals' nominal coverage
 */
public record AgreementResult(List<AgreementRow> rows, List<InterviewerPair> pairs,
    java.util.Map<String, String> competencyLabels, String period, int minN, int pairMinShared,
    double reliabilityTarget, int replicates, long seed, double level) {}
