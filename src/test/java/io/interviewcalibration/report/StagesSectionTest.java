package io.interviewcalibration.report;

import static io.interviewcalibration.analysis.StagesAnalysis.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import io.interviewcalibration.analysis.StagesResult;
import io.interviewcalibration.analysis.StagesResult.CohortRow;
import io.interviewcalibration.analysis.StagesResult.Feedback;
import io.interviewcalibration.analysis.StagesResult.StageRow;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.stats.durations.Cohort;
import io.interviewcalibration.stats.durations.DayCount;
import io.interviewcalibration.stats.durations.DurationSketch;
import io.interviewcalibration.stats.durations.ExitReason;
import io.interviewcalibration.stats.durations.QuantileInterval;
import io.interviewcalibration.stats.durations.StageVisits;
import io.interviewcalibration.testing.TestJobs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Result files and the Stages sheet from hand-made results (no Spark): contract columns, notes for
 * small and empty groups, "fewer than N" in the workbook, export text as plain strings, and charts
 * embedded at their size. The sample job's minimum n is 30.
 */
class StagesSectionTest {
  private static final JobDefinition JOB = TestJobs.sampleQuarter();
  private static final String ODD_JOB = "=HYPERLINK(\"http://x\")";

  /** onsite: 40 completed stays of 11..50 days, 2 open; phone_screen: 5 completed (below min n); offer: open only. */
  private static StageRow onsite(String job, String period) {
    StageVisits v = StageVisits.create(10, DurationSketch.DEFAULT_EXACT_CAP);
    for (int i = 0; i < 40; i++) {
      v.addCompleted(11 + i, i % 4 == 0 ? ExitReason.REJECTED : ExitReason.ADVANCED);
    }
    v.addInProgress(3).addInProgress(60);
    DurationSketch fb = DurationSketch.create();
    for (int i = 0; i < 35; i++) {
      fb.addCompleted(2 + i);
    }
    return new StageRow(job, "onsite", period, 10, v.result(),
        QuantileInterval.of(v.durations(), 0.5, 0.95), QuantileInterval.of(v.durations(), 0.9, 0.95),
        new Feedback(36, 1, 0, fb.summary()));
  }

  private static StageRow phone(String job, String period) {
    StageVisits v = StageVisits.create(7, DurationSketch.DEFAULT_EXACT_CAP);
    for (int i = 1; i <= 5; i++) {
      v.addCompleted(i, ExitReason.ADVANCED);
    }
    return new StageRow(job, "phone_screen", period, 7, v.result(),
        QuantileInterval.of(v.durations(), 0.5, 0.95), QuantileInterval.of(v.durations(), 0.9, 0.95), null);
  }

  private static StageRow offer(String job, String period) {
    StageVisits v = StageVisits.create(7, DurationSketch.DEFAULT_EXACT_CAP).addInProgress(2);
    return new StageRow(job, "offer", period, 7, v.result(),
        QuantileInterval.of(v.durations(), 0.5, 0.95), QuantileInterval.of(v.durations(), 0.9, 0.95), null);
  }

  private static StagesResult result() {
    List<StageRow> stages = new ArrayList<>();
    for (String job : List.of(ODD_JOB, ALL)) {
      for (String period : List.of("2026-Q3", ALL)) {
        stages.addAll(List.of(phone(job, period), onsite(job, period), offer(job, period)));
      }
    }
    List<StageRow> byPeriod = List.of(phone(ALL, "2026-Q2"), onsite(ALL, "2026-Q2"), onsite(ALL, "2026-Q3"));
    List<String> order = JOB.stages().stream().map(s -> s.id()).toList();
    Cohort c = Cohort.create(order, 1000);
    for (int i = 0; i < 40; i++) {
      c.addCandidate(i < 20 ? List.of("phone_screen", "onsite") : List.of("phone_screen"));
      c.addDecided(ExitReason.REJECTED, 5 + i);
    }
    c.addActive(3);
    List<CohortRow> cohorts = new ArrayList<>();
    for (String job : List.of(ODD_JOB, ALL)) {
      cohorts.add(new CohortRow(job, ALL, c.candidates(), c.hired(), c.rejected(), c.withdrew(), c.active(),
          0, 0, 0, c.days().summary(), QuantileInterval.of(c.days(), 0.5, 0.95), c.funnel(order)));
    }
    return new StagesResult(Instant.parse("2026-09-30T23:00:00Z"), "latest timestamp", DayCount.CALENDAR,
        JOB.period(), order, List.of(), stages, byPeriod, cohorts, true, true);
  }

