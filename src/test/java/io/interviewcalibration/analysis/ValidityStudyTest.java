package io.interviewcalibration.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The driver-side study on candidates drawn from the generator's model (no Spark): planted
 * effects recovered, the contract of validity.csv, small samples, severity-adjusted rows, tiers.
 */
class ValidityStudyTest {
  static final JobDefinition JOB = ValidityJobs.sample(100, 30, null);
  static CandidateFeatures features;
  static ValidityResult result;

  @BeforeAll
  static void study() {
    features = SimulatedCandidates.draw(2000, 11, null);
    result = new ValidityStudy(JOB).run(features, counts(features));
  }

  static ValidityCounts counts(CandidateFeatures f) {
    return new ValidityCounts(f.size(), f.size(), 0, 0, 0, 0, 0, 0, 0);
  }

  private static ValidityRow row(ValidityResult r, ValidityOutcome o, String predictor, String metric) {
    return r.row(o, predictor, metric).orElseThrow(() -> new AssertionError(o + " " + predictor + " " + metric));
  }

  @Test
  void plantedStrongCompetenciesGetTheLargestSuggestedWeightsForPerformance() {
    assertThat(result.primary()).isEqualTo(ValidityOutcome.PERFORMANCE);
    List<String> bySuggested = JOB.rubric().competencies().stream().map(Competency::id)
        .sorted(Comparator.comparingDouble(
            (String c) -> row(result, ValidityOutcome.PERFORMANCE, c, "suggested_weight").estimate()).reversed())
        .toList();
    assertThat(bySuggested.subList(0, 2)).containsExactlyInAnyOrder("llm_genai", "engineering_production");
    ValidityRow llm = row(result, ValidityOutcome.PERFORMANCE, "llm_genai", "weight_change");
    assertThat(llm.recommendation()).isEqualTo("raise");
    assertThat(llm.ciLow()).isGreaterThan(0);
    // the zero-weight competencies: intervals that include 0, never "raise", and at least one
    // "lower" or "insufficient evidence" (ethics at a current 5 may also be a "keep": within ±5)
    List<String> zeros = List.of("portfolio", "ethics_communication");
    for (String zero : zeros) {
      ValidityRow w = row(result, ValidityOutcome.PERFORMANCE, zero, "suggested_weight");
      assertThat(w.ciLow()).as(zero).isLessThanOrEqualTo(0.0);
      assertThat(w.ciHigh()).as(zero).isGreaterThanOrEqualTo(0.0);
      assertThat(row(result, ValidityOutcome.PERFORMANCE, zero, "weight_change").recommendation()).as(zero)
          .isNotEqualTo("raise");
    }
    assertThat(zeros).anyMatch(z -> List.of("lower", "insufficient_evidence")
        .contains(row(result, ValidityOutcome.PERFORMANCE, z, "weight_change").recommendation()));
    // Johnson's importance ranks the planted strong ones on top as well
    List<String> byImportance = JOB.rubric().competencies().stream().map(Competency::id)
        .sorted(Comparator.comparingDouble(
            (String c) -> row(result, ValidityOutcome.PERFORMANCE, c, "relative_weight_pct").estimate()).reversed())
        .toList();
    assertThat(byImportance.subList(0, 2)).containsExactlyInAnyOrder("llm_genai", "engineering_production");
  }

  @Test
  void weightColumnsCarryEachOutcomesOwnWeights() {
    for (ValidityOutcome o : ValidityOutcome.values()) {
      List<ValidityRow> weights = result.rows().stream()
          .filter(r -> r.outcome().equals(o.id()) && r.metric().equals("r")
              && JOB.rubric().competency(r.predictor()).isPresent())
          .toList();
      assertThat(weights).hasSize(7);
      for (ValidityRow r : weights) {
        assertThat(r.currentWeight()).isEqualTo(JOB.rubric().competency(r.predictor()).get().weight());
        assertThat(r.suggestedWeight()).isNotNull();
        assertThat(r.suggestedWeight()).isEqualTo(Math.rint(r.suggestedWeight()));
      }
      assertThat(weights.stream().mapToDouble(ValidityRow::suggestedWeight).sum()).as(o.id()).isEqualTo(100.0);
      // the rounded column is the unrounded estimate rounded by largest remainder: within one point
      for (ValidityRow r : weights) {
        double unrounded = row(result, o, r.predictor(), "suggested_weight").estimate();
        assertThat(r.suggestedWeight()).isCloseTo(unrounded, within(1.0));
      }
    }
    assertThat(result.rows().stream().filter(r -> r.predictor().startsWith("composite_")))
        .allMatch(r -> r.currentWeight() == null && r.suggestedWeight() == null);
  }

