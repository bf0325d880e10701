package io.interviewcalibration.report;

import static io.interviewcalibration.analysis.StagesAnalysis.ALL;

import io.interviewcalibration.analysis.StagesResult;
import io.interviewcalibration.analysis.StagesResult.CohortRow;
import io.interviewcalibration.analysis.StagesResult.Feedback;
import io.interviewcalibration.analysis.StagesResult.StageRow;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.PeriodUnit;
import io.interviewcalibration.config.StageDef;
import io.interviewcalibration.stats.durations.Cohort.FunnelStep;
import io.interviewcalibration.stats.durations.DayCount;
import io.interviewcalibration.stats.durations.DurationSketch;
import io.interviewcalibration.stats.durations.DurationSummary;
import io.interviewcalibration.stats.durations.KaplanMeierQuantile;
import io.interviewcalibration.stats.durations.QuantileInterval;
import io.interviewcalibration.stats.durations.Rate;
import io.interviewcalibration.stats.durations.StageStats;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The stages analysis in a run folder: {@code results/stages.csv} (time in stage per job × stage ×
 * period, CONTRACT.md, plus feedback latency), {@code results/stages_by_period.csv} (every period
 * up to the window's end), {@code results/funnel.csv}, {@code results/time_to_decision.csv}, and
 * the workbook's "Stages" sheet with three charts.
 *
 * <p>Result files keep every value, with {@code note} = {@code below_min_n} when it rests on fewer
 * cases than the job's minimum n (completed visits for stay figures, decided candidates for time to
 * decision, candidates at the previous stage for a conversion, measured scorecards for feedback
 * latency); a value that cannot be computed is empty and its reason is in the note. Notes hold one
 * or more lower_snake_case tokens separated by {@code ;}. The workbook shows "fewer than N" instead
 * of figures below the minimum.
 */
public final class StagesSection implements Section {
  /** The sheet's name. */
  public static final String SHEET = "Stages";
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final int CHART_WIDTH = 760;
  private static final int[] WIDTHS = {28, 11, 11, 10, 10, 12, 9, 9, 10, 10, 10, 10, 11, 8, 9, 10, 10};

  private final JobDefinition job;
  private final StagesResult r;
  private final int minN;

  /** The section of {@code result}, computed for {@code job}. */
  public StagesSection(JobDefinition job, StagesResult result) {
    this.job = job;
    this.r = result;
    this.minN = job.thresholds().minN();
  }

  // ================================================================ result files

  @Override
  public List<ResultTable> tables() {
    return List.of(stagesTable(), byPeriodTable(), funnelTable(), timeToDecisionTable());
  }

  private String dayCount() {
    return r.dayCount() == DayCount.BUSINESS ? "business" : "calendar";
  }

  private ResultTable stagesTable() {
    List<String> cols = List.of("job_id", "stage", "period", "n_visits", "n_in_progress", "p50_days",
        "p90_days", "mean_days", "pass_through_rate", "n_completed", "p50_ci_low_days", "p50_ci_high_days",
        "p90_ci_low_days", "p90_ci_high_days", "km_p50_days", "km_p90_days", "km_note",
        "pass_through_ci_low", "pass_through_ci_high", "n_advanced", "n_hired", "n_rejected", "n_withdrew",
        "n_no_exit_reason", "rejected_share", "withdrawn_share", "sla_days", "sla_breaches",
        "sla_breach_rate", "n_in_progress_over_sla", "exact", "p50_error_days", "p90_error_days",
        "day_count", "n_scorecards", "n_feedback_measured", "n_feedback_no_interview_time",
        "n_feedback_negative", "feedback_p50_hours", "feedback_p90_hours", "feedback_note", "note");
    List<List<Object>> rows = new ArrayList<>();
    for (StageRow s : r.stages()) {
      List<Object> v = new ArrayList<>(List.of(s.jobId(), s.stage(), s.period()));
      StageStats st = s.visits();
      boolean sla = !Double.isNaN(s.slaDays());
      if (st == null) {
        v.addAll(Arrays.asList(0L, 0L, null, null, null, null, 0L, null, null, null, null, null, null, "",
            null, null, 0L, 0L, 0L, 0L, 0L, null, null, sla ? s.slaDays() : null, null, null, null,
            null, null, null, dayCount()));
      } else {
        DurationSummary d = st.durations();
        v.addAll(Arrays.asList(d.visits(), d.censored(), d.p50(), d.p90(), d.mean(),
            st.passThrough().estimate(), d.completed(),
            low(s.p50Ci()), high(s.p50Ci()), low(s.p90Ci()), high(s.p90Ci()),
            d.kmMedian().value(), d.kmP90().value(), kmNote(d),
            st.passThrough().low(), st.passThrough().high(), st.advanced(), st.hired(), st.rejected(),
            st.withdrew(), st.unknownReason(), st.rejectedShare().estimate(), st.withdrawnShare().estimate(),
            sla ? s.slaDays() : null, sla ? st.slaBreaches().successes() : null,
            sla ? st.slaBreaches().estimate() : null, sla ? st.slaOverdueInProgress() : null,
            String.valueOf(d.exact()), d.p50Error(), d.p90Error(), dayCount()));
      }
      Feedback f = s.feedback();
      if (f == null) {
        v.addAll(Arrays.asList(0L, 0L, 0L, 0L, null, null,
            r.scorecardsGiven() ? "no_scorecards" : "no_scorecards_input"));
      } else {
        long measured = f.hours().completed();
        v.addAll(Arrays.asList(f.scorecards(), measured, f.noInterviewTime(), f.negative(), f.hours().p50(),
            f.hours().p90(), measured == 0 ? "no_measurable_latency" : measured < minN ? "below_min_n" : ""));
      }
      v.add(stayNote(s));
      rows.add(v);
    }
    return new ResultTable("stages", cols, rows, Set.of("job_id", "stage"));
  }

