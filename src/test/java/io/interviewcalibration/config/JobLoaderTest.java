package io.interviewcalibration.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobLoaderTest {
  private static final String RUBRIC = """
      rubric:
        scale: {min: 0, max: 5}
        competencies:
          - {id: a, weight: 60}
          - {id: b, weight: 40}
      """;

  @Test
  void theSampleJobDefinesTheAiDeveloperFramework() {
    JobDefinition job = JobLoader.load(Path.of("jobs", "sample-quarter.yaml"));
    assertThat(job.name()).isEqualTo("sample-quarter");
    assertThat(job.rubric().competencies()).extracting(Competency::weight)
        .containsExactly(15.0, 25.0, 15.0, 20.0, 10.0, 10.0, 5.0);
    assertThat(job.rubric().weightTotal()).isEqualTo(100);
    assertThat(job.rubric().tiers()).extracting(Tier::name).containsExactly("Elite", "Strong", "Medium", "Weak");
    assertThat(job.period()).isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    // composite = Σ weight × score × 20 on 0–100 for a 0–5 scale
    Map<String, Double> all4 = Map.of("core_technical", 4.0, "llm_genai", 4.0, "agentic_workflows", 4.0,
        "engineering_production", 4.0, "portfolio", 4.0, "problem_solving", 4.0, "ethics_communication", 4.0);
    assertThat(job.rubric().composite(all4)).isEqualTo(80.0);
    assertThat(job.rubric().tier(80.0).name()).isEqualTo("Strong");
    assertThat(job.rubric().tier(85.0).name()).isEqualTo("Elite");
    assertThat(job.rubric().tier(54.9).name()).isEqualTo("Weak");
  }

  @Test
  void theProductRoleJobHasItsOwnRubric() {
    JobDefinition job = JobLoader.load(Path.of("jobs", "ai-product-role.yaml"));
    assertThat(job.rubric().competencies()).extracting(Competency::weight).containsExactly(25.0, 25.0, 20.0, 15.0, 15.0);
    assertThat(job.rubric().scale().min()).isEqualTo(1);
    // (rating − min)/(max − min) × 100: all 5s → 100, all 1s → 0, all 3s → 50
    assertThat(job.rubric().composite(Map.of("workflow_design", 3.0, "evaluation_judgment", 3.0,
        "stakeholder_communication", 3.0, "tool_fluency", 3.0, "governance_awareness", 3.0))).isEqualTo(50.0);
  }

  @Test
  void missingCompetenciesRenormaliseTheWeights() {
    Rubric r = JobLoader.parse("name: t\n" + RUBRIC, "t.yaml").rubric();
    // only b rated: its weight becomes the whole composite
    assertThat(r.composite(Map.of("b", 5.0))).isEqualTo(100.0);
    assertThat(r.composite(Map.of("a", 5.0, "b", 0.0))).isEqualTo(60.0);
    assertThat(r.composite(Map.of())).isNaN();
  }

  @Test
  void userErrorsNameTheFileAndTheProblemInOneLine() {
    assertError("name: t\nrubric: {scale: {min: 0, max: 5}, competencies: [{id: a, weight: 60}, {id: b, weight: 30}]}",
        "t.yaml: rubric weights sum to 90; they must sum to 1 or 100");
    assertError("name: t\nnonsense: 1\n" + RUBRIC,
        "t.yaml: unknown key 'nonsense' (line 2) (known: bootstrap_replicates, business_days, cv_folds, inputs, job_ids, name, outcomes_as_of, output, performance_scale, period, period_unit, planned_rounds, rubric, seed, stages, thresholds, weights_from)");
    assertError("name: t\n" + RUBRIC + "  colour: red\n", "t.yaml: unknown key 'colour' in rubric (line 7) (known: competencies, name, rating_words, scale, tiers)");
    assertError("name: t\nrubric: [unclosed\n", null);
    assertError(RUBRIC, "t.yaml: missing required key 'name'");
    assertError("name: t\nperiod: last year\n" + RUBRIC,
        "t.yaml: period 'last year' is not FROM..TO (dates), YYYY-Qn, YYYY-MM or 'all'");
    assertError("name: t\n" + RUBRIC + "  tiers:\n    - {name: High, min: 50}\n    - {name: Low, min: 0, max: 60}\n",
        "t.yaml: rubric.tiers 'Low' (0–60) overlaps 'High' (from 50)");
    assertError("name: t\n" + RUBRIC + "  tiers:\n    - {name: High, min: 50}\n    - {name: Also, min: 50}\n    - {name: Low, min: 0}\n",
        "t.yaml: rubric.tiers 'High' and 'Also' overlap (both start at 50)");
    assertError("name: t\nrubric: {scale: {min: 0, max: 5}, rating_words: {great: 9}, competencies: [{id: a, weight: 1}]}",
        "t.yaml: rubric.rating_words.great = 9.0 is not on the rating scale");
    assertError("name: t\nseed: many\n" + RUBRIC, null);
  }

  private static void assertError(String yaml, String message) {
    var thrown = assertThatThrownBy(() -> JobLoader.parse(yaml, "t.yaml")).isInstanceOf(UserError.class);
    if (message != null) {
      thrown.hasMessage(message);
    } else {
      thrown.hasMessageStartingWith("t.yaml: invalid ").hasMessageNotContaining("\n");
    }
  }

  @Test
  void weightsMaySumToOne() {
    JobDefinition job = JobLoader.parse("name: t\nrubric: {scale: {min: 1, max: 5}, competencies: [{id: a, weight: 0.7}, {id: b, weight: 0.3}]}", "t.yaml");
    assertThat(job.rubric().weightTotal()).isEqualTo(1);
  }

  @Test
  void periodsParseInEveryForm() {
    assertThat(Period.parse("2026-Q3")).isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    assertThat(Period.parse("2024-02")).isEqualTo(new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    assertThat(Period.parse("2026-01-01..2026-03-31").label()).isEqualTo("2026-01-01..2026-03-31");
    assertThat(Period.parse("all").isAll()).isTrue();
    assertThatThrownBy(() -> Period.parse("2026-03-01..2026-01-01")).hasMessageContaining("ends before it starts");
    assertThat(PeriodUnit.QUARTER.label(LocalDate.of(2024, 3, 31))).isEqualTo("2024-Q1");
    assertThat(PeriodUnit.MONTH.label(LocalDate.of(2024, 3, 31))).isEqualTo("2024-03");
  }
}