  @Test
  void everyOutcomeHasTheContractMetrics() {
    Set<String> metrics = result.rows().stream().map(ValidityRow::metric).collect(Collectors.toSet());
    assertThat(metrics).contains("auc", "r", "r_corrected", "coef", "std_coef", "relative_weight", "delta_auc",
        "delta_r_squared", "suggested_weight", "weight_change", "cv_auc", "cv_r", "cv_auc_difference",
        "cv_r_difference");
    // AUC only for binary outcomes; corrections only for the outcomes that exist only for hires
    assertThat(result.rows()).noneMatch(r -> r.outcome().equals("performance") && r.metric().contains("auc"));
    assertThat(result.rows()).noneMatch(r -> r.outcome().equals("hired") && r.metric().equals("r_corrected"));
    assertThat(result.rows()).noneMatch(r -> r.outcome().equals("performance") && r.metric().equals("delta_auc"));
    // one row per outcome × predictor × metric
    assertThat(result.rows().stream().map(r -> r.outcome() + "/" + r.predictor() + "/" + r.metric()).distinct())
        .hasSize(result.rows().size());
    Set<String> notes = result.rows().stream().map(ValidityRow::note).filter(n -> n != null)
        .collect(Collectors.toSet());
    assertThat(notes).allMatch(n -> n.matches("[a-z_]+"));
  }

  @Test
  void correctionRaisesTheRestrictedCorrelationOfTheComposite() {
    ValidityRow r = row(result, ValidityOutcome.PERFORMANCE, "composite_current", "r");
    ValidityRow c = row(result, ValidityOutcome.PERFORMANCE, "composite_current", "r_corrected");
    assertThat(r.estimate()).isGreaterThan(0.2);
    assertThat(c.estimate()).isGreaterThan(r.estimate());
    assertThat(c.method()).isEqualTo("thorndike_case_ii");
    assertThat(row(result, ValidityOutcome.PERFORMANCE, "llm_genai", "r_corrected").method())
        .isEqualTo("thorndike_case_iii");
    // the hire decision followed the composite: its AUC is high
    assertThat(row(result, ValidityOutcome.HIRED, "composite_current", "auc").estimate()).isGreaterThan(0.85);
  }

  @Test
  void outOfSampleComparisonIsPaired() {
    ValidityRow cur = row(result, ValidityOutcome.PERFORMANCE, "composite_current", "cv_r");
    ValidityRow sug = row(result, ValidityOutcome.PERFORMANCE, "composite_suggested", "cv_r");
    ValidityRow diff = row(result, ValidityOutcome.PERFORMANCE, "composite_suggested", "cv_r_difference");
    assertThat(diff.estimate()).isCloseTo(sug.estimate() - cur.estimate(), within(1e-12));
    assertThat(diff.ciLow()).isLessThan(diff.estimate());
    assertThat(diff.ciHigh()).isGreaterThan(diff.estimate());
  }

