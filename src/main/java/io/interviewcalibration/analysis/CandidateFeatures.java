package io.interviewcalibration.analysis;

/**
 * Per-candidate feature rows on the driver: the candidates who reached a decision (hired, rejected
 * or withdrew) and have at least one rating, a few numbers each, in candidate-id order (so that
 * results do not depend on partitioning). Built by {@link ValidityAnalysis}; arrays are indexed by
 * candidate, then by competency in rubric order.
 *
 * @param ids candidate ids: the keys of bootstrap draws and cross-validation folds, never shown
 *     in the workbook
 * @param means mean rating per competency over the candidate's scorecards; NaN = not rated
 * @param adjusted the same with each rating plus its interviewer's severity, or null when no
 *     severity model ran
 * @param hired 1 = hired, 0 = rejected or withdrew
 * @param performance on-the-job performance rating of a hire; NaN = not a hire or not rated
 * @param retained 1 = a hire still employed 12 months after the start, 0 = left before; NaN = not
 *     a hire or fewer than 12 months between the start and {@code outcomes_as_of}
 */
public record CandidateFeatures(
    String[] ids,
    double[][] means,
    double[][] adjusted,
    double[] hired,
    double[] performance,
    double[] retained) {

  public CandidateFeatures {
    int n = ids.length;
    if (means.length != n || hired.length != n || performance.length != n || retained.length != n
        || (adjusted != null && adjusted.length != n)) {
      throw new IllegalArgumentException("feature arrays must all have one entry per candidate");
    }
  }

  /** Number of candidates. */
  public int size() {
    return ids.length;
  }
}
