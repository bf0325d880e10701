package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.interviewcalibration.cli.Progress;
import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.JobLoader;
import io.interviewcalibration.generate.Generator;
import io.interviewcalibration.generate.GeneratorSettings;
import io.interviewcalibration.ingest.Ingest;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.report.SuggestedRubric;
import io.interviewcalibration.testing.CsvRead;
import io.interviewcalibration.testing.SparkTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark side of validity: per-candidate rows from hand-made inputs (means, adjusted means,
 * outcomes, who is left out), the planted truth on the generator's sample data, and a whole run
 * writing validity.csv, tiers.csv, suggested-rubric.yaml and the Validity sheet.
 */
class ValidityAnalysisTest extends SparkTestBase {
  @TempDir static Path dir;
  static JobDefinition sampleJob;
  static ValidityResult sample;

  /** The sample data (the generator's default seed, 2,000 candidates) through ingest and validity, B = 100. */
  @BeforeAll
  static void sampleData() throws IOException {
    Path data = dir.resolve("sample");
    JobDefinition base = ValidityJobs.sample(100, 30, null);
    new Generator(base, GeneratorSettings.sample(20261122L)).write(data);
    sampleJob = base;
    Ingest ingest = new Ingest(spark, base);
    Ingested sc = ingest.run(ingest.resolve(InputKind.SCORECARDS, data.resolve("scorecards.csv").toString()));
    Ingested oc = ingest.run(ingest.resolve(InputKind.OUTCOMES, data.resolve("outcomes.csv").toString()));
    sample = new ValidityAnalysis(spark, base).run(sc, oc, null);
    sc.checked().unpersist();
    oc.checked().unpersist();
  }

  private static ValidityRow row(ValidityOutcome o, String predictor, String metric) {
    return sample.row(o, predictor, metric).orElseThrow(() -> new AssertionError(o + " " + predictor + " " + metric));
  }

  @Test
  void plantedTruthOnTheSampleData() {
    assertThat(sample.primary()).isEqualTo(ValidityOutcome.PERFORMANCE);
    List<String> ids = sampleJob.rubric().competencies().stream().map(Competency::id).toList();
    // the planted strong competencies for performance (llm_genai 0.50, engineering_production 0.40) rank on top,
    // by suggested weight, by importance and by correlation
    for (String metric : List.of("suggested_weight", "relative_weight_pct", "r")) {
      List<String> ranked = ids.stream()
          .sorted(Comparator.comparingDouble((String c) -> row(ValidityOutcome.PERFORMANCE, c, metric).estimate())
              .reversed())
          .toList();
      assertThat(ranked.subList(0, 2)).as(metric).containsExactlyInAnyOrder("llm_genai", "engineering_production");
    }
    // a zero-weight competency: interval of the suggested weight includes 0, recommendation lower or insufficient
    ValidityRow portfolio = row(ValidityOutcome.PERFORMANCE, "portfolio", "suggested_weight");
    assertThat(portfolio.ciLow()).isLessThanOrEqualTo(0.0);
    assertThat(portfolio.ciHigh()).isGreaterThanOrEqualTo(0.0);
    assertThat(row(ValidityOutcome.PERFORMANCE, "portfolio", "weight_change").recommendation())
        .isIn("lower", "insufficient_evidence");
    ValidityRow ethics = row(ValidityOutcome.PERFORMANCE, "ethics_communication", "suggested_weight");
    assertThat(ethics.ciLow()).isLessThanOrEqualTo(0.0);
    assertThat(row(ValidityOutcome.PERFORMANCE, "ethics_communication", "weight_change").recommendation())
        .isIn("lower", "insufficient_evidence");
    // who was counted: every decided candidate with ratings, whenever interviewed
    assertThat(sample.counts().decided()).isGreaterThan(1000);
    assertThat(sample.counts().withPerformance()).isEqualTo(row(ValidityOutcome.PERFORMANCE, "composite_current", "r").n());
    assertThat(sample.counts().unrated()).isPositive(); // rejected at the recruiter screen: no scorecard
  }

  @Test
  void suggestedRubricFromTheSampleDataLoadsAsTheNextJob() throws IOException {
    String yaml = SuggestedRubric.yaml(sampleJob, sample);
    JobDefinition next = RubricRoundTrip.adopt(Path.of("jobs", "sample-quarter.yaml"), yaml);
    for (Competency c : next.rubric().competencies()) {
      assertThat(c.weight()).as(c.id())
          .isEqualTo(row(ValidityOutcome.PERFORMANCE, c.id(), "r").suggestedWeight());
    }
    assertThat(next.rubric().competencies().stream().mapToDouble(Competency::weight).sum()).isEqualTo(100.0);
    assertThat(next.rubric().tiers()).isEqualTo(sampleJob.rubric().tiers());
    assertThat(next.rubric().ratingWords()).isEqualTo(sampleJob.rubric().ratingWords());
    assertThat(yaml).contains("# LLM & generative-AI skills: current 25, suggested");
  }

  // ------------------------------------------------------------------ hand-made inputs