  private ResultTable byPeriodTable() {
    List<String> cols = List.of("job_id", "stage", "period", "n_visits", "n_completed", "n_in_progress",
        "p50_days", "p50_ci_low_days", "p50_ci_high_days", "p90_days", "mean_days", "km_p50_days",
        "km_note", "exact", "p50_error_days", "day_count", "note");
    List<List<Object>> rows = new ArrayList<>();
    for (StageRow s : r.byPeriod()) {
      DurationSummary d = s.visits().durations();
      rows.add(Arrays.asList(s.jobId(), s.stage(), s.period(), d.visits(), d.completed(), d.censored(),
          d.p50(), low(s.p50Ci()), high(s.p50Ci()), d.p90(), d.mean(), d.kmMedian().value(),
          kmNote(d), String.valueOf(d.exact()), d.p50Error(), dayCount(), stayNote(s)));
    }
    return new ResultTable("stages_by_period", cols, rows, Set.of("job_id", "stage"));
  }

  private ResultTable funnelTable() {
    List<String> cols = List.of("job_id", "period", "stage", "stage_position", "in_stage_order",
        "n_candidates", "n_reached", "reached_share", "previous_stage", "n_previous", "n_from_previous",
        "conversion_rate", "conversion_ci_low", "conversion_ci_high", "n_active", "n_no_outcome", "note");
    List<List<Object>> rows = new ArrayList<>();
    for (CohortRow c : r.cohorts()) {
      int position = 0;
      for (FunnelStep f : c.funnel()) {
        position++;
        Rate conv = f.conversion();
        String note;
        if (!f.inStageOrder()) {
          note = "not_in_stage_order";
        } else if (conv == null) {
          note = "first_stage";
        } else if (conv.trials() == 0) {
          note = "none_reached_previous";
        } else {
          note = conv.trials() < minN ? "below_min_n" : "";
        }
        rows.add(Arrays.asList(c.jobId(), c.period(), f.stage(), (long) position, String.valueOf(f.inStageOrder()),
            c.candidates(), f.reached(), f.share().estimate(), f.previous(),
            conv == null ? null : conv.trials(), conv == null ? null : conv.successes(),
            conv == null ? null : conv.estimate(), conv == null ? null : conv.low(),
            conv == null ? null : conv.high(), c.active(), c.noOutcome(), note));
      }
    }
    return new ResultTable("funnel", cols, rows, Set.of("job_id", "stage", "previous_stage"));
  }

