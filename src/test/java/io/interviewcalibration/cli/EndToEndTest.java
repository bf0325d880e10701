package io.interviewcalibration.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviewcalibration.analysis.CalibrationRun;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.report.Charts;
import io.interviewcalibration.report.ResultTable;
import io.interviewcalibration.report.Section;
import io.interviewcalibration.report.Styles;
import io.interviewcalibration.spark.SparkSessions;
import io.interviewcalibration.testing.CsvRead;
import io.interviewcalibration.testing.TestJobs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command on a small generated dataset: every file of the run folder, and failures. */
class EndToEndTest {
  @TempDir static Path dir;
  static Path data;
  static Path reports;
  static CalibrateTest.Outcome first;

  @BeforeAll
  static void runOnce() throws IOException {
    data = dir.resolve("data");
    reports = dir.resolve("reports");
    assertThat(CalibrateTest.run("generate", "--out", data.toString(), "--candidates", "150", "--seed", "5").code()).isZero();
    // one bad row: a competency the rubric does not have, appended as the last record
    long records = Files.readAllLines(data.resolve("scorecards.csv")).size() - 1;
    Files.writeString(data.resolve("scorecards.csv"),
        "SCX,INTX,C999999,ai-engineer,onsite,=cmd|' /C calc'!A0,interviewer,2026-08-01T10:00:00Z,2026-08-01T12:00:00Z,,,=charisma,3,yes,high,,\n",
        StandardOpenOption.APPEND);
    first = CalibrateTest.run("run", "jobs/sample-quarter.yaml", "--period", "all",
        "--scorecards", data.resolve("scorecards.csv").toString(),
        "--stages", data.resolve("stages.csv").toString(),
        "--outcomes", data.resolve("outcomes.csv").toString(),
        "--out", reports.toString(), "--master", "local[2]");
    assertThat(first.err()).isEmpty();
    assertThat(first.code()).isZero();
    assertThat(records).isPositive();
  }

  static Path runFolder(CalibrateTest.Outcome o) {
    String[] lines = o.out().strip().split("\\R");
    String last = lines[lines.length - 1];
    assertThat(last).contains("run folder: ");
    String path = last.substring(last.indexOf("run folder: ") + 12, last.indexOf(" ("));
    return Path.of(path.replaceFirst("^file:", ""));
  }