  private static final String SCORECARD_HEADER =
      "scorecard_id,candidate_id,stage,interviewer_id,submitted_at,competency,rating\n";

  /** Ingests hand-made scorecards and outcomes. */
  private static Ingested[] handMade(JobDefinition job, String name) throws IOException {
    Path sc = dir.resolve(name + "-scorecards.csv");
    Files.writeString(sc, SCORECARD_HEADER
        // A: two scorecards; llm_genai 4 (iv1) and 2 (iv2) → mean 3; core_technical 5 (iv1) and not rated (iv2)
        + "s1,CAND-A,onsite,iv1,2025-01-10,llm_genai,4\n"
        + "s1,CAND-A,onsite,iv1,2025-01-10,core_technical,5\n"
        + "s2,CAND-A,onsite,iv2,2025-01-11,llm_genai,2\n"
        + "s2,CAND-A,onsite,iv2,2025-01-11,core_technical,\n"
        // B: one rating by iv3 (no severity estimate)
        + "s3,CAND-B,onsite,iv3,2025-02-01,portfolio,1\n"
        // C: still active; D: no outcome row; E: hired late (retention unknown); F: rejected
        + "s4,CAND-C,onsite,iv1,2025-03-01,llm_genai,3\n"
        + "s5,CAND-D,onsite,iv1,2025-03-01,llm_genai,3\n"
        + "s6,CAND-E,onsite,iv2,2026-05-01,llm_genai,5\n"
        + "s7,CAND-F,onsite,iv2,2025-03-01,llm_genai,0\n",
        StandardCharsets.UTF_8);
    Path oc = dir.resolve(name + "-outcomes.csv");
    Files.writeString(oc, "candidate_id,decision,decided_at,start_date,performance_rating,terminated_at\n"
        // A hired 2025-02-01, left 2025-12-01: fewer than 12 months → retained 0; performance 4.2
        + "CAND-A,hired,2025-01-20,2025-02-01,4.2,2025-12-01\n"
        // B hired 2025-03-01, still employed → retained 1; no performance rating
        + "CAND-B,hired,2025-02-10,2025-03-01,,\n"
        + "CAND-C,active,,,,\n"
        // E hired, started 2026-06-01: fewer than 12 months before outcomes_as_of 2026-10-31 → unknown
        + "CAND-E,hired,2026-05-10,2026-06-01,3.5,\n"
        + "CAND-F,rejected,2025-03-05,,,\n"
        // G: an outcome without any rating
        + "CAND-G,withdrew,2025-01-01,,,\n", StandardCharsets.UTF_8);
    Ingest ingest = new Ingest(spark, job);
    return new Ingested[] {ingest.run(ingest.resolve(InputKind.SCORECARDS, sc.toString())),
        ingest.run(ingest.resolve(InputKind.OUTCOMES, oc.toString()))};
  }

  @Test
  void candidateRowsHoldMeansAdjustedMeansAndOutcomes() throws IOException {
    JobDefinition job = ValidityJobs.sample(0, 30, null);
    Ingested[] in = handMade(job, "rows");
    Map<String, Double> severity = Map.of("iv1", 0.5, "iv2", -0.25);
    List<String> ids = new java.util.ArrayList<>();
    for (org.apache.spark.sql.Row r : new ValidityAnalysis(spark, job).candidates(in[0], in[1], severity)
        .orderBy(col("candidate_id")).collectAsList()) {
      ids.add(r.getString(r.fieldIndex("candidate_id")));
      check(r);
    }
    assertThat(ids).containsExactly("CAND-A", "CAND-B", "CAND-C", "CAND-D", "CAND-E", "CAND-F", "CAND-G");
  }

  /** Hand-computed expectations per candidate (m0 = core_technical, m1 = llm_genai, m4 = portfolio). */
  private static void check(org.apache.spark.sql.Row r) {
    String id = r.getString(r.fieldIndex("candidate_id")).substring("CAND-".length());
    String status = r.getString(r.fieldIndex("status"));
    switch (id) {
      case "A" -> {
        assertThat(status).isEqualTo("decided");
        assertThat(r.getDouble(r.fieldIndex("m1"))).isEqualTo(3.0);
        // adjusted: (4 + 0.5 + 2 − 0.25) / 2
        assertThat(r.getDouble(r.fieldIndex("a1"))).isCloseTo(3.125, within(1e-12));
        assertThat(r.getDouble(r.fieldIndex("m0"))).isEqualTo(5.0);
        assertThat(r.getDouble(r.fieldIndex("a0"))).isEqualTo(5.5);
        assertThat(r.isNullAt(r.fieldIndex("m4"))).isTrue();
        assertThat(r.getInt(r.fieldIndex("hired"))).isEqualTo(1);
        assertThat(r.getDouble(r.fieldIndex("performance"))).isEqualTo(4.2);
        assertThat(r.getInt(r.fieldIndex("retained_12m"))).isZero();
      }
      case "B" -> {
        assertThat(status).isEqualTo("decided");
        // iv3 has no severity estimate: left unadjusted
        assertThat(r.getDouble(r.fieldIndex("a4"))).isEqualTo(1.0);
        assertThat(r.isNullAt(r.fieldIndex("performance"))).isTrue();
        assertThat(r.getInt(r.fieldIndex("retained_12m"))).isEqualTo(1);
      }
      case "C" -> assertThat(status).isEqualTo("active");
      case "D" -> assertThat(status).isEqualTo("no_outcome");
      case "E" -> {
        assertThat(status).isEqualTo("decided");
        assertThat(r.getDouble(r.fieldIndex("performance"))).isEqualTo(3.5);
        assertThat(r.isNullAt(r.fieldIndex("retained_12m"))).isTrue();
      }
      case "F" -> {
        assertThat(status).isEqualTo("decided");
        assertThat(r.getInt(r.fieldIndex("hired"))).isZero();
        assertThat(r.isNullAt(r.fieldIndex("performance"))).isTrue();
        assertThat(r.isNullAt(r.fieldIndex("retained_12m"))).isTrue();
      }
      case "G" -> assertThat(status).isEqualTo("unrated");
      default -> throw new AssertionError(id);
    }
  }

