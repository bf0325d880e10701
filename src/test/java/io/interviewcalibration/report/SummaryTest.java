package io.interviewcalibration.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.interviewcalibration.report.Finding.Status;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headline figures, findings and actions from result tables; the baseline comparison. */
class SummaryTest {
  static final Summary.Context CTX = new Summary.Context(List.of("tech", "comm"),
      Map.of("tech", "Technical depth", "comm", "Communication"), 0.8, 0.3, 5, 30, 10);

  /** A section that only has result tables (and run info). */
  record Fixed(List<ResultTable> tables, Map<String, Object> runInfo) implements Section {
    @Override
    public void writeSheets(XSSFWorkbook wb, Styles styles, Charts charts) {
      for (ResultTable t : tables) {
        if (t.name().equals("interviewers")) {
          wb.createSheet("Interviewers");
        }
      }
    }
  }

  static ResultTable table(String name, List<String> columns, Object[]... rows) {
    List<List<Object>> r = new ArrayList<>();
    for (Object[] row : rows) {
      r.add(Arrays.asList(row));
    }
    return new ResultTable(name, columns, r, Set.of());
  }

  static final List<String> AGREEMENT = List.of("competency", "stage", "metric", "value", "ci_low", "ci_high",
      "n_candidates", "n_ratings", "note", "confidence");
  static final List<String> INTERVIEWERS = List.of("interviewer_id", "severity", "ci_low", "ci_high", "flag");
  static final List<String> DRIFT = List.of("interviewer_id", "period", "flag");
  static final List<String> VALIDITY = List.of("outcome", "predictor", "n", "estimate", "ci_low", "ci_high", "metric",
      "current_weight", "suggested_weight", "recommendation");

  static Section agreement(double techAlpha) {
    return new Fixed(List.of(table("agreement", AGREEMENT,
        new Object[] {"tech", "ALL", "alpha_interval", techAlpha, techAlpha - 0.07, techAlpha + 0.07, 135L, 461L, "", "ALL"},
        new Object[] {"comm", "ALL", "alpha_interval", 0.29, 0.19, 0.38, 136L, 515L, "", "ALL"},
        new Object[] {"comm", "phone_screen", "alpha_interval", 0.9, 0.8, 0.95, 40L, 80L, "", "ALL"},
        new Object[] {"tech", "ALL", "dstudy_panel_for_target", 4.0, null, null, 135L, 461L, "", "ALL"},
        new Object[] {"tech", "ALL", "dstudy_reliability_k4", 0.81, 0.74, 0.86, 135L, 461L, "", "ALL"},
        new Object[] {"comm", "ALL", "dstudy_panel_for_target", null, null, null, 136L, 515L, "", "ALL"})), Map.of());
  }