  private static List<Map<String, String>> csv(ResultTable t) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    List<String> head = Arrays.asList(lines[0].split(",", -1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      List<String> cells = splitCsv(lines[i]);
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (int c = 0; c < head.size(); c++) {
        m.put(head.get(c), cells.get(c));
      }
      rows.add(m);
    }
    return rows;
  }

  private static List<String> splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static Map<String, String> find(List<Map<String, String>> rows, String job, String stage, String period) {
    return rows.stream().filter(r -> r.get("job_id").equals(job) && r.get("stage").equals(stage)
        && r.get("period").equals(period)).findFirst().orElseThrow();
  }

  @Test
  void stagesCsvHasTheContractColumnsFirstAndNotesForSmallAndEmptyGroups() throws Exception {
    StagesSection section = new StagesSection(JOB, result());
    assertThat(section.tables()).extracting(ResultTable::name)
        .containsExactly("stages", "stages_by_period", "funnel", "time_to_decision");
    ResultTable stages = section.tables().get(0);
    assertThat(stages.columns().subList(0, 9)).containsExactly("job_id", "stage", "period", "n_visits",
        "n_in_progress", "p50_days", "p90_days", "mean_days", "pass_through_rate");
    assertThat(stages.columns()).contains("n_completed", "km_p50_days", "km_p90_days", "km_note",
        "rejected_share", "withdrawn_share", "sla_days", "sla_breaches", "sla_breach_rate", "p50_error_days",
        "feedback_p50_hours", "feedback_p90_hours", "note");
    List<Map<String, String>> rows = csv(stages);

    // onsite: 40 completed of 11..50 -> type 7 median h = 39 * 0.5 = 19.5 -> 30 + 0.5 = 30.5
    Map<String, String> onsite = find(rows, ALL, "onsite", ALL);
    assertThat(onsite.get("p50_days")).isEqualTo("30.5");
    assertThat(onsite.get("n_visits")).isEqualTo("42");
    assertThat(onsite.get("n_in_progress")).isEqualTo("2");
    // 30 of 40 advanced (every 4th rejected): pass-through 0.75; all 40 stays exceed the 10-day SLA
    assertThat(onsite.get("pass_through_rate")).isEqualTo("0.75");
    assertThat(onsite.get("sla_breaches")).isEqualTo("40");
    assertThat(onsite.get("note")).isEmpty();
    assertThat(onsite.get("feedback_note")).isEmpty();

    // phone screen: 5 completed < 30: the values stay, flagged
    Map<String, String> phone = find(rows, ALL, "phone_screen", ALL);
    assertThat(phone.get("p50_days")).isEqualTo("3");
    assertThat(phone.get("note")).contains("below_min_n");
    assertThat(phone.get("feedback_note")).isEqualTo("no_scorecards");

    // offer: only an open visit -> no completed figures, KM undefined with its reason
    Map<String, String> offer = find(rows, ALL, "offer", ALL);
    assertThat(offer.get("p50_days")).isEmpty();
    assertThat(offer.get("mean_days")).isEmpty();
    assertThat(offer.get("note")).contains("no_completed_visits");
    assertThat(offer.get("km_note")).isEqualTo("p50_all_censored;p90_all_censored");

    // text from exports gets the spreadsheet-safety quote in CSV
    assertThat(rows.stream().map(r -> r.get("job_id")).collect(Collectors.toSet())).contains("'" + ODD_JOB);
  }

