package io.interviewcalibration.report;

import io.interviewcalibration.stats.severity.CompetencyBias;
import io.interviewcalibration.stats.severity.DriftFinding;
import io.interviewcalibration.stats.severity.InterviewerFinding;
import io.interviewcalibration.stats.severity.PeriodSeverity;
import io.interviewcalibration.stats.severity.RaterIndicators;
import io.interviewcalibration.stats.severity.SeverityEstimate;
import io.interviewcalibration.stats.severity.SeverityFindings;
import io.interviewcalibration.stats.severity.SeverityFlag;
import io.interviewcalibration.stats.severity.VarianceComponents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Results and sheets of the interviewer analysis: {@code results/interviewers.csv},
 * {@code results/drift.csv}, {@code results/interviewer_competency_bias.csv}, and the
 * "Interviewers" and "Drift" sheets. Takes result records only.
 */
public final class InterviewersSection implements Section {
  /** Pooled over interviewers or periods (CONTRACT.md). */
  static final String ALL = "ALL";
  /**
   * Height of one default spreadsheet row in pixels (15 pt at 96 dpi), to leave room under a
   * chart: {@link Charts#place} shows a chart of nominal height h at h pixels.
   */

  /**
   * What the section needs besides the findings.
   *
   * @param window the analysis window as readers know it (e.g. {@code 2026-Q3})
   * @param latestPeriod the latest period of drift
   * @param minScorecards fewest scorecards before a figure is shown
   * @param severityPoints smallest flagged severity or drift
   * @param feedbackHours feedback latency target
   * @param outcomesGiven whether the outcomes input was given
   * @param fdr false-discovery rate of the drift and bias flags
   * @param competencyLabels competency id → label, in rubric order
   */
  public record Context(String window, String latestPeriod, int minScorecards, double severityPoints,
      double feedbackHours, boolean outcomesGiven, double fdr, Map<String, String> competencyLabels) {}

  private final SeverityFindings f;
  private final Context c;
  private final Map<String, Object> runInfo;

  public InterviewersSection(SeverityFindings findings, Context context, Map<String, Object> runInfo) {
    this.f = findings;
    this.c = context;
    this.runInfo = runInfo;
  }

  /** The findings behind the section. */
  public SeverityFindings findings() {
    return f;
  }

  @Override
  public Map<String, Object> runInfo() {
    return Map.of("severity", runInfo);
  }

  // ---------------------------------------------------------------- result files

  @Override
  public List<ResultTable> tables() {
    return List.of(interviewersTable(), driftTable(), biasTable());
  }

  static final List<String> INTERVIEWER_COLUMNS = List.of("interviewer_id", "n_scorecards", "n_candidates",
      "mean_rating", "severity", "severity_se", "ci_low", "ci_high", "flag", "n_ratings", "n_model_scorecards",
      "rating_sd", "halo_r", "n_calls", "pass_rate", "pass_rate_expected", "pass_rate_adjusted",
      "n_calls_adjusted", "panel_agreement", "n_panel_pairs", "decision_agreement", "n_decisions",
      "latency_median_hours", "latency_p90_hours", "latency_within_target", "n_latencies", "no_evidence_share",
      "n_extreme_ratings", "extreme_no_evidence_share", "note");

