package io.interviewcalibration.analysis;

import io.interviewcalibration.config.Rubric;
import io.interviewcalibration.stats.validity.TierSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the validity analysis found, for {@code results/validity.csv}, {@code results/tiers.csv},
 * the Validity sheet and {@code suggested-rubric.yaml}.
 *
 * @param rubric the job's rubric (current weights)
 * @param minN the job's minimum n
 * @param replicates bootstrap replicates used per outcome (the job's B, fewer for very large samples)
 * @param folds cross-validation folds
 * @param primary the outcome the suggested weights come from
 * @param primaryWhy why that outcome was chosen, in words
 * @param counts who could be used
 * @param severityAdjusted whether {@code _adjusted} predictors were computed
 * @param rows validity.csv rows
 * @param tiers per score tier, then {@code ALL}
 * @param skipped null, or why nothing was computed (e.g. no decided candidates)
 */
public record ValidityResult(
    Rubric rubric,
    int minN,
    Map<ValidityOutcome, Integer> replicates,
    int folds,
    ValidityOutcome primary,
    String primaryWhy,
    ValidityCounts counts,
    boolean severityAdjusted,
    List<ValidityRow> rows,
    List<TierRow> tiers,
    String skipped) {

  /**
   * Outcomes of one score tier.
   *
   * @param tier tier name, or {@code ALL} for every decided candidate with a composite
   * @param minComposite lowest composite in the tier (NaN for {@code ALL})
   * @param signal what the tier means for hiring
   * @param hires hires among the tier's decided candidates
   * @param summary candidates, hire rate, mean performance and retention with intervals
   */
  public record TierRow(String tier, double minComposite, String signal, long hires, TierSummary summary) {}

  /** Bootstrap replicates behind an outcome's intervals. */
  public int replicates(ValidityOutcome outcome) {
    return replicates.getOrDefault(outcome, 0);
  }

  /** The row of an outcome × predictor × metric, if computed. */
  public Optional<ValidityRow> row(ValidityOutcome outcome, String predictor, String metric) {
    return rows.stream()
        .filter(r -> r.outcome().equals(outcome.id()) && r.predictor().equals(predictor) && r.metric().equals(metric))
        .findFirst();
  }

  /** A result that says why nothing was computed. */
  static ValidityResult skipped(Rubric rubric, int minN, ValidityCounts counts, String why) {
    return new ValidityResult(rubric, minN, Map.of(), 0, ValidityOutcome.PERFORMANCE, "", counts, false,
        List.of(), List.of(), why);
  }
}