  @Test
  void funnelAndTimeToDecisionFiles() throws Exception {
    StagesSection section = new StagesSection(JOB, result());
    List<Map<String, String>> funnel = csv(section.tables().get(2));
    Map<String, String> onsite = funnel.stream()
        .filter(r -> r.get("job_id").equals(ALL) && r.get("stage").equals("onsite")).findFirst().orElseThrow();
    // 20 of the 40 at the phone screen reached the onsite
    assertThat(onsite.get("n_previous")).isEqualTo("40");
    assertThat(onsite.get("conversion_rate")).isEqualTo("0.5");
    assertThat(onsite.get("note")).isEmpty();
    Map<String, String> offer = funnel.stream()
        .filter(r -> r.get("job_id").equals(ALL) && r.get("stage").equals("offer")).findFirst().orElseThrow();
    assertThat(offer.get("conversion_rate")).isEmpty();
    assertThat(offer.get("note")).isEqualTo("none_reached_previous");
    List<Map<String, String>> ttd = csv(section.tables().get(3));
    // 40 rejected after 5..44 days: median h = 19.5 -> 24.5
    assertThat(ttd.get(ttd.size() - 1).get("p50_days")).isEqualTo("24.5");
    assertThat(ttd.get(ttd.size() - 1).get("n_active")).isEqualTo("1");
  }

  @Test
  void sheetShowsFewerThanNTextCellsAndEmbeddedCharts() throws Exception {
    StagesSection section = new StagesSection(JOB, result());
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Charts charts = new Charts();
      section.writeSheets(wb, new Styles(wb), charts);
      XSSFSheet sheet = wb.getSheet("Stages");
      assertThat(sheet).isNotNull();
      Row phone = rowStartingWith(sheet, "Technical phone screen");
      assertThat(phone.getCell(4).getStringCellValue()).isEqualTo("fewer than 30");
      Row onsite = rowStartingWith(sheet, "Onsite / virtual loop");
      assertThat(onsite.getCell(4).getNumericCellValue()).isEqualTo(30.5);
      Row odd = rowStartingWith(sheet, ODD_JOB);
      assertThat(odd.getCell(0).getCellType()).as("export text is a string, never a formula").isEqualTo(CellType.STRING);
      assertThat(section.finding()).startsWith("Onsite / virtual loop is the slowest stage: median 30.5 days");
      assertThat(charts.pngs().keySet()).containsExactly("stages_days.png", "stages_funnel.png", "stages_by_period.png");
      List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream()
          .map(XSSFPicture.class::cast).toList();
      assertThat(pictures).hasSize(3);
      for (XSSFPicture p : pictures) {
        XSSFClientAnchor a = p.getClientAnchor();
        assertThat((int) a.getCol2()).as("a chart spans several columns").isGreaterThan(a.getCol1() + 3);
        assertThat(a.getRow2()).as("and several rows").isGreaterThan(a.getRow1() + 10);
      }
    }
  }

  @Test
  void aWindowWithoutVisitsSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
    List<String> order = JOB.stages().stream().map(s -> s.id()).toList();
    StagesResult empty = new StagesResult(Instant.parse("2026-09-30T23:00:00Z"), "latest timestamp",
        DayCount.CALENDAR, JOB.period(), order, List.of(), List.of(), List.of(), List.of(), false, false);
    StagesSection section = new StagesSection(JOB, empty);
    assertThat(section.tables()).allSatisfy(t -> assertThat(t.rows()).isEmpty());
    assertThat(section.finding()).isEqualTo("No stage visits were entered in the window (2026-07-01..2026-09-30).");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Charts charts = new Charts();
      section.writeSheets(wb, new Styles(wb), charts);
      assertThat(charts.pngs()).isEmpty();
      assertThat(rowStartingWith(wb.getSheet("Stages"), "Onsite / virtual loop").getCell(4).getStringCellValue())
          .isEqualTo("no visits");
    }
  }

  private static Row rowStartingWith(XSSFSheet sheet, String text) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().strip().equals(text)) {
        return r;
      }
    }
    throw new AssertionError("no row " + text);
  }
}