  private ResultTable timeToDecisionTable() {
    List<String> cols = List.of("job_id", "period", "n_candidates", "n_decided", "n_hired", "n_rejected",
        "n_withdrew", "n_active", "n_no_outcome", "n_no_decision_date", "n_decided_before_entry",
        "p50_days", "p90_days", "mean_days", "p50_ci_low_days", "p50_ci_high_days", "km_p50_days",
        "km_p90_days", "km_note", "exact", "p50_error_days", "day_count", "note");
    List<List<Object>> rows = new ArrayList<>();
    for (CohortRow c : r.cohorts()) {
      DurationSummary d = c.days();
      String note = !r.outcomesGiven() ? "no_outcomes_input"
          : c.decided() == 0 ? "no_decided_candidates" : c.decided() < minN ? "below_min_n" : "";
      rows.add(Arrays.asList(c.jobId(), c.period(), c.candidates(), c.decided(), c.hired(), c.rejected(),
          c.withdrew(), c.active(), c.noOutcome(), c.noDecisionDate(), c.decidedBeforeEntry(),
          d.p50(), d.p90(), d.mean(), low(c.p50Ci()), high(c.p50Ci()), d.kmMedian().value(),
          d.kmP90().value(), r.outcomesGiven() ? kmNote(d) : "", String.valueOf(d.exact()), d.p50Error(),
          dayCount(), note));
    }
    return new ResultTable("time_to_decision", cols, rows, Set.of("job_id"));
  }

  /** Note tokens of a group's stay figures. */
  private String stayNote(StageRow s) {
    List<String> tokens = new ArrayList<>();
    StageStats st = s.visits();
    if (st == null) {
      tokens.add("no_visits");
    } else {
      long completed = st.durations().completed();
      if (completed == 0) {
        tokens.add("no_completed_visits");
      } else {
        if (completed < minN) {
          tokens.add("below_min_n");
        }
        if (s.p50Ci() != null && (!s.p50Ci().lowDefined() || !s.p50Ci().highDefined())) {
          tokens.add("p50_ci_open");
        }
        if (s.p90Ci() != null && (!s.p90Ci().lowDefined() || !s.p90Ci().highDefined())) {
          tokens.add("p90_ci_open");
        }
      }
    }
    if (Double.isNaN(s.slaDays())) {
      tokens.add("no_sla_limit");
    }
    return String.join(";", tokens);
  }

  /** Why Kaplan–Meier quantiles are missing: {@code p50_not_reached;p90_all_censored} etc. */
  static String kmNote(DurationSummary d) {
    List<String> tokens = new ArrayList<>();
    if (!d.kmMedian().defined()) {
      tokens.add("p50_" + d.kmMedian().note());
    }
    if (!d.kmP90().defined()) {
      tokens.add("p90_" + d.kmP90().note());
    }
    return String.join(";", tokens);
  }

  private static Double low(QuantileInterval ci) {
    return ci == null ? null : ci.low();
  }

  private static Double high(QuantileInterval ci) {
    return ci == null ? null : ci.high();
  }

  // ================================================================ workbook

  /** Cell styles of this sheet beyond the shared ones (created once, with the sheet). */
  private record Local(CellStyle days, CellStyle percent, CellStyle integer, CellStyle figureText,
      CellStyle paragraph) {}

