package io.interviewcalibration.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.JobLoader;
import io.interviewcalibration.config.Rubric;
import io.interviewcalibration.config.Tier;
import io.interviewcalibration.report.SuggestedRubric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** suggested-rubric.yaml adopted as the next job file: loads with JobLoader and carries the suggested weights. */
class SuggestedRubricTest {
  private static final String JOB_TEXT = """
      name: next-quarter
      period: 2026-Q4
      outcomes_as_of: 2027-01-31
      rubric:
        scale: {min: 0, max: 5}
        competencies:
          - {id: a, weight: 100}
      seed: 7
      """;

  /** The sample job with the given labels and weight total (100 or 1). */
  private static JobDefinition job(List<String> labels, double total) {
    JobDefinition j = ValidityJobs.sample(50, 30, null);
    Rubric r = j.rubric();
    List<Competency> comps = new ArrayList<>();
    for (int i = 0; i < r.competencies().size(); i++) {
      Competency c = r.competencies().get(i);
      comps.add(new Competency(c.id(), labels.get(i), c.weight() * total / 100));
    }
    Rubric rubric = new Rubric("Rubric \"v2\": AI # roles", r.scale(), r.ratingWords(), comps, r.tiers());
    return new JobDefinition(j.name(), j.source(), j.inputs(), rubric, j.stages(), j.plannedRounds(), j.period(),
        j.periodUnit(), j.outcomesAsOf(), j.performanceScale(), j.jobIds(), j.thresholds(), j.bootstrapReplicates(),
        j.cvFolds(), j.businessDays(), j.weightsFrom(), j.seed(), j.output());
  }

  private static JobDefinition adopt(JobDefinition job) {
    CandidateFeatures f = SimulatedCandidates.draw(900, 21, null);
    ValidityResult r = new ValidityStudy(job).run(f, ValidityStudyTest.counts(f));
    String yaml = SuggestedRubric.yaml(job, r);
    JobDefinition next = JobLoader.parse(RubricRoundTrip.replaceRubric(JOB_TEXT, yaml), "next.yaml");
    for (int i = 0; i < next.rubric().competencies().size(); i++) {
      Competency c = next.rubric().competencies().get(i);
      Double suggested = r.row(r.primary(), c.id(), "r").orElseThrow().suggestedWeight();
      assertThat(c.weight()).as(c.id()).isEqualTo(suggested);
    }
    return next;
  }

  @Test
  void theNextJobLoadsWithTheSuggestedWeightsAndEverythingElseKept() {
    List<String> labels = List.of("Core: \"technical\" foundations", "LLM & gen-AI, # skills", "Agentic\\workflows",
        "- engineering", "Portfolio {quality}", "Problem-solving: 'systems'", "Ethics & risk");
    JobDefinition job = job(labels, 100);
    JobDefinition next = adopt(job);
    Rubric r = next.rubric();
    assertThat(r.name()).isEqualTo(job.rubric().name());
    assertThat(r.competencies()).extracting(Competency::label).containsExactlyElementsOf(labels);
    assertThat(r.competencies()).extracting(Competency::id)
        .containsExactlyElementsOf(job.rubric().competencies().stream().map(Competency::id).toList());
    assertThat(r.competencies().stream().mapToDouble(Competency::weight).sum()).isEqualTo(100.0);
    assertThat(r.competencies()).allMatch(c -> c.weight() == Math.rint(c.weight()));
    assertThat(r.competencies()).extracting(Competency::weight)
        .isNotEqualTo(job.rubric().competencies().stream().map(Competency::weight).toList());
    assertThat(r.scale()).isEqualTo(job.rubric().scale());
    assertThat(r.ratingWords()).isEqualTo(job.rubric().ratingWords());
    assertThat(r.tiers()).extracting(Tier::name, Tier::min, Tier::signal)
        .containsExactlyElementsOf(job.rubric().tiers().stream()
            .map(t -> org.assertj.core.groups.Tuple.tuple(t.name(), t.min(), t.signal())).toList());
    // the rest of the job file is untouched
    assertThat(next.name()).isEqualTo("next-quarter");
    assertThat(next.seed()).isEqualTo(7);
  }

  @Test
  void weightsOnAShareOfOneStayInWholePercent() {
    JobDefinition job = job(List.of("a", "b", "c", "d", "e", "f", "g"), 1);
    assertThat(job.rubric().weightTotal()).isEqualTo(1);
    Rubric r = adopt(job).rubric();
    assertThat(r.weightTotal()).isEqualTo(1);
    assertThat(r.competencies()).allMatch(c -> Math.abs(c.weight() * 100 - Math.rint(c.weight() * 100)) < 1e-9);
  }
}