  static Section interviewers(String... flags) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"ALL", null, null, null, null});
    rows.add(new Object[] {"iv1", 0.65, 0.41, 0.90, flags[0]});
    rows.add(new Object[] {"iv2", -0.36, -0.61, -0.11, flags[1]});
    rows.add(new Object[] {"iv3", 0.05, -0.2, 0.3, ""});
    rows.add(new Object[] {"iv4", 0.7, 0.2, 1.2, "insufficient_data"});
    return new Fixed(List.of(table("interviewers", INTERVIEWERS, rows.toArray(new Object[0][])),
        table("drift", DRIFT, new Object[] {"iv3", "2026-Q3", "drifting_harsher"})), Map.of());
  }

  static Section validity() {
    return new Fixed(List.of(table("validity", VALIDITY,
        new Object[] {"performance", "composite_current", 196L, 0.52, 0.41, 0.62, "r", null, null, null},
        new Object[] {"performance", "tech", 196L, 0.39, 0.27, 0.51, "r", 15L, 35L, null},
        new Object[] {"performance", "comm", 196L, 0.05, -0.09, 0.19, "r", 25L, 5L, null},
        new Object[] {"performance", "tech", 196L, 20.0, 8.0, 30.0, "weight_change", 15L, 35L, "raise"},
        new Object[] {"performance", "comm", 196L, -20.0, -30.0, -8.0, "weight_change", 25L, 5L, "lower"},
        new Object[] {"hired", "composite_current", 1335L, 0.89, 0.87, 0.91, "auc", null, null, null})),
        Map.of("validity", Map.of("primary_outcome", "performance")));
  }

  @Test
  void reliabilityHeadlinesUseKrippendorffsThresholdsAndTheFindingStatesItsInterval() {
    Summary s = Summary.of(List.of(agreement(0.52)), CTX);
    assertThat(s.headlines()).extracting(Headline::key).containsExactly("reliability/tech", "reliability/comm");
    assertThat(s.headlines()).extracting(Headline::status).containsExactly(Status.ACT, Status.ACT);
    assertThat(s.findings()).extracting(Finding::text).containsExactly(
        "No competency is rated reliably: α is below .667 for all 2, from Communication (α 0.29, 95% CI 0.19–0.38)"
            + " to Technical depth (α 0.52, 95% CI 0.45–0.59).");
    assertThat(s.actions()).extracting(Finding::text).containsExactly(
        "Plan 4 interviewers per candidate to reach reliability 0.80 on the panel mean for 1 of 2 competencies"
            + " (D-study: Technical depth reaches 0.81, 95% CI 0.74–0.86 with 4). Communication does not reach it even"
            + " with 8: sharpen the rubric's anchors and calibrate interviewers on it rather than adding interviewers.");

    Summary good = Summary.of(List.of(agreement(0.85)), CTX);
    assertThat(good.headlines().get(0).status()).isEqualTo(Status.GOOD);
    assertThat(good.findings().get(0).text()).startsWith("1 of 2 competencies are rated unreliably");
  }

  @Test
  void flaggedInterviewersAreNamedWithTheirIntervalAndGetACalibrationAction() {
    Summary s = Summary.of(List.of(interviewers("harsh", "lenient")), CTX);
    Headline h = s.headlines().get(0);
    assertThat(h.value()).isEqualTo(2.0 / 3);
    assertThat(h.status()).isEqualTo(Status.ACT);
    assertThat(h.basis()).startsWith("2 of 3 compared");
    assertThat(s.findings()).extracting(Finding::text).contains(
        "iv1 rates harsher than the average interviewer by 0.65 rating points (95% CI 0.41–0.90), after adjusting for"
            + " the candidates they saw.",
        "iv2 rates more leniently than the average interviewer by 0.36 rating points (95% CI 0.11–0.61), after"
            + " adjusting for the candidates they saw.",
        "1 interviewer drifted over the periods: iv3 (harsher).",
        "1 interviewer had fewer than 10 scorecards in the window and is not compared.");
    assertThat(s.actions()).extracting(Finding::text).containsExactly(
        "Calibrate iv1, iv2, iv3: review their ratings against the panel's on shared candidates and the rubric's anchors.");
    // largest effect first
    assertThat(s.findings().get(0).text()).startsWith("iv1");
  }

  @Test
  void validityClaimsOnlyWhatTheIntervalSupportsAndRecommendsSupportedWeightChanges() {
    Summary s = Summary.of(List.of(validity()), CTX);
    assertThat(s.headlines()).extracting(Headline::key)
        .containsExactly("validity/composite_performance", "validity/composite_hired");
    assertThat(s.headlines().get(0).status()).isEqualTo(Status.GOOD);
    assertThat(s.findings()).extracting(Finding::text).containsExactly(
        "The current composite predicts performance (r 0.52, 95% CI 0.41–0.62, n 196).",
        "Technical depth is the strongest single predictor of performance (r 0.39, 95% CI 0.27–0.51).",
        "No evidence that Communication predicts performance: its interval includes 0.");
    assertThat(s.actions()).extracting(Finding::text).containsExactly(
        "Re-weight the rubric for performance: Raise Technical depth from 15 to 35 (change +20, 95% CI +8 to +30);"
            + " lower Communication from 25 to 5 (change -20, 95% CI -30 to -8). suggested-rubric.yaml has the full"
            + " rubric.");
  }

  @Test
  void summaryCsvRoundTripsIntoABaselineWithChangesAndFlagTurnover(@TempDir Path dir) throws Exception {
    Summary before = Summary.of(List.of(agreement(0.52), interviewers("harsh", "")), CTX);
    Path results = Files.createDirectories(dir.resolve("run1/results"));
    try (var os = Files.newOutputStream(results.resolve("summary.csv"))) {
      before.table().write(os);
    }
    for (ResultTable t : interviewers("harsh", "").tables()) {
      try (var os = Files.newOutputStream(results.resolve(t.name() + ".csv"))) {
        t.write(os);
      }
    }
    Baseline b = Baseline.read(dir.resolve("run1").toString(), new Configuration());
    assertThat(b.headline("reliability/tech")).isEqualTo(0.52);
    assertThat(b.headline("interviewers/flagged_share")).isEqualTo(1.0 / 3);

    List<Section> now = List.of(agreement(0.60), interviewers("", "lenient"));
    Summary after = Summary.of(now, CTX);
    b.compareFlags(now.stream().flatMap(x -> x.tables().stream()).toList());
    assertThat(b.newFlags()).containsExactly("iv2 (lenient)");
    assertThat(b.resolvedFlags()).containsExactly("iv1 (harsh)");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunSummary run = new RunSummary("t", "t.yaml", "r", "2026-Q3", java.time.Instant.EPOCH, 1, 1, List.of(), Map.of(),
        Map.of(), List.of(), Map.of(), Map.of(), Map.of());
    WorkbookWriter.write(run, new WorkbookWriter.Extras(after, b, Map.of("Seed", "1"), Map.of()), now, new Charts(), out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      Sheet s = wb.getSheet("Summary");
      Row tech = find(s, "Technical depth (Krippendorff's α)");
      assertThat(tech.getCell(2).getNumericCellValue()).isEqualTo(0.60);
      assertThat(tech.getCell(4).getStringCellValue()).isEqualTo("act");
      assertThat(tech.getCell(7).getNumericCellValue()).isEqualTo(0.52);
      assertThat(tech.getCell(8).getNumericCellValue()).isCloseTo(0.08, org.assertj.core.data.Offset.offset(1e-12));
      assertThat(find(s, "New flags").getCell(1).getStringCellValue()).isEqualTo("iv2 (lenient)");
      assertThat(find(s, "Resolved flags").getCell(1).getStringCellValue()).isEqualTo("iv1 (harsh)");
      Row flagged = find(s, "Flagged harsh or lenient");
      assertThat(flagged.getCell(6).getHyperlink().getAddress()).isEqualTo("'Interviewers'!A1");
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      assertThat(wb.getSheet("Method")).isNotNull();
      for (Sheet sh : wb) {
        for (Row r : sh) {
          for (Cell c : r) {
            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  @Test
  void aBaselineFolderWithoutASummaryIsAUserError(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Baseline.read(dir.toString(), new Configuration()))
        .isInstanceOf(io.interviewcalibration.config.UserError.class)
        .hasMessage(dir + ": not a run folder of this job (no results/summary.csv)");
  }

  static Row find(Sheet s, String text) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
          return r;
        }
      }
    }
    throw new AssertionError("no cell " + text);
  }
}