  @Override
  public void writeSheets(XSSFWorkbook wb, Styles st, Charts charts) throws IOException {
    XSSFSheet sheet = wb.createSheet(SHEET);
    CellStyle oneDecimal = wb.createCellStyle();
    oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
    CellStyle figureText = wb.createCellStyle();
    figureText.setAlignment(HorizontalAlignment.RIGHT);
    // notes that span the table's width wrap within it, whatever the shared note style does
    CellStyle paragraph = wb.createCellStyle();
    paragraph.cloneStyleFrom(st.note);
    paragraph.setWrapText(true);
    paragraph.setVerticalAlignment(VerticalAlignment.TOP);
    Local ls = new Local(oneDecimal, st.percent, st.integer, figureText, paragraph);
    SheetWriter w = new SheetWriter(sheet, st);
    w.widths(WIDTHS);
    w.line(st.title, "Stages: where candidates wait");
    if (r.exportAt() == null) {
      paragraph(w, ls.paragraph(), "The stages input has no accepted rows, so there is nothing to measure.");
      return;
    }
    String window = r.window().isAll() ? "all periods" : r.window().label();
    paragraph(w, ls.paragraph(), String.format(Locale.ROOT,
        "Visits entered %s (a visit belongs to the %s of its entry, UTC). Days = exited − entered in %s; "
            + "median, p90 and mean are over completed visits; the Kaplan–Meier (KM) figures also count "
            + "visits still in the stage, measured to the export time %s (%s). Pass-through = (advanced + hired) "
            + "/ completed visits. Figures resting on fewer than %d cases show \"fewer than %d\"; every value "
            + "is in results/stages.csv.",
        window, unitWord(), r.dayCount() == DayCount.BUSINESS ? "business days (Monday–Friday, UTC)"
            : "calendar days", MINUTE.format(r.exportAt()), "the latest timestamp in the stages input",
        minN, minN));
    w.skip(1);
    w.line(st.subtitle, finding());
    w.skip(1);

    // ---- time in stage, all jobs
    w.line(st.label, "Time in stage, all jobs");
    header(w, st, stageHeader("Stage"));
    List<StageRow> pooled = new ArrayList<>();
    for (String stage : r.stageOrder()) {
      Optional<StageRow> row = find(r.stages(), ALL, stage, ALL);
      row.ifPresent(pooled::add);
      stageLine(w, ls, label(stage), row.orElse(null));
    }
    boolean binned = r.stages().stream().anyMatch(x -> x.visits() != null && !x.visits().durations().exact());
    paragraph(w, ls.paragraph(), "Median 95% CI: distribution-free interval from order statistics. Over SLA: share of "
        + "completed visits longer than the stage's SLA limit (sla_days in the job definition, same day count). "
        + "Feedback: hours from interview to submitted scorecard, one value per scorecard"
        + (r.scorecardsGiven() ? "." : " (the scorecards input was not given).")
        + (binned ? String.format(Locale.ROOT, " Groups of more than %,d visits are summarised in log-spaced bins: "
            + "their quantiles are within %.1f%% of the exact ones (p50_error_days, p90_error_days in "
            + "results/stages.csv).", DurationSketch.DEFAULT_EXACT_CAP, 100 * DurationSketch.RELATIVE_ERROR / (1 - DurationSketch.RELATIVE_ERROR)) : ""));
    w.skip(1);
    if (pooled.stream().anyMatch(p -> p.visits() != null)) {
      w.skip(charts.place(sheet, "stages_days", stageChart(pooled), w.rowIndex(), 0, CHART_WIDTH, 380));
    }

    // ---- funnel
    funnel(w, st, ls, sheet, charts);

    // ---- median days by period
    byPeriod(w, st, ls, sheet, charts);

    // ---- time to decision
    timeToDecision(w, st, ls);

    // ---- by job
    w.skip(1);
    section(w, st, "Time in stage by job");
    header(w, st, stageHeader("Job / stage"));
    for (String jobId : r.stages().stream().map(StageRow::jobId).filter(j -> !j.equals(ALL))
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new))) {
      w.values(List.of(jobId), st.label);
      sheet.getRow(w.rowIndex() - 1).getCell(0).setCellStyle(st.label);
      for (String stage : r.stageOrder()) {
        Optional<StageRow> row = find(r.stages(), jobId, stage, ALL);
        if (row.isPresent()) {
          stageLine(w, ls, "   " + label(stage), row.get());
        }
      }
    }
  }

  private String unitWord() {
    return job.periodUnit() == PeriodUnit.QUARTER ? "quarter" : "month";
  }

  private String label(String stage) {
    return job.stage(stage).map(StageDef::label).orElse(stage);
  }

  private static Optional<StageRow> find(List<StageRow> rows, String jobId, String stage, String period) {
    return rows.stream().filter(x -> x.jobId().equals(jobId) && x.stage().equals(stage) && x.period().equals(period))
        .findFirst();
  }

  private String fewer() {
    return "fewer than " + minN;
  }

  private static List<String> stageHeader(String first) {
    return List.of(first, "Visits", "Completed", "In stage at export", "Median days", "Median 95% CI",
        "P90 days", "Mean days", "KM median days", "KM p90 days", "Pass-through", "Rejected", "Withdrawn",
        "SLA days", "Over SLA", "Feedback median (h)", "Feedback p90 (h)");
  }

  private static void header(SheetWriter w, Styles st, List<String> names) {
    w.header(names);
    w.sheet().getRow(w.rowIndex() - 1).setHeightInPoints(45);
  }

  /** One stage row of the time-in-stage tables. */
  private void stageLine(SheetWriter w, Local ls, String label, StageRow s) {
    List<Object> v = new ArrayList<>();
    v.add(label);
    CellStyle[] styles = new CellStyle[17];
    Arrays.fill(styles, 1, 4, ls.integer());
    if (s == null || s.visits() == null) {
      v.addAll(Arrays.asList(0L, 0L, 0L, "no visits"));
    } else {
      StageStats st = s.visits();
      DurationSummary d = st.durations();
      v.addAll(Arrays.asList(d.visits(), d.completed(), d.censored()));
      if (d.completed() == 0) {
        v.add("none completed");
        v.addAll(Arrays.asList(null, null, null, km(d.kmMedian(), false), km(d.kmP90(), false)));
      } else if (d.completed() < minN) {
        v.add(fewer());
        v.addAll(Arrays.asList(null, null, null, null, null, null, null, null));
      } else {
        v.addAll(Arrays.asList(d.p50(), ciText(s.p50Ci()), d.p90(), d.mean(), km(d.kmMedian(), true),
            km(d.kmP90(), true), st.passThrough().estimate(), st.rejectedShare().estimate(),
            st.withdrawnShare().estimate()));
        for (int i : new int[] {4, 6, 7, 8, 9}) {
          styles[i] = ls.days();
        }
        for (int i : new int[] {10, 11, 12}) {
          styles[i] = ls.percent();
        }
      }
      while (v.size() < 13) {
        v.add(null);
      }
      if (Double.isNaN(s.slaDays())) {
        v.add("none");
        v.add(null);
      } else {
        v.add(s.slaDays());
        styles[13] = ls.days();
        v.add(d.completed() >= minN ? st.slaBreaches().estimate() : null);
        styles[14] = ls.percent();
      }
    }
    while (v.size() < 15) {
      v.add(null);
    }
    Feedback f = s == null ? null : s.feedback();
    if (r.scorecardsGiven() && (f == null || f.hours().completed() == 0)) {
      v.add("none");
    } else if (f != null) {
      if (f.hours().completed() < minN) {
        v.add(fewer());
      } else {
        v.add(f.hours().p50());
        v.add(f.hours().p90());
        styles[15] = ls.days();
        styles[16] = ls.days();
      }
    }
    figures(w, ls, v, styles, 16);
  }

  /** A KM quantile as a number, or the reason it has none. */
  private static Object km(KaplanMeierQuantile q, boolean asNumber) {
    if (q.defined()) {
      return asNumber ? q.value() : String.format(Locale.ROOT, "%.1f", q.value());
    }
    return switch (q.status()) {
      case NOT_REACHED -> "not reached";
      case ALL_CENSORED -> "all in stage";
      case UNDETERMINED -> "undetermined";
      default -> null;
    };
  }

  private static String ciText(QuantileInterval ci) {
    if (ci == null) {
      return null;
    }
    if (ci.lowDefined() && ci.highDefined()) {
      return String.format(Locale.ROOT, "%.1f–%.1f", ci.low(), ci.high());
    }
    if (ci.lowDefined()) {
      return String.format(Locale.ROOT, "from %.1f", ci.low());
    }
    if (ci.highDefined()) {
      return String.format(Locale.ROOT, "up to %.1f", ci.high());
    }
    return "too few";
  }

  /** Pooled stage groups (all jobs, the whole window) with enough completed visits to compare. */
  private List<StageRow> comparable() {
    return r.stages().stream()
        .filter(s -> s.jobId().equals(ALL) && s.period().equals(ALL) && s.visits() != null
            && s.visits().durations().completed() >= minN)
        .toList();
  }

  private Optional<StageRow> slowest() {
    return comparable().stream().max(Comparator.comparingDouble(s -> s.visits().durations().p50()));
  }

  /** The sheet's headline: the slowest stage and how it compares, or why there is none. */
  String finding() {
    Optional<StageRow> slowest = slowest();
    if (r.stages().stream().noneMatch(s -> s.visits() != null)) {
      return "No stage visits were entered in the window ("
          + (r.window().isAll() ? "all periods" : r.window().label()) + ").";
    }
    if (slowest.isEmpty()) {
      return "Too few completed visits to compare stages (fewer than " + minN + " per stage).";
    }
    StageRow slow = slowest.get();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s is the slowest stage: median %.1f days",
        label(slow.stage()), slow.visits().durations().p50()));
    List<Double> others = comparable().stream().filter(s -> s != slow).map(s -> s.visits().durations().p50())
        .sorted().toList();
    if (!others.isEmpty()) {
      sb.append(String.format(Locale.ROOT, " against %.1f–%.1f days at the other stages",
          others.get(0), others.get(others.size() - 1)));
    }
    if (!Double.isNaN(slow.slaDays())) {
      sb.append(String.format(Locale.ROOT, "; %.0f%% of its completed stays took longer than its %s-day SLA",
          100 * slow.visits().slaBreaches().estimate(), trim(slow.slaDays())));
    }
    return sb.append('.').toString();
  }

  private org.jfree.chart.JFreeChart stageChart(List<StageRow> pooled) {
    List<StageCharts.StageRange> ranges = new ArrayList<>();
    for (String stage : r.stageOrder()) {
      Optional<StageRow> o = pooled.stream().filter(s -> s.stage().equals(stage)).findFirst();
      if (o.isEmpty() || o.get().visits() == null) {
        continue;
      }
      StageRow s = o.get();
      DurationSummary d = s.visits().durations();
      if (d.completed() < minN) {
        ranges.add(new StageCharts.StageRange(label(stage) + " (" + fewer() + ")", Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, s.slaDays()));
      } else {
        ranges.add(new StageCharts.StageRange(String.format(Locale.ROOT, "%s (n=%,d)", label(stage), d.completed()),
            d.p50(), s.p50Ci().low(), s.p50Ci().high(), d.p90(), s.p90Ci().low(), s.p90Ci().high(), s.slaDays()));
      }
    }
    String title = slowest().map(s -> String.format(Locale.ROOT, "%s is the slowest stage: median %.1f days",
        label(s.stage()), s.visits().durations().p50())).orElse("Days in stage: too few completed visits to compare stages");
    String window = r.window().isAll() ? "all periods" : r.window().label();
    return StageCharts.stageRanges(title,
        "Completed visits entered " + window + ", all jobs; whiskers: 95% CI; bar: the stage's SLA limit",
        ranges);
  }

  // ---------------------------------------------------------------- funnel

  private void funnel(SheetWriter w, Styles st, Local ls, XSSFSheet sheet, Charts charts) throws IOException {
    Optional<CohortRow> all = r.cohorts().stream().filter(c -> c.jobId().equals(ALL) && c.period().equals(ALL)).findFirst();
    w.skip(1);
    section(w, st, "Funnel: candidates whose first stage entry was in the window");
    if (all.isEmpty()) {
      w.line(st.note, "No candidate entered the process in the window.");
      return;
    }
    CohortRow c = all.get();
    header(w, st, List.of("Stage", "Reached", "Share of cohort", "Went on from previous", "95% CI"));
    List<String> labels = new ArrayList<>();
    List<Long> reached = new ArrayList<>();
    List<String> barLabels = new ArrayList<>();
    List<Boolean> known = new ArrayList<>();
    FunnelStep worst = null;
    for (FunnelStep f : c.funnel()) {
      Rate conv = f.conversion();
      List<Object> v = new ArrayList<>(Arrays.asList(label(f.stage()), f.reached(), f.share().estimate()));
      CellStyle[] styles = {null, ls.integer(), ls.percent(), ls.percent(), null};
      String bar = String.format(Locale.ROOT, "%,d", f.reached());
      if (!f.inStageOrder()) {
        v.add("not in the stage order");
      } else if (conv == null) {
        v.add("first stage");
      } else if (conv.trials() == 0) {
        v.add("none at previous");
      } else if (conv.trials() < minN) {
        v.add(fewer() + " at previous");
      } else {
        v.addAll(Arrays.asList(conv.estimate(), String.format(Locale.ROOT, "%.0f–%.0f%%", 100 * conv.low(), 100 * conv.high())));
        bar += String.format(Locale.ROOT, "  (%.0f%% of previous)", 100 * conv.estimate());
        if (worst == null || conv.estimate() < worst.conversion().estimate()) {
          worst = f;
        }
      }
      figures(w, ls, v, styles, 4);
      labels.add(label(f.stage()));
      reached.add(f.reached());
      barLabels.add(bar);
      known.add(f.inStageOrder());
    }
    paragraph(w, ls.paragraph(), String.format(Locale.ROOT, "%,d candidates entered the process in the window; at export "
        + "%,d were still active%s, so later stages will still grow. Went on from previous = reached both this "
        + "stage and the one before it in the stage order, out of those who reached the one before it (Wilson 95%% CI); "
        + "stages not in the job's stage order come last.", c.candidates(), c.active(),
        r.outcomesGiven() ? "" : " (outcomes input not given: unknown)"));
    w.skip(1);
    String title = worst == null ? "Candidates reaching each stage"
        : String.format(Locale.ROOT, "Biggest drop: %.0f%% of candidates went on from %s to the next stage",
            100 * worst.conversion().estimate(), label(worst.previous()));
    String window = r.window().isAll() ? "any period" : r.window().label();
    w.skip(charts.place(sheet, "stages_funnel", StageCharts.funnel(title,
        String.format(Locale.ROOT, "Candidates whose first stage entry was in %s, all jobs, counted at export"
            + " (%,d of %,d still active)", window, c.active(), c.candidates()),
        labels, reached, barLabels, known), w.rowIndex(), 0, CHART_WIDTH, 330));
  }

  // ---------------------------------------------------------------- by period

  private void byPeriod(SheetWriter w, Styles st, Local ls, XSSFSheet sheet, Charts charts) throws IOException {
    List<StageRow> rows = r.byPeriod().stream().filter(s -> s.jobId().equals(ALL)).toList();
    List<String> periods = rows.stream().map(StageRow::period).distinct().sorted().toList();
    w.skip(1);
    section(w, st, "Median days in stage by " + unitWord() + " of entry, all jobs");
    if (periods.isEmpty()) {
      w.line(st.note, "No stage visits up to the window's end.");
      return;
    }
    Set<String> windowPeriods = new TreeSet<>();
    if (!r.window().isAll()) {
      r.stages().stream().filter(s -> !s.period().equals(ALL) && s.visits() != null).forEach(s -> windowPeriods.add(s.period()));
    }
    List<String> head = new ArrayList<>();
    head.add("Stage");
    for (String p : periods) {
      head.add(windowPeriods.contains(p) ? p + " (window)" : p);
    }
    header(w, st, head);
    List<StageCharts.Trend> lines = new ArrayList<>();
    for (String stage : r.stageOrder()) {
      double[] med = new double[periods.size()];
      double[] lo = new double[periods.size()];
      double[] hi = new double[periods.size()];
      Arrays.fill(med, Double.NaN);
      Arrays.fill(lo, Double.NaN);
      Arrays.fill(hi, Double.NaN);
      List<Object> v = new ArrayList<>();
      v.add(label(stage));
      CellStyle[] styles = new CellStyle[periods.size() + 1];
      boolean any = false;
      for (int i = 0; i < periods.size(); i++) {
        Optional<StageRow> o = find(rows, ALL, stage, periods.get(i));
        if (o.isEmpty()) {
          v.add(null);
          continue;
        }
        any = true;
        DurationSummary d = o.get().visits().durations();
        if (d.completed() == 0) {
          v.add("none completed");
        } else if (d.completed() < minN) {
          v.add(fewer());
        } else {
          v.add(d.p50());
          styles[i + 1] = ls.days();
          med[i] = d.p50();
          lo[i] = o.get().p50Ci().low();
          hi[i] = o.get().p50Ci().high();
        }
      }
      if (any) {
        figures(w, ls, v, styles, v.size() - 1);
        lines.add(new StageCharts.Trend(label(stage), med, lo, hi));
      }
    }
    paragraph(w, ls.paragraph(), "Every " + unitWord() + " up to the window's end"
        + (r.window().isAll() ? "" : " (" + r.window().to() + ")") + ", by the " + unitWord()
        + " the visit was entered. Recent " + unitWord() + "s look shorter than they will be: their longest stays "
        + "are often still open and not yet counted (see the KM figures above). Values in results/stages_by_period.csv.");
    w.skip(1);
    int from = -1;
    int to = -1;
    for (int i = 0; i < periods.size(); i++) {
      if (windowPeriods.contains(periods.get(i))) {
        from = from < 0 ? i : from;
        to = i;
      }
    }
    w.skip(charts.place(sheet, "stages_by_period", StageCharts.trend(trendTitle(periods, lines),
        "Median days of completed stays by " + unitWord() + " of entry, all jobs; whiskers: 95% CI; "
            + "points hidden below " + minN + " completed visits",
        capitalise(unitWord()) + " the visit was entered", periods, lines, from, to), w.rowIndex(), 0, CHART_WIDTH, 380));
  }

  private String trendTitle(List<String> periods, List<StageCharts.Trend> lines) {
    int[] slowest = new int[lines.size()];
    int counted = 0;
    for (int i = 0; i < periods.size(); i++) {
      int best = -1;
      for (int k = 0; k < lines.size(); k++) {
        double m = lines.get(k).median()[i];
        if (!Double.isNaN(m) && (best < 0 || m > lines.get(best).median()[i])) {
          best = k;
        }
      }
      if (best >= 0) {
        slowest[best]++;
        counted++;
      }
    }
    if (counted == 0) {
      return "Median days in stage by " + unitWord() + ": too few completed visits";
    }
    int top = 0;
    for (int k = 1; k < lines.size(); k++) {
      top = slowest[k] > slowest[top] ? k : top;
    }
    return String.format(Locale.ROOT, "%s was the slowest stage in %d of %d %ss", lines.get(top).label(),
        slowest[top], counted, unitWord());
  }

  // ---------------------------------------------------------------- time to decision

  private void timeToDecision(SheetWriter w, Styles st, Local ls) {
    w.skip(1);
    section(w, st, "Time to decision: first stage entry to hired, rejected or withdrew");
    if (!r.outcomesGiven()) {
      w.line(st.note, "Needs the outcomes input, which was not given.");
      return;
    }
    header(w, st, List.of("Job", "Candidates", "Decided", "Hired", "Rejected", "Withdrew", "Still active",
        "No outcome", "Median days", "Median 95% CI", "P90 days", "Mean days", "KM median days", "KM p90 days"));
    List<CohortRow> rows = r.cohorts().stream().filter(c -> c.period().equals(ALL)).toList();
    for (CohortRow c : rows) {
      List<Object> v = new ArrayList<>(Arrays.asList(c.jobId().equals(ALL) ? "All jobs" : c.jobId(),
          c.candidates(), c.decided(), c.hired(), c.rejected(), c.withdrew(), c.active(), c.noOutcome()));
      CellStyle[] styles = new CellStyle[14];
      Arrays.fill(styles, 1, 8, ls.integer());
      DurationSummary d = c.days();
      if (c.decided() == 0) {
        v.add("none decided");
      } else if (c.decided() < minN) {
        v.add(fewer());
      } else {
        v.addAll(Arrays.asList(d.p50(), ciText(c.p50Ci()), d.p90(), d.mean(), km(d.kmMedian(), true), km(d.kmP90(), true)));
        for (int i : new int[] {8, 10, 11, 12, 13}) {
          styles[i] = ls.days();
        }
      }
      figures(w, ls, v, styles, 13);
    }
    long untimed = rows.stream().filter(c -> c.jobId().equals(ALL))
        .mapToLong(c -> c.noDecisionDate() + c.decidedBeforeEntry()).sum();
    paragraph(w, ls.paragraph(), "Candidates whose first stage entry was in the window; days in "
        + (r.dayCount() == DayCount.BUSINESS ? "business" : "calendar") + " days. KM counts candidates still "
        + "active as censored at export." + (untimed > 0 ? String.format(Locale.ROOT,
            " %,d decided candidates are left out (no decision date, or dated before their first stage entry).", untimed) : "")
        + " Per " + unitWord() + " in results/time_to_decision.csv.");
  }

  // ---------------------------------------------------------------- layout helpers

  /** A section's title, starting a new printed page. */
  private static void section(SheetWriter w, Styles st, String title) {
    w.sheet().setRowBreak(w.rowIndex() - 1);
    w.line(st.label, title);
  }

  /** A data row whose text cells in columns 1..{@code lastFigure} ("fewer than 30", intervals) align with the numbers. */
  private static void figures(SheetWriter w, Local ls, List<Object> v, CellStyle[] styles, int lastFigure) {
    w.values(v, styles);
    org.apache.poi.ss.usermodel.Row row = w.sheet().getRow(w.rowIndex() - 1);
    for (int c = 1; c <= lastFigure; c++) {
      Cell cell = row.getCell(c);
      if (cell != null && cell.getCellType() == CellType.STRING) {
        cell.setCellStyle(ls.figureText());
      }
    }
  }

  /** A note across the table's width, as tall as its text needs. */
  private static void paragraph(SheetWriter w, CellStyle style, String text) {
    int row = w.rowIndex();
    w.line(style, text);
    int last = WIDTHS.length - 1;
    w.sheet().addMergedRegion(new CellRangeAddress(row, row, 0, last));
    int chars = Arrays.stream(WIDTHS).sum();
    int lines = (int) Math.ceil(text.length() * 1.15 / chars);
    w.sheet().getRow(row).setHeightInPoints(Math.max(1, lines) * 15f);
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