  private ResultTable interviewersTable() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(indicatorRow(ALL, null, f.team(), teamNote()));
    for (InterviewerFinding x : f.interviewers()) {
      rows.add(indicatorRow(x.interviewer(), x.severity(), x.indicators(), note(x)));
    }
    return new ResultTable("interviewers", INTERVIEWER_COLUMNS, rows, Set.of("interviewer_id"));
  }

  private String teamNote() {
    List<String> notes = new ArrayList<>();
    if (!f.evidenceExported()) {
      notes.add("evidence_not_exported");
    }
    if (!c.outcomesGiven()) {
      notes.add("no_outcomes");
    }
    return notes.isEmpty() ? null : String.join(";", notes);
  }

  private String note(InterviewerFinding x) {
    List<String> notes = new ArrayList<>();
    if (x.note() != null) {
      notes.add(x.note());
    }
    String team = teamNote();
    if (team != null) {
      notes.add(team);
    }
    return notes.isEmpty() ? null : String.join(";", notes);
  }

  private static List<Object> indicatorRow(String id, SeverityEstimate s, RaterIndicators i, String note) {
    List<Object> r = new ArrayList<>();
    r.add(id);
    r.add(i.scorecards());
    r.add(i.candidates());
    r.add(i.meanRating());
    r.add(s == null ? null : s.severity());
    r.add(s == null ? null : s.se());
    r.add(s == null ? null : s.low());
    r.add(s == null ? null : s.high());
    r.add(s == null ? null : s.flag().id());
    r.add(i.ratings());
    r.add(s == null ? null : s.scorecards());
    r.add(i.ratingSd());
    r.add(i.halo());
    r.add(i.calls());
    r.add(i.passRate());
    r.add(i.expectedPassRate());
    r.add(i.adjustedPassRate());
    r.add(i.strengthCalls());
    r.add(i.panelAgreement());
    r.add(i.panelPairs());
    r.add(i.decisionAgreement());
    r.add(i.decisions());
    r.add(i.latencyMedianHours());
    r.add(i.latencyP90Hours());
    r.add(i.latencyWithinTarget());
    r.add(i.latencies());
    r.add(i.noEvidenceShare());
    r.add(i.extremeRatings());
    r.add(i.extremeNoEvidenceShare());
    r.add(note);
    return r;
  }

  static final List<String> DRIFT_COLUMNS = List.of("interviewer_id", "period", "severity", "severity_se",
      "n_scorecards", "ci_low", "ci_high", "slope_per_period", "slope_se", "slope_ci_low", "slope_ci_high", "slope_p",
      "slope_q", "fitted_change", "baseline", "baseline_se", "latest_shift", "latest_shift_z", "latest_shift_p",
      "latest_shift_q", "rule", "flag", "n_periods", "note");

  private ResultTable driftTable() {
    Map<String, DriftFinding> drift = new LinkedHashMap<>();
    f.drift().forEach(d -> drift.put(d.interviewer(), d));
    Map<String, List<PeriodSeverity>> periods = new TreeMap<>();
    f.periods().forEach(p -> periods.computeIfAbsent(p.interviewer(), k -> new ArrayList<>()).add(p));
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, List<PeriodSeverity>> e : periods.entrySet()) {
      String id = e.getKey();
      long total = 0;
      for (PeriodSeverity p : e.getValue()) {
        total += p.scorecards();
        rows.add(driftRow(id, p.period(), p.severity(), p.se(), p.scorecards(), p.low(), p.high(), null, p.note()));
      }
      SeverityEstimate pooled = f.pooled().get(id);
      DriftFinding d = drift.get(id);
      if (pooled == null) {
        rows.add(driftRow(id, ALL, Double.NaN, Double.NaN, total, Double.NaN, Double.NaN, d, "not_connected"));
      } else {
        rows.add(driftRow(id, ALL, pooled.severity(), pooled.se(), pooled.scorecards(), pooled.low(), pooled.high(), d,
            d != null && d.note() != null ? d.note() : null));
      }
    }
    return new ResultTable("drift", DRIFT_COLUMNS, rows, Set.of("interviewer_id"));
  }

  private static List<Object> driftRow(String id, String period, double sev, double se, long n, double low,
      double high, DriftFinding d, String note) {
    List<Object> r = new ArrayList<>();
    r.add(id);
    r.add(period);
    r.add(sev);
    r.add(se);
    r.add(n);
    r.add(low);
    r.add(high);
    if (d == null) {
      for (int i = 0; i < 16; i++) {
        r.add(null);
      }
    } else {
      r.add(d.slope());
      r.add(d.slopeSe());
      r.add(d.slopeLow());
      r.add(d.slopeHigh());
      r.add(d.slopeP());
      r.add(d.slopeQ());
      r.add(d.change());
      r.add(d.baseline());
      r.add(d.baselineSe());
      r.add(d.shift());
      r.add(d.shiftZ());
      r.add(d.shiftP());
      r.add(d.shiftQ());
      r.add(d.rule().id());
      r.add(d.flag());
      r.add(d.periods());
    }
    r.add(note);
    return r;
  }

  static final List<String> BIAS_COLUMNS = List.of("interviewer_id", "competency", "n_ratings", "bias", "bias_se",
      "t", "p_value", "q_value", "flag", "note");

  private ResultTable biasTable() {
    List<List<Object>> rows = new ArrayList<>();
    for (CompetencyBias b : f.bias()) {
      rows.add(new ArrayList<>(java.util.Arrays.asList(b.interviewer(), b.competency(), b.ratings(), b.bias(), b.se(),
          b.t(), b.p(), b.q(), b.flag(), b.note())));
    }
    return new ResultTable("interviewer_competency_bias", BIAS_COLUMNS, rows, Set.of("interviewer_id"));
  }

  // ---------------------------------------------------------------- sheets

  /** Styles of this section, created once per workbook. */
  private static final class Local {
    final XSSFCellStyle harsh;
    final XSSFCellStyle lenient;
    final XSSFCellStyle bold;
    final XSSFCellStyle boldDecimal;
    final XSSFCellStyle boldPercent;
    final XSSFCellStyle hours;
    final XSSFCellStyle muted;
    final XSSFCellStyle mutedRight;

    Local(XSSFWorkbook wb, Styles st) {
      harsh = fill(wb, new byte[] {(byte) 0xF6, (byte) 0xD5, (byte) 0xBF});
      lenient = fill(wb, new byte[] {(byte) 0xBF, (byte) 0xDC, (byte) 0xEC});
      Font b = wb.createFont();
      b.setBold(true);
      bold = wb.createCellStyle();
      bold.setFont(b);
      boldDecimal = wb.createCellStyle();
      boldDecimal.cloneStyleFrom(st.decimal);
      boldDecimal.setFont(b);
      boldPercent = wb.createCellStyle();
      boldPercent.cloneStyleFrom(st.percent);
      boldPercent.setFont(b);
      hours = wb.createCellStyle();
      hours.setDataFormat(wb.createDataFormat().getFormat("0.0"));
      Font grey = wb.createFont();
      grey.setItalic(true);
      grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
      muted = wb.createCellStyle();
      muted.setFont(grey);
      muted.setIndention((short) 1);
      mutedRight = wb.createCellStyle();
      mutedRight.setFont(grey);
      mutedRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
    }

    private static XSSFCellStyle fill(XSSFWorkbook wb, byte[] rgb) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFillForegroundColor(new XSSFColor(rgb, null));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return s;
    }
  }

  @Override
  public void writeSheets(XSSFWorkbook wb, Styles st, Charts charts) throws IOException {
    Local local = new Local(wb, st);
    interviewersSheet(wb.createSheet("Interviewers"), st, local, charts);
    driftSheet(wb.createSheet("Drift"), st, local, charts);
  }

  private String fewer() {
    return "fewer than " + c.minScorecards() + " scorecards";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A number as readers write it: no decimals when whole. */
  private static String plain(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private void interviewersSheet(XSSFSheet sheet, Styles st, Local local, Charts charts) throws IOException {
    SheetWriter w = new SheetWriter(sheet, st);
    w.widths(13, 13, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12);
    List<InterviewerFinding> compared = f.interviewers().stream()
        .filter(x -> x.severity().estimated() && x.severity().flag() != SeverityFlag.INSUFFICIENT_DATA).toList();
    List<String> harsh = compared.stream().filter(x -> x.severity().flag() == SeverityFlag.HARSH)
        .map(InterviewerFinding::interviewer).toList();
    List<String> lenient = compared.stream().filter(x -> x.severity().flag() == SeverityFlag.LENIENT)
        .map(InterviewerFinding::interviewer).toList();
    long few = f.interviewers().stream().filter(x -> x.severity().flag() == SeverityFlag.INSUFFICIENT_DATA
        || "below_min_n".equals(x.note())).count();
    long notConnected = f.interviewers().stream().filter(x -> "not_connected".equals(x.note())).count();
    String finding = harsh.size() + " harsh and " + lenient.size() + " lenient of " + compared.size()
        + " interviewers compared in " + c.window();
    w.line(st.title, "Interviewers: " + finding);
    if (!f.windowFit().defined()) {
      note(w, st, "The severity model could not be fitted (" + f.windowFit().reason() + ").", 13);
    }
    note(w, st, "Severity is in rating points, adjusted for the candidates each interviewer saw: positive = rates"
        + " the same candidates lower than the average interviewer. Flagged when |severity| ≥ " + fmt(c.severityPoints())
        + " and the 95% interval excludes 0. Interviewers with " + fewer() + " are not compared (" + few + ")"
        + (notConnected > 0 ? "; " + notConnected + " share no candidates with the main group and are not compared" : "")
        + ".", 13);
    if (!harsh.isEmpty() || !lenient.isEmpty()) {
      w.line(st.label, "Harsh: " + (harsh.isEmpty() ? "none" : String.join(", ", harsh)) + ".   Lenient: "
          + (lenient.isEmpty() ? "none" : String.join(", ", lenient)) + ".");
    }
    w.skip(1);

    List<InterviewerFinding> ranked = new ArrayList<>(compared);
    ranked.sort(Comparator.comparingDouble((InterviewerFinding x) -> -x.severity().severity())
        .thenComparing(InterviewerFinding::interviewer));
    if (!ranked.isEmpty()) {
      List<SeverityCharts.Point> pts = new ArrayList<>();
      for (InterviewerFinding x : ranked) {
        SeverityEstimate s = x.severity();
        int g = s.flag() == SeverityFlag.HARSH ? 0 : s.flag() == SeverityFlag.LENIENT ? 1 : 2;
        pts.add(new SeverityCharts.Point(x.interviewer(), s.severity(), SeverityEstimate.Z95 * s.se(), g));
      }
      int height = Math.max(260, 14 * ranked.size() + 120);
      String sub = "Adjusted for the candidates each interviewer saw; dashed lines at ±" + fmt(c.severityPoints())
          + " rating points; " + few + " interviewers with " + fewer() + " not shown";
      w.skip(charts.place(sheet, "interviewer_severity", SeverityCharts.caterpillar(chartTitle(harsh, lenient), sub,
          pts, c.severityPoints()), w.rowIndex(), 0, 640, height));
    }

    w.line(st.subtitle, "Severity, ranked from harshest to most lenient (" + c.window() + ")");
    header(w, List.of("Rank", "Interviewer", "Scorecards", "Candidates", "Mean rating (raw)", "Severity",
        "95% interval low", "95% interval high", "Flag", "Note"));
    int rank = 0;
    for (InterviewerFinding x : ranked) {
      SeverityEstimate s = x.severity();
      rank++;
      w.values(List.of(rank, x.interviewer(), x.indicators().scorecards(), x.indicators().candidates(),
          x.indicators().meanRating(), s.severity(), s.low(), s.high(), s.flag().id(), x.note() == null ? "" : x.note()));
      if (s.flag() == SeverityFlag.HARSH || s.flag() == SeverityFlag.LENIENT) {
        highlight(sheet, w.rowIndex() - 1, 8, s.flag() == SeverityFlag.HARSH ? local.harsh : local.lenient);
      }
    }
    for (InterviewerFinding x : f.interviewers()) {
      if (ranked.contains(x)) {
        continue;
      }
      String why = "not_connected".equals(x.note()) ? "shares no candidates with the main group"
          : "no_ratings".equals(x.note()) ? "no ratings" : fewer();
      w.values(List.of("", x.interviewer(), x.indicators().scorecards(), x.indicators().candidates(), why, "", "", "",
          x.severity().flag().id(), x.note() == null ? "" : x.note()));
      styleCell(w, 4, local.muted);
    }
    w.skip(1);

    indicators(w, st, local);
    w.skip(1);
    bias(w, st);
    w.skip(1);
    method(w, st);
  }

  /**
   * A note across the first {@code columns} columns: merged, wrapped, and as tall as its text
   * needs (the column widths must be set already).
   */
  private static void note(SheetWriter w, Styles st, String text, int columns) {
    int row = w.rowIndex();
    w.line(st.note, text);
    Sheet sheet = w.sheet();
    double chars = 0;
    for (int i = 0; i < columns; i++) {
      chars += sheet.getColumnWidth(i) / 256.0;
    }
    int lines = (int) Math.ceil(text.length() * 1.05 / Math.max(20, chars));
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
    }
    sheet.getRow(row).setHeightInPoints((float) (13.5 * Math.max(1, lines) + 2));
  }

  /** A header row, two lines tall when a name is longer than its column. */
  private static void header(SheetWriter w, List<String> names) {
    int row = w.rowIndex();
    w.header(names);
    Sheet sheet = w.sheet();
    boolean wraps = false;
    for (int i = 0; i < names.size(); i++) {
      wraps |= names.get(i).length() + 1 > sheet.getColumnWidth(i) / 256.0;
    }
    if (wraps) {
      sheet.getRow(row).setHeightInPoints(30);
    }
  }

  /** Sets the style of a cell of the row just written. */
  private static void styleCell(SheetWriter w, int col, CellStyle style) {
    var r = w.sheet().getRow(w.rowIndex() - 1);
    if (r != null && r.getCell(col) != null) {
      r.getCell(col).setCellStyle(style);
    }
  }

  private static void highlight(XSSFSheet sheet, int row, int col, CellStyle style) {
    var r = sheet.getRow(row);
    if (r != null && r.getCell(col) != null) {
      r.getCell(col).setCellStyle(style);
    }
  }

  private String chartTitle(List<String> harsh, List<String> lenient) {
    if (harsh.isEmpty() && lenient.isEmpty()) {
      return "No interviewer is harsh or lenient beyond ±" + fmt(c.severityPoints()) + " points in " + c.window();
    }
    return harsh.size() + " harsh and " + lenient.size() + " lenient interviewers in " + c.window();
  }

  private void indicators(SheetWriter w, Styles st, Local local) {
    w.line(st.subtitle, "Rater-error indicators against the team (" + c.window() + ")");
    note(w, st, "Spread: SD of the ratings (low = central tendency). Halo: mean correlation between competencies"
        + " within a scorecard (team: pooled within interviewers). Pass rate: yes or strong_yes calls; adjusted = team"
        + " rate + observed − expected for the same stages and candidate strength. Panel agreement: same pass / no-pass"
        + " call as another panel member on the same candidate and stage. Decision agreement: call matches the final"
        + " decision (hired or not)" + (c.outcomesGiven() ? "" : " — no outcomes input, not computed") + ". Feedback:"
        + " hours from interview to submission, share within " + plain(c.feedbackHours()) + " h. Evidence: ratings"
        + " without written evidence" + (f.evidenceExported() ? "" : " — not in the export, not computed") + ".", 13);
    header(w, List.of("Interviewer", "Scorecards", "Rating SD", "Halo r", "Pass rate", "Pass rate adjusted",
        "Panel agreement", "Decision agreement", "Feedback median (h)", "Feedback p90 (h)",
        "Within " + plain(c.feedbackHours()) + " h", "No evidence", "Extreme, no evidence"));
    RaterIndicators t = f.team();
    w.values(indicatorCells("Team", t), local.bold, null, local.boldDecimal, local.boldDecimal, local.boldPercent,
        local.boldPercent, local.boldPercent, local.boldPercent, local.hours, local.hours, local.boldPercent,
        local.boldPercent, local.boldPercent);
    List<InterviewerFinding> sorted = new ArrayList<>(f.interviewers());
    sorted.sort(Comparator.comparing(InterviewerFinding::interviewer));
    for (InterviewerFinding x : sorted) {
      RaterIndicators i = x.indicators();
      if (i.scorecards() < c.minScorecards()) {
        w.values(List.of(x.interviewer(), i.scorecards(), fewer()));
        styleCell(w, 2, local.muted);
        continue;
      }
      w.values(indicatorCells(x.interviewer(), i), null, null, st.decimal, st.decimal, st.percent, st.percent,
          st.percent, st.percent, local.hours, local.hours, st.percent, st.percent, st.percent);
    }
  }

  private List<Object> indicatorCells(String id, RaterIndicators i) {
    List<Object> r = new ArrayList<>();
    r.add(id);
    r.add(i.scorecards());
    r.add(i.ratingSd());
    r.add(i.halo());
    r.add(i.passRate());
    r.add(i.adjustedPassRate());
    r.add(i.panelAgreement());
    r.add(c.outcomesGiven() ? i.decisionAgreement() : Double.NaN);
    r.add(i.latencyMedianHours());
    r.add(i.latencyP90Hours());
    r.add(i.latencyWithinTarget());
    r.add(i.noEvidenceShare());
    r.add(i.extremeNoEvidenceShare());
    return r;
  }

  private void bias(SheetWriter w, Styles st) {
    List<CompetencyBias> tested = f.bias().stream().filter(b -> b.note() == null).toList();
    List<CompetencyBias> flagged = tested.stream().filter(b -> !b.flag().isEmpty())
        .sorted(Comparator.comparingDouble(CompetencyBias::q)).toList();
    w.line(st.subtitle, "Interviewer × competency bias (" + c.window() + ")");
    note(w, st, "Per interviewer and competency, the mean of the model's residuals (what remains after the"
        + " competency, the candidate, the scorecard and the interviewer's own severity), negated: positive = harsher"
        + " on this competency. " + tested.size() + " cells with at least " + c.minScorecards() + " ratings tested;"
        + " flagged when the Benjamini–Hochberg adjusted p-value is at most " + fmt(c.fdr())
        + ". Every cell is in results/interviewer_competency_bias.csv.", 13);
    if (flagged.isEmpty()) {
      w.line(st.text, "No interviewer × competency bias passes the false-discovery threshold.");
      return;
    }
    header(w, List.of("Interviewer", "Competency", "Ratings", "Bias", "Standard error", "Adjusted p", "Flag"));
    for (CompetencyBias b : flagged) {
      w.values(List.of(b.interviewer(), c.competencyLabels().getOrDefault(b.competency(), b.competency()),
          b.ratings(), b.bias(), b.se(), b.q(), b.flag()), null, null, null, st.decimal, st.decimal, st.decimal);
    }
  }

  private void method(SheetWriter w, Styles st) {
    VarianceComponents vc = f.windowFit().components();
    w.line(st.subtitle, "Method");
    note(w, st, "Model: rating = competency mean + candidate + scorecard + interviewer + residual, all but the"
        + " competency means random (a crossed linear mixed model fitted by REML; the same model as lme4's"
        + " lmer(rating ~ competency + (1|candidate) + (1|interviewer) + (1|scorecard))).", 13);
    note(w, st, "Severity is minus the interviewer's conditional mode: shrunk toward 0 in proportion to how little"
        + " evidence there is. The scorecard effect carries the halo a scorecard's ratings share, so standard errors"
        + " count scorecards, not ratings, as independent evidence; intervals are conditional on the variance"
        + " components.", 13);
    if (f.windowFit().defined()) {
      note(w, st, String.format(Locale.ROOT, "Variance components in %s (rating points²): candidate %.3f,"
          + " scorecard %.3f, interviewer %.3f, residual %.3f; fitted in %d passes over the data (%s).", c.window(),
          vc.candidate(), vc.scorecard(), vc.interviewer(), vc.residual(), f.windowFit().passes(),
          f.windowFit().converged() ? "converged" : "not converged"), 13);
    }
    note(w, st, "Interviewers who share no candidates with the main group cannot be compared with it and are"
        + " listed without a severity. Candidate effects are shrunk too, so an interviewer who mostly sees unusually"
        + " strong (or weak) candidates keeps a little of their strength and can look slightly lenient (or harsh);"
        + " the raw mean rating and pass rate show how different their candidates were.", 13);
  }

  private void driftSheet(XSSFSheet sheet, Styles st, Local local, Charts charts) throws IOException {
    SheetWriter w = new SheetWriter(sheet, st);
    List<String> periods = new ArrayList<>();
    Set<String> periodSet = new java.util.HashSet<>();
    f.periods().forEach(p -> periodSet.add(p.period()));
    int[] widths = new int[Math.max(12, periodSet.size() + 2)];
    java.util.Arrays.fill(widths, 12);
    w.widths(widths);
    Map<String, Integer> periodIndex = new LinkedHashMap<>();
    f.periods().stream().sorted(Comparator.comparingInt(PeriodSeverity::ordinal)).forEach(p -> {
      if (!periodIndex.containsKey(p.period())) {
        periodIndex.put(p.period(), periodIndex.size());
        periods.add(p.period());
      }
    });
    List<DriftFinding> flagged = f.drift().stream().filter(DriftFinding::flagged).toList();
    String span = periods.isEmpty() ? c.window() : periods.get(0) + " to " + periods.get(periods.size() - 1);
    String finding = flagged.isEmpty() ? "no interviewer drifted"
        : flagged.stream().map(d -> d.interviewer() + (d.flag().equals(DriftFinding.HARSHER) ? " grew harsher"
            : " grew more lenient")).reduce((a, b) -> a + ", " + b).orElse("");
    w.line(st.title, "Drift: " + finding + " (" + span + ")");
    note(w, st, "Severity per period on the pooled model's scale (rating points, positive = harsher). Flagged when"
        + " the trend's slope moves severity by at least " + fmt(c.severityPoints()) + " points over the periods and"
        + " stays significant after Benjamini–Hochberg across interviewers (rule \"slope\"), or when the latest period"
        + " (" + c.latestPeriod() + ") differs from the interviewer's earlier periods by at least "
        + fmt(c.severityPoints()) + " points and 2 standard errors, also adjusted (rule \"latest_vs_baseline\").", 12);
    w.skip(1);

    List<DriftFinding> shown = new ArrayList<>(flagged);
    if (shown.isEmpty()) {
      f.drift().stream().filter(d -> !Double.isNaN(d.slope()))
          .sorted(Comparator.comparingDouble((DriftFinding d) -> -Math.abs(d.slope()))).limit(3).forEach(shown::add);
    }
    Map<String, List<PeriodSeverity>> byIv = new TreeMap<>();
    f.periods().forEach(p -> byIv.computeIfAbsent(p.interviewer(), k -> new ArrayList<>()).add(p));
    if (!shown.isEmpty() && !periods.isEmpty()) {
      List<SeverityCharts.Line> lines = new ArrayList<>();
      for (DriftFinding d : shown) {
        List<PeriodSeverity> ps = byIv.getOrDefault(d.interviewer(), List.of()).stream()
            .filter(PeriodSeverity::estimated).toList();
        int[] x = new int[ps.size()];
        double[] y = new double[ps.size()];
        double[] lo = new double[ps.size()];
        double[] hi = new double[ps.size()];
        boolean[] enough = new boolean[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
          x[i] = periodIndex.get(ps.get(i).period());
          y[i] = ps.get(i).severity();
          lo[i] = ps.get(i).low();
          hi[i] = ps.get(i).high();
          enough[i] = ps.get(i).scorecards() >= c.minScorecards();
        }
        String label = d.interviewer() + (d.flagged() ? " (" + d.flag().replace('_', ' ') + ")" : "");
        lines.add(new SeverityCharts.Line(label, x, y, lo, hi, enough));
      }
      String title = flagged.isEmpty() ? "No interviewer drifted; the three largest trends" : finding;
      String sub = "Severity per period with 95% intervals; 0 = the average interviewer; hollow points: " + fewer()
          + " in the period";
      int height = 330;
      w.skip(charts.place(sheet, "interviewer_drift", SeverityCharts.drift(title, sub, periods, lines), w.rowIndex(), 0,
          640, height));
    }

    w.line(st.subtitle, "Trend per interviewer");
    header(w, List.of("Interviewer", "Periods", "Slope per period", "95% interval low", "95% interval high",
        "Fitted change", "Baseline", "Latest (" + c.latestPeriod() + ")", "Latest − baseline", "z", "Rule", "Flag"));
    List<DriftFinding> order = new ArrayList<>(f.drift());
    order.sort(Comparator.comparing((DriftFinding d) -> !d.flagged())
        .thenComparingDouble(d -> Double.isNaN(d.slope()) ? 0 : -Math.abs(d.slope()))
        .thenComparing(DriftFinding::interviewer));
    for (DriftFinding d : order) {
      List<PeriodSeverity> ps = byIv.getOrDefault(d.interviewer(), List.of());
      long total = ps.stream().filter(PeriodSeverity::estimated).mapToLong(PeriodSeverity::scorecards).sum();
      boolean latestFew = ps.stream().anyMatch(p -> p.period().equals(c.latestPeriod()) && p.estimated()
          && p.scorecards() < c.minScorecards());
      Object slope = total < c.minScorecards() ? "fewer than " + c.minScorecards() : (Object) d.slope();
      Object latest = latestFew ? "fewer than " + c.minScorecards() : (Object) d.latest();
      w.values(List.of(d.interviewer(), d.periods(), slope, d.slopeLow(), d.slopeHigh(), d.change(), d.baseline(),
          latest, d.shift(), d.shiftZ(), d.rule().id(), d.flag()));
      if (slope instanceof String) {
        styleCell(w, 2, local.mutedRight);
      }
      if (latest instanceof String) {
        styleCell(w, 7, local.mutedRight);
      }
      if (d.flagged()) {
        highlight(sheet, w.rowIndex() - 1, 11, d.flag().equals(DriftFinding.HARSHER) ? local.harsh : local.lenient);
      }
    }
    w.skip(1);

    w.line(st.subtitle, "Severity by period");
    note(w, st, "Rating points, positive = harsher; \"" + ALL + "\" is the pooled model over every period. Cells"
        + " with " + fewer() + " in the period show that instead of a number; every value, with its standard error"
        + " and interval, is in results/drift.csv.", 12);
    List<String> head = new ArrayList<>();
    head.add("Interviewer");
    head.addAll(periods);
    head.add(ALL);
    header(w, head);
    for (Map.Entry<String, List<PeriodSeverity>> e : byIv.entrySet()) {
      Object[] cells = new Object[periods.size() + 2];
      cells[0] = e.getKey();
      for (PeriodSeverity p : e.getValue()) {
        int at = 1 + periodIndex.get(p.period());
        if ("not_connected".equals(p.note())) {
          cells[at] = "not connected";
        } else if (!p.estimated() || p.scorecards() < c.minScorecards()) {
          cells[at] = "fewer than " + c.minScorecards();
        } else {
          cells[at] = p.severity();
        }
      }
      SeverityEstimate pooled = f.pooled().get(e.getKey());
      cells[periods.size() + 1] = pooled == null ? "not connected"
          : pooled.scorecards() < c.minScorecards() ? "fewer than " + c.minScorecards() : (Object) pooled.severity();
      List<Object> row = new ArrayList<>(java.util.Arrays.asList(cells));
      CellStyle[] styles = new CellStyle[cells.length];
      java.util.Arrays.fill(styles, st.decimal);
      w.values(row, styles);
      for (int i = 1; i < cells.length; i++) {
        if (cells[i] instanceof String) {
          styleCell(w, i, local.mutedRight);
        }
      }
    }
  }

}