  @Test
  void countsAndTheDriverCap() throws IOException {
    JobDefinition job = ValidityJobs.sample(0, 30, null);
    Ingested[] in = handMade(job, "cap");
    ValidityResult r = new ValidityAnalysis(spark, job).run(in[0], in[1], null);
    ValidityCounts c = r.counts();
    assertThat(List.of(c.rated(), c.decided(), c.active(), c.noOutcome(), c.unrated(), c.hires(),
        c.withPerformance(), c.withRetention(), c.partial())).containsExactly(6L, 4L, 1L, 1L, 1L, 3L, 2L, 2L, 4L);
    assertThat(r.skipped()).isNull();
    ValidityResult capped = new ValidityAnalysis(spark, job, 3).run(in[0], in[1], null);
    assertThat(capped.skipped()).contains("4 decided candidates exceed the 3");
    assertThat(capped.rows()).isEmpty();
  }

  @Test
  void aRunWritesResultsRubricAndSheetWithoutCandidateIds() throws IOException {
    JobDefinition job = ValidityJobs.sample(0, 30, null);
    Ingested[] in = handMade(job, "run");
    Path out = dir.resolve("run");
    JobDefinition run = job.withInputs(job.inputs().withScorecards(dir.resolve("run-scorecards.csv").toString())
        .withOutcomes(dir.resolve("run-outcomes.csv").toString()).withStages(null)).withOutput(out.toString());
    in[0].checked().unpersist();
    in[1].checked().unpersist();
    StringWriter log = new StringWriter();
    CalibrationRun.Result result = new CalibrationRun(spark, run, new Progress(new PrintWriter(log))).run();
    Path folder = Path.of(result.folder());
    assertThat(log.toString()).contains("validity: 4 decided candidates, 3 hires, weights from");
    List<Map<String, String>> validity = CsvRead.rows(folder.resolve("results/validity.csv"));
    assertThat(CsvRead.records(Files.readString(folder.resolve("results/validity.csv"))).get(0))
        .startsWith("outcome", "predictor", "n", "estimate", "ci_low", "ci_high", "metric", "current_weight",
            "suggested_weight", "note");
    assertThat(validity).isNotEmpty().allMatch(r -> !r.get("note").isEmpty()); // everything below min n or undefined
    assertThat(CsvRead.rows(folder.resolve("results/tiers.csv"))).extracting(r -> r.get("tier"))
        .containsExactly("Elite", "Strong", "Medium", "Weak", "ALL");
    JobDefinition next = RubricRoundTrip.adopt(Path.of("jobs", "sample-quarter.yaml"),
        Files.readString(folder.resolve("suggested-rubric.yaml")));
    assertThat(next.rubric().competencies()).isEqualTo(job.rubric().competencies()); // no suggestion: unchanged
    assertThat(Files.exists(folder.resolve("charts/validity_weights.png"))).isTrue();
    assertThat(Files.exists(folder.resolve("charts/validity_by_competency.png"))).isTrue();
    try (InputStream is = Files.newInputStream(folder.resolve("workbook.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(is)) {
      Sheet sheet = wb.getSheet("Validity");
      assertThat(sheet).isNotNull();
      List<String> texts = Stream.iterate(0, i -> i < wb.getNumberOfSheets(), i -> i + 1)
          .flatMap(i -> cells(wb.getSheetAt(i))).toList();
      assertThat(texts).anyMatch(t -> t.equals("fewer than 30"));
      assertThat(texts).noneMatch(t -> t.contains("CAND-")); // no candidate id in any cell
    }
  }

  private static Stream<String> cells(Sheet s) {
    List<String> out = new java.util.ArrayList<>();
    for (Row r : s) {
      for (Cell c : r) {
        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
        if (c.getCellType() == CellType.STRING) {
          out.add(c.getStringCellValue());
        }
      }
    }
    return out.stream();
  }
}
