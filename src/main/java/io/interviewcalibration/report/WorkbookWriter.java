package io.interviewcalibration.report;

import io.interviewcalibration.ingest.InputCounts;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes workbook.xlsx: a Summary sheet first and a Data quality sheet. */
public final class WorkbookWriter {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  /** Rejected rows shown on the Data quality sheet; all of them are in results/rejects.csv. */
  public static final int REJECTS_SHOWN = 50;

  private WorkbookWriter() {}

  /**
   * What the Summary and Method sheets need beyond the run's counts.
   *
   * @param summary headline figures, findings and actions (null: counts only)
   * @param baseline an earlier run to compare with, or null
   * @param settings the run's settings, in words
   * @param checksums checksum (or why none) per input file
   */
  public record Extras(Summary summary, Baseline baseline, Map<String, String> settings, Map<String, String> checksums) {
    public static Extras none() {
      return new Extras(null, null, Map.of(), Map.of());
    }
  }

  /** Writes the workbook without findings (see {@link #write(RunSummary, Extras, List, Charts, OutputStream)}). */
  public static void write(RunSummary run, List<Section> sections, Charts charts, OutputStream out) throws IOException {
    write(run, Extras.none(), sections, charts, out);
  }

  /**
   * Writes the workbook: Summary, then each section's sheets in order, then Data quality and
   * Method. The Summary is filled last, so that its links find their sheets. Charts are rendered
   * into {@code charts} for the run folder's {@code charts/}.
   */
  public static void write(RunSummary run, Extras extras, List<Section> sections, Charts charts, OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      Sheet summarySheet = wb.createSheet("Summary");
      for (Section section : sections) {
        section.writeSheets(wb, st, charts);
      }
      dataQuality(wb.createSheet("Data quality"), st, run);
      MethodSheet.write(wb.createSheet("Method"), st, run, extras.settings(), extras.checksums());
      summary(wb, summarySheet, st, run, extras);
      new Layout(wb, st).apply();
      wb.write(out);
    }
  }

  private static void summary(XSSFWorkbook wb, Sheet sheet, Styles st, RunSummary run, Extras extras) {
    SheetWriter w = new SheetWriter(sheet, st);
    w.line(st.title, "Interview calibration: " + run.job());
    w.line(st.note, "Rubric: " + run.rubric() + " · analysis window: " + run.period()
        + " · run " + WHEN.format(run.started())
        + (extras.baseline() == null ? "" : " · compared with run " + extras.baseline().label()));
    w.skip(1);
    if (extras.summary() != null) {
      new SummarySheet(wb, st).write(w, extras.summary(), extras.baseline());
      w.skip(1);
    }
    w.line(st.subtitle, "Inputs");
    if (extras.summary() != null) {
      // text in the wide second column, counts in the narrow ones
      w.header(List.of("Input", "Files", "Rows read", "Accepted", "Rejected", "Excluded", "Used"));
      for (InputCounts c : run.inputs()) {
        w.values(List.of(c.input(), c.files().size() == 1 ? "1 file" : c.files().size() + " files", c.read(),
            c.accepted(), c.rejected(), c.excluded(), c.accepted() - c.excluded()));
      }
    } else {
      w.header(List.of("Input", "Rows read", "Accepted", "Rejected", "Excluded", "Used", "Files"));
      for (InputCounts c : run.inputs()) {
        w.values(List.of(c.input(), c.read(), c.accepted(), c.rejected(), c.excluded(),
            c.accepted() - c.excluded(), c.files().size()));
      }
    }
    for (Map.Entry<String, String> e : run.absent().entrySet()) {
      w.values(List.of(e.getKey(), "not given: " + e.getValue()));
    }
    w.skip(1);
    w.line(st.note, "Rows read = accepted + rejected. Excluded rows were accepted but left out of"
        + " calibration (see Data quality). Every rejected row is listed in results/rejects.csv.");
    w.skip(1);
    w.line(st.subtitle, "Run");
    w.values(List.of("Job definition", run.jobFile()));
    w.values(List.of("Seed", String.valueOf(run.seed())));
    w.values(List.of("Run time (s)", round1(run.seconds())));
    if (extras.summary() != null) {
      w.widths(SummarySheet.WIDTHS);
    } else {
      w.widths(26, 14, 12, 12, 12, 12, 10);
    }
  }

  private static void dataQuality(Sheet sheet, Styles st, RunSummary run) {
    SheetWriter w = new SheetWriter(sheet, st);
    w.line(st.title, "Data quality");
    w.line(st.note, "What was rejected or excluded, by input and reason.");
    w.skip(1);
    w.header(List.of("Input", "Outcome", "Reason", "Rows", "Share of rows read"));
    for (InputCounts c : run.inputs()) {
      w.values(List.of(c.input(), "accepted and used", "", c.accepted() - c.excluded(),
          share(c.accepted() - c.excluded(), c.read())), null, null, null, null, st.percent);
      c.excludedByReason().forEach((reason, n) ->
          w.values(List.of(c.input(), "excluded", reason, n, share(n, c.read())), null, null, null, null, st.percent));
      c.rejectedByReason().forEach((reason, n) ->
          w.values(List.of(c.input(), "rejected", reason, n, share(n, c.read())), null, null, null, null, st.percent));
    }
    if (!run.unknownStages().isEmpty()) {
      w.skip(1);
      w.line(st.subtitle, "Stages not in the job's stage order");
      w.line(st.note, "Kept, and placed after the known stages.");
      run.unknownStages().forEach((input, stages) -> w.values(List.of(input, String.join(", ", stages))));
    }
    w.skip(1);
    w.line(st.subtitle, "First rejected rows");
    w.line(st.note, "Up to " + REJECTS_SHOWN + " rows; candidate ids are hidden here; every rejected row is in results/rejects.csv.");
    w.header(List.of("Input", "Line", "Reason", "Column", "Value", "File"));
    for (List<String> r : run.firstRejects()) {
      List<Object> cells = new ArrayList<>();
      cells.add(r.get(0));
      cells.add(Long.parseLong(r.get(1)));
      cells.add(r.get(4));
      cells.add(r.get(2));
      cells.add("candidate_id".equals(r.get(2)) ? "(hidden)" : r.get(3));
      cells.add(fileName(r.get(5)));
      w.values(cells);
    }
    w.widths(14, 18, 28, 22, 24, 30);
  }

  private static String fileName(String path) {
    if (path == null) {
      return null;
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static double share(long n, long of) {
    return of == 0 ? Double.NaN : (double) n / of;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