  @Test
  void smallSamplesAreBelowMinimumAndInsufficient() {
    CandidateFeatures small = SimulatedCandidates.draw(90, 12, null);
    ValidityResult r = new ValidityStudy(JOB).run(small, counts(small));
    long perf = java.util.Arrays.stream(small.performance()).filter(v -> !Double.isNaN(v)).count();
    assertThat(perf).isLessThan(30);
    assertThat(r.rows().stream().filter(x -> x.outcome().equals("performance")))
        .allMatch(x -> x.note() != null);
    assertThat(r.rows().stream().filter(x -> x.metric().equals("weight_change") && x.outcome().equals("performance")))
        .allMatch(x -> x.recommendation().equals("insufficient_evidence"));
    assertThat(r.primaryWhy()).contains("fewer than 30");
    // the hired outcome has enough cases
    assertThat(row(r, ValidityOutcome.HIRED, "composite_current", "auc").note()).isNull();
  }

  @Test
  void weightsFromInTheJobNamesThePrimaryOutcome() {
    ValidityStudy study = new ValidityStudy(ValidityJobs.sample(0, 30, "hired"));
    ValidityResult r = study.run(features, counts(features));
    assertThat(r.primary()).isEqualTo(ValidityOutcome.HIRED);
    assertThat(r.primaryWhy()).contains("weights_from");
    // no replicates: point estimates without intervals, said so in the note
    ValidityRow w = row(r, ValidityOutcome.HIRED, "llm_genai", "suggested_weight");
    assertThat(w.estimate()).isPositive();
    assertThat(w.ciLow()).isNaN();
    assertThat(w.note()).isEqualTo("too_few_replicates");
  }

  @Test
  void severityAdjustedScoresAreReportedBesideTheObserved() {
    CandidateFeatures shifted = SimulatedCandidates.draw(600, 13, 0.5);
    ValidityResult r = new ValidityStudy(ValidityJobs.sample(20, 30, null)).run(shifted, counts(shifted));
    assertThat(r.severityAdjusted()).isTrue();
    for (Competency c : JOB.rubric().competencies()) {
      // a shift common to every rating leaves correlations unchanged
      assertThat(row(r, ValidityOutcome.HIRED, c.id() + "_adjusted", "r").estimate())
          .isCloseTo(row(r, ValidityOutcome.HIRED, c.id(), "r").estimate(), within(1e-9));
    }
    assertThat(r.row(ValidityOutcome.PERFORMANCE, "composite_current_adjusted", "r_corrected")).isPresent();
    assertThat(result.rows()).noneMatch(x -> x.predictor().endsWith("_adjusted"));
  }

  @Test
  void tiersPartitionThePool() {
    List<ValidityResult.TierRow> tiers = result.tiers();
    assertThat(tiers).extracting(ValidityResult.TierRow::tier).containsExactly("Elite", "Strong", "Medium", "Weak",
        "ALL");
    ValidityResult.TierRow all = tiers.get(tiers.size() - 1);
    assertThat(tiers.subList(0, 4).stream().mapToLong(t -> t.summary().candidates()).sum())
        .isEqualTo(all.summary().candidates()).isEqualTo(features.size());
    assertThat(tiers.subList(0, 4).stream().mapToLong(ValidityResult.TierRow::hires).sum()).isEqualTo(all.hires());
    // hire rate rises with the tier where there are enough candidates
    assertThat(tiers.get(1).summary().hireRate().value()).isGreaterThan(tiers.get(3).summary().hireRate().value());
  }

  @Test
  void sameSeedSameRows() {
    ValidityResult again = new ValidityStudy(JOB).run(features, counts(features));
    assertThat(again.rows()).isEqualTo(result.rows());
  }

  @Test
  void bootstrapBudgetLimitsReplicatesOnlyForVeryLargeSamples() {
    ValidityStudy study = new ValidityStudy(ValidityJobs.sample(1000, 30, null));
    assertThat(study.replicates(0)).isEqualTo(1000);
    assertThat(study.replicates(50_000)).isEqualTo(1000);
    assertThat(study.replicates(60_000)).isEqualTo(833);
    assertThat(study.replicates(203_327)).isEqualTo(245);
    assertThat(study.replicates(5_000_000)).isEqualTo(200);
    assertThat(new ValidityStudy(ValidityJobs.sample(100, 30, null)).replicates(5_000_000)).isEqualTo(100);
    assertThat(result.replicates(ValidityOutcome.HIRED)).isEqualTo(100);
  }
}