  @Test
  void theRunFolderHoldsEveryFile() throws IOException {
    Path run = runFolder(first);
    assertThat(run.getParent().getFileName().toString()).isEqualTo("sample-quarter");
    assertThat(run.resolve("workbook.xlsx")).isNotEmptyFile();
    assertThat(run.resolve("run.json")).isNotEmptyFile();
    assertThat(run.resolve("results/rejects.csv")).isNotEmptyFile();
    // progress: one line per step with elapsed seconds, then the run folder
    assertThat(first.out()).contains("read and validated scorecards", "read and validated stages",
        "read and validated outcomes", "wrote workbook.xlsx");
    try (Stream<Path> files = Files.list(run.getParent())) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith("."))).as("no staging left").isEmpty();
    }
  }

  @Test
  void rejectsNameTheRecordAndAreSafeInSpreadsheets() throws IOException {
    Path run = runFolder(first);
    List<Map<String, String>> rejects = CsvRead.rows(run.resolve("results/rejects.csv"));
    long records = Files.readString(data.resolve("scorecards.csv")).lines().count() - 1;
    assertThat(rejects).hasSize(1);
    Map<String, String> r = rejects.get(0);
    assertThat(r).containsEntry("input", "scorecards").containsEntry("column", "competency")
        .containsEntry("reason", "unknown_competency").containsEntry("value", "'=charisma")
        .containsEntry("line", String.valueOf(records));
    assertThat(r.get("file")).endsWith("scorecards.csv");
  }

  @Test
  void runJsonCountsEveryRow() throws IOException {
    JsonNode json = new ObjectMapper().readTree(runFolder(first).resolve("run.json").toFile());
    assertThat(json.get("inputs")).hasSize(3);
    for (JsonNode in : json.get("inputs")) {
      assertThat(in.get("rows_read").asLong()).isEqualTo(in.get("rows_accepted").asLong() + in.get("rows_rejected").asLong());
    }
    JsonNode sc = json.get("inputs").get(0);
    assertThat(sc.get("input").asText()).isEqualTo("scorecards");
    assertThat(sc.get("rows_read").asLong()).isEqualTo(Files.readString(data.resolve("scorecards.csv")).lines().count() - 1);
    assertThat(sc.get("rejected_by_reason").get("unknown_competency").asLong()).isEqualTo(1);
    assertThat(sc.get("excluded_by_reason").get("shadow_interviewer").asLong()).isPositive();
    assertThat(json.get("seed").asLong()).isEqualTo(20261122L);
    assertThat(json.get("step_seconds").has("read_validate_scorecards")).isTrue();
    assertThat(json.get("versions").get("spark").asText()).startsWith("4.1");
  }

  @Test
  void theWorkbookHasSummaryAndDataQualityAndHidesCandidateIds() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(runFolder(first).resolve("workbook.xlsx")))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      assertThat(wb.getSheet("Data quality")).isNotNull();
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Interview calibration: sample-quarter");
      StringBuilder all = new StringBuilder();
      wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('\n'))));
      assertThat(all).doesNotContain("C000001", "C999999");
      assertThat(all).contains("unknown_competency", "=charisma");
    }
  }

  @Test
  void everySheetReadsBackInOrderAndTheSummaryMatchesItsResultsFile() throws IOException {
    Path run = runFolder(first);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.resolve("workbook.xlsx")))) {
      List<String> names = new java.util.ArrayList<>();
      wb.forEach(sh -> names.add(sh.getSheetName()));
      assertThat(names).containsExactly("Summary", "Agreement", "Interviewers", "Drift", "Validity", "Stages",
          "Data quality", "Method");
      // each detail sheet opens with its title and links back to the Summary
      assertThat(wb.getSheet("Agreement").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Do interviewers agree?");
      assertThat(wb.getSheet("Validity").getRow(0).getCell(0).getStringCellValue()).startsWith("Validity:");
      assertThat(wb.getSheet("Stages").getRow(0).getCell(0).getStringCellValue()).startsWith("Stages:");
      assertThat(wb.getSheet("Method").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Method");
      for (String detail : names.subList(1, names.size())) {
        org.apache.poi.ss.usermodel.Row title = wb.getSheet(detail).getRow(0);
        boolean back = false;
        for (org.apache.poi.ss.usermodel.Cell c : title) {
          back |= c.getHyperlink() != null && c.getHyperlink().getAddress().equals("'Summary'!A1");
        }
        assertThat(back).as(detail + " links back to the Summary").isTrue();
      }
      // every headline of results/summary.csv is on the Summary sheet with the same value
      List<List<String>> summary = io.interviewcalibration.util.Csv.records(Files.readString(run.resolve("results/summary.csv")));
      assertThat(summary.get(0)).startsWith("key", "area", "figure", "value");
      assertThat(summary).hasSizeGreaterThan(5);
      org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Summary");
      for (List<String> h : summary.subList(1, summary.size())) {
        org.apache.poi.ss.usermodel.Row row = null;
        for (org.apache.poi.ss.usermodel.Row r : sheet) {
          if (r.getCell(1) != null && r.getCell(1).toString().equals(h.get(2)) && r.getCell(0).toString().equals(h.get(1))) {
            row = r;
          }
        }
        assertThat(row).as(h.get(2)).isNotNull();
        if (!h.get(3).isEmpty()) {
          assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(Double.parseDouble(h.get(3)));
        }
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(h.get(7));
      }
      // settings and files on the Method sheet
      StringBuilder method = new StringBuilder();
      wb.getSheet("Method").forEach(r -> r.forEach(c -> method.append(c).append('\n')));
      assertThat(method).contains("Krippendorff's alpha", "Bootstrap replicates (B)", "sha256:");
    }
  }

  @Test
  void userErrorsInInputsStopTheRunWithOneLineAndNoFolder() throws IOException {
    Path job = dir.resolve("stages-only.yaml");
    Files.writeString(job, "name: t\nrubric: {scale: {min: 0, max: 5}, competencies: [{id: a, weight: 100}]}\n");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "candidate_id,stage\nC1,onsite\n");
    CalibrateTest.Outcome o = CalibrateTest.run("run", job.toString(), "--stages", bad.toString(),
        "--out", dir.resolve("bad-reports").toString(), "--master", "local[2]");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).matches("calibrate: file:\\S*bad\\.csv: missing required stages column 'entered_at'\\R");
    Path gz = dir.resolve("broken.csv.gz");
    Files.writeString(gz, "this is not gzip");
    o = CalibrateTest.run("run", job.toString(), "--outcomes", gz.toString(),
        "--out", dir.resolve("bad-reports").toString(), "--master", "local[2]");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).startsWith("calibrate: file:").contains("broken.csv.gz: cannot read").hasLineCount(1);
    assertThat(dir.resolve("bad-reports")).doesNotExist();
  }

  @Test
  void aFailedRunLeavesNoPartialFolderAndEarlierRunsIntact() throws IOException {
    Path jobFolder = runFolder(first).getParent();
    List<Path> before;
    try (Stream<Path> s = Files.list(jobFolder)) {
      before = s.toList();
    }
    JobDefinition job = TestJobs.sampleQuarter()
        .withInputs(TestJobs.sampleQuarter().inputs().withScorecards(data.resolve("scorecards.csv").toString())
            .withStages(null).withOutcomes(null))
        .withOutput(reports.toString());
    SparkSession spark = SparkSessions.start("local[2]");
    try {
      CalibrationRun failing = new CalibrationRun(spark, job, new Progress(new PrintWriter(new StringWriter()))) {
        @Override
        protected List<Section> analyses(Map<InputKind, Ingested> ingested) {
          List<Section> s = new ArrayList<>(super.analyses(ingested));
          s.add(new Section() {
            @Override
            public List<ResultTable> tables() {
              return List.of();
            }

            @Override
            public void writeSheets(XSSFWorkbook wb, Styles styles, Charts charts) {
              throw new IllegalStateException("planted failure while writing the workbook");
            }
          });
          return s;
        }
      };
      assertThatThrownBy(failing::run).hasMessage("planted failure while writing the workbook");
    } finally {
      spark.stop();
    }
    try (Stream<Path> s = Files.list(jobFolder)) {
      assertThat(s.toList()).containsExactlyInAnyOrderElementsOf(before);
    }
    assertThat(runFolder(first).resolve("workbook.xlsx")).isNotEmptyFile();
  }
}
