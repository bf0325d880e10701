package io.interviewcalibration.report;

import io.interviewcalibration.analysis.ValidityOutcome;
import io.interviewcalibration.analysis.ValidityResult;
import io.interviewcalibration.analysis.ValidityResult.TierRow;
import io.interviewcalibration.analysis.ValidityRow;
import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.stats.validity.Estimate;
import io.interviewcalibration.stats.validity.Reason;
import io.interviewcalibration.stats.validity.TierSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.interviewcalibration.stats.validity.OutcomeType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Validity sheet for hiring leads (current versus suggested weights with intervals and a
 * recommendation in words, validity per competency and outcome, outcomes by score tier, model
 * details, two charts), {@code results/validity.csv}, {@code results/tiers.csv} and
 * {@code suggested-rubric.yaml}. Figures on fewer cases than the job's minimum n are written to
 * the result files with {@code note = below_min_n} and shown in the sheet as "fewer than N".
 */
public final class ValiditySection implements Section {
  static final List<String> VALIDITY_COLUMNS = List.of("outcome", "predictor", "n", "estimate", "ci_low", "ci_high",
      "metric", "current_weight", "suggested_weight", "note", "se", "method", "recommendation");
  static final List<String> TIER_COLUMNS = List.of("tier", "min_composite", "candidates", "hires", "hire_rate",
      "hire_rate_ci_low", "hire_rate_ci_high", "hire_rate_note", "performance_n", "performance_mean",
      "performance_ci_low", "performance_ci_high", "performance_note", "retention_n", "retention_rate",
      "retention_ci_low", "retention_ci_high", "retention_note");

  private final JobDefinition job;
  private final ValidityResult result;

  public ValiditySection(JobDefinition job, ValidityResult result) {
    this.job = job;
    this.result = result;
  }

  @Override
  public Map<String, Object> runInfo() {
    Map<String, Object> info = new java.util.LinkedHashMap<>();
    info.put("primary_outcome", result.primary() == null ? null : result.primary().id());
    info.put("primary_why", result.primaryWhy());
    info.put("skipped", result.skipped());
    Map<String, Integer> b = new java.util.LinkedHashMap<>();
    result.replicates().forEach((o, n) -> b.put(o.id(), n));
    info.put("bootstrap_replicates", b);
    info.put("cv_folds", result.folds());
    return Map.of("validity", info);
  }

  @Override
  public List<ResultTable> tables() {
    List<List<Object>> rows = new ArrayList<>();
    for (ValidityRow r : result.rows()) {
      rows.add(Arrays.asList(r.outcome(), r.predictor(), r.n(), r.estimate(), r.ciLow(), r.ciHigh(), r.metric(),
          r.currentWeight(), r.suggestedWeight(), r.note(), r.se(), r.method(), r.recommendation()));
    }
    List<List<Object>> tiers = new ArrayList<>();
    for (TierRow t : result.tiers()) {
      TierSummary s = t.summary();
      List<Object> row = new ArrayList<>(Arrays.asList(t.tier(), t.minComposite(), s.candidates(), t.hires()));
      addEstimate(row, s.hireRate(), false);
      addEstimate(row, s.performance(), true);
      addEstimate(row, s.retention(), true);
      tiers.add(row);
    }
    return List.of(new ResultTable("validity", VALIDITY_COLUMNS, rows, Set.of("predictor")),
        new ResultTable("tiers", TIER_COLUMNS, tiers, Set.of("tier")));
  }

  private static void addEstimate(List<Object> row, Estimate e, boolean withN) {
    if (withN) {
      row.add(e.n());
    }
    row.add(e.value());
    row.add(e.ciLow());
    row.add(e.ciHigh());
    row.add(e.reason());
  }

  @Override
  public Map<String, byte[]> extraFiles() {
    if (result.skipped() != null) {
      return Map.of();
    }
    return Map.of("suggested-rubric.yaml", SuggestedRubric.yaml(job, result).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void writeSheets(XSSFWorkbook wb, Styles st, Charts charts) throws IOException {
    XSSFSheet sheet = wb.createSheet("Validity");
    SheetWriter w = new SheetWriter(sheet, st);
    // widths first: notes are merged across them and charts are sized on them
    w.widths(40, 15, 15, 15, 15, 21, 15, 15, 15);
    Local local = new Local(wb, st);
    w.line(st.title, "Validity: do the interview scores predict success?");
    if (result.skipped() != null) {
      note(w, local, "Not computed: " + result.skipped() + ".");
      return;
    }
    PageBreaks pages = new PageBreaks();
    int at = 0;
    intro(w, st, local);
    pages.block(at, at = w.rowIndex());
    weights(w, st, local);
    pages.block(at, at = w.rowIndex());
    w.skip(charts.place(sheet, "validity_weights", ValidityCharts.weights(result), w.rowIndex(), 0, 620, 330));
    pages.block(at, at = w.rowIndex());
    validity(w, st, local);
    pages.block(at, at = w.rowIndex());
    w.skip(charts.place(sheet, "validity_by_competency", ValidityCharts.validity(result), w.rowIndex(), 0, 620, 360));
    pages.block(at, at = w.rowIndex());
    tiers(w, st, local);
    pages.block(at, at = w.rowIndex());
    w.line(st.subtitle, "Model details: each competency given the others");
    note(w, local, "Effect per SD: change in the outcome (performance points; log-odds for hired and retention) per"
        + " standard deviation of the competency score, the other competencies held fixed. Drop when left out:"
        + " how much AUC (hired, retention) or R² (performance) falls when the competency is left out of the"
        + " model. Candidates rated on every competency.");
    for (ValidityOutcome o : ValidityOutcome.values()) {
      details(w, st, local, o);
      pages.block(at, at = w.rowIndex());
    }
    pages.apply(sheet, 8);
  }

  /** The sheet's own cell styles, created once per workbook. */
  private static final class Local {
    final CellStyle note;
    final CellStyle centred;
    final CellStyle right;
    final CellStyle signed;
    final CellStyle threeDigits;

    Local(XSSFWorkbook wb, Styles st) {
      note = wb.createCellStyle();
      note.cloneStyleFrom(st.note);
      note.setVerticalAlignment(VerticalAlignment.TOP);
      threeDigits = wb.createCellStyle();
      threeDigits.setDataFormat(wb.createDataFormat().getFormat("0.000"));
      centred = wb.createCellStyle();
      centred.setAlignment(HorizontalAlignment.CENTER);
      right = wb.createCellStyle();
      right.setAlignment(HorizontalAlignment.RIGHT);
      signed = wb.createCellStyle();
      signed.setDataFormat(wb.createDataFormat().getFormat("+0;-0;0"));
    }
  }

  // ------------------------------------------------------------------ parts of the sheet

  private void intro(SheetWriter w, Styles st, Local local) {
    var c = result.counts();
    note(w, local, "Every candidate who reached a decision, whenever interviewed: outcomes mature long after the"
        + " interview, so the analysis window does not apply to this sheet.");
    w.skip(1);
    w.line(st.subtitle, "Who is counted");
    w.values(List.of("Decided candidates with ratings (the pool)", c.decided()));
    w.values(List.of("  of whom hired", c.hires()));
    w.values(List.of("  hires with a performance rating", c.withPerformance()));
    w.values(List.of("  hires with 12-month retention known", c.withRetention()));
    w.values(List.of("  rated on only some competencies", c.partial()));
    w.values(List.of("Left out: still in process", c.active()));
    w.values(List.of("Left out: no outcome row", c.noOutcome()));
    w.values(List.of("Left out: outcome row but no ratings", c.unrated()));
    w.skip(1);
    w.line(st.subtitle, "How to read this sheet");
    note(w, local, "Validity against Hired measures how much the decision followed the scores (the decision used"
        + " them). Performance and Retention are the criteria that show whether the scores predict success.");
    note(w, local, "Performance and retention exist only for hires, a group selected on the scores, which shrinks"
        + " correlations. \"Among hires\" figures are uncorrected; \"corrected\" figures estimate the correlation"
        + " among all decided candidates (Thorndike Case III with the current composite as the selection variable;"
        + " Case II for the composite itself). AUCs are not corrected.");
    note(w, local, String.format(Locale.ROOT, "Intervals are 95%%. Figures on fewer than %d cases show as \"fewer"
        + " than %d\"; every figure, with its n, is in results/validity.csv.", result.minN(), result.minN()));
    List<String> fewer = new ArrayList<>();
    for (ValidityOutcome o : ValidityOutcome.values()) {
      if (result.replicates(o) < job.bootstrapReplicates()) {
        fewer.add(String.format(Locale.ROOT, "%s %,d", o.label().toLowerCase(Locale.ROOT), result.replicates(o)));
      }
    }
    if (!fewer.isEmpty()) {
      note(w, local, String.format(Locale.ROOT, "Bootstrap intervals use %,d replicates, fewer for very large samples"
          + " (at most 50 million case-replicates each, at least 200): %s.", job.bootstrapReplicates(),
          String.join(", ", fewer)));
    }
    if (result.severityAdjusted()) {
      note(w, local, "Rows marked (adjusted) use scores adjusted for interviewer severity: each rating plus its"
          + " interviewer's severity, so harsh interviewers' ratings are raised and lenient ones' lowered.");
    }
    w.skip(1);
  }

  private void weights(SheetWriter w, Styles st, Local local) {
    ValidityOutcome o = result.primary();
    String name = o.label().toLowerCase(Locale.ROOT);
    w.line(st.subtitle, "Rubric weights: current and suggested from " + name);
    note(w, local, "Why " + name + ": " + result.primaryWhy() + ".");
    note(w, local, String.format(Locale.ROOT, "Suggested = non-negative regression of %s on the competency scores,"
        + " rescaled to %s and rounded to whole percent, with intervals from %,d bootstrap replicates."
        + " suggested-rubric.yaml in the run folder holds these weights ready to adopt. Importance ="
        + " Johnson's relative weight, the competency's share of the explained variance: it measures"
        + " importance, it is not a weight.", name, fmtWeight(result.rubric().weightTotal()), result.replicates(o)));
    header(w, List.of("Competency", "Current weight", "Suggested weight", "95% interval", "Change",
        "Recommendation", "Importance", "95% interval"));
    CellStyle wt = weightDigits() == 0 ? st.integer : st.decimal;
    CellStyle change = weightDigits() == 0 ? local.signed : st.decimal;
    for (Competency c : result.rubric().competencies()) {
      Optional<ValidityRow> s = result.row(o, c.id(), "suggested_weight");
      Optional<ValidityRow> ch = result.row(o, c.id(), "weight_change");
      Optional<ValidityRow> imp = result.row(o, c.id(), "relative_weight_pct");
      List<Object> row = new ArrayList<>();
      row.add(c.label());
      row.add(c.weight());
      Double rounded = s.map(ValidityRow::suggestedWeight).orElse(null);
      if (s.isPresent() && s.get().shown() && rounded != null) {
        row.add(rounded);
        row.add(interval(s.get(), weightDigits(), 1));
        row.add(rounded - c.weight());
      } else {
        row.add(hidden(s));
        row.add(null);
        row.add(null);
      }
      row.add(ch.map(r -> RECOMMENDATION.getOrDefault(r.recommendation(), "")).orElse(""));
      if (imp.isPresent() && imp.get().shown()) {
        row.add(imp.get().estimate() / 100);
        row.add(interval(imp.get(), 0, 1) + "%");
      } else {
        row.add(hidden(imp));
        row.add(null);
      }
      w.values(row, null, wt, wt, null, change, null, st.percent);
      centre(w, local, 3, 5, 7);
    }
    String band = fmtWeight(5 * result.rubric().weightTotal() / 100);
    note(w, local, "Recommendation, from the 95% interval of the change (suggested − current): raise or lower when"
        + " the whole interval lies above or below 0; keep when it lies within ±" + band + " points; otherwise"
        + " insufficient evidence (the data allow changes beyond ±" + band + " points either way, or there are"
        + " fewer than " + result.minN() + " cases).");
    w.skip(1);
    String metric = o.type() == OutcomeType.BINARY ? "cv_auc" : "cv_r";
    header(w, List.of("Composite, out of sample (" + result.folds() + "-fold cross-validation)",
        metric.equals("cv_auc") ? "AUC" : "r", "95% interval"));
    compositeRow(w, local, "Current weights", result.row(o, "composite_current", metric));
    compositeRow(w, local, "Suggested weights, fitted without the scored fold",
        result.row(o, "composite_suggested", metric));
    compositeRow(w, local, "Difference, suggested − current (paired)",
        result.row(o, "composite_suggested", metric + "_difference"));
    w.skip(1);
  }

  private void compositeRow(SheetWriter w, Local local, String label, Optional<ValidityRow> r) {
    List<Object> row = new ArrayList<>();
    row.add(label);
    value(row, r, true);
    w.values(row);
    centre(w, local, 2);
  }

  private void validity(SheetWriter w, Styles st, Local local) {
    w.line(st.subtitle, "Validity per competency");
    note(w, local, "AUC (hired, retention): the chance that a random hired (retained) candidate scored higher than a"
        + " random other one; 0.5 = no better than chance. r (performance): correlation with the performance"
        + " rating. Corrected r: corrected for range restriction.");
    header(w, List.of("Competency", "Hired: AUC", "95% interval", "Performance: r among hires", "95% interval",
        "Performance: corrected r", "Retention: AUC among hires", "95% interval", "Retention: corrected r"));
    List<String[]> predictors = new ArrayList<>();
    for (Competency c : result.rubric().competencies()) {
      predictors.add(new String[] {c.id(), c.label()});
    }
    predictors.add(new String[] {"composite_current", "Composite, current weights"});
    if (result.severityAdjusted()) {
      for (Competency c : result.rubric().competencies()) {
        predictors.add(new String[] {c.id() + "_adjusted", c.label() + " (adjusted)"});
      }
      predictors.add(new String[] {"composite_current_adjusted", "Composite, current weights (adjusted)"});
    }
    for (String[] p : predictors) {
      List<Object> row = new ArrayList<>();
      row.add(p[1]);
      value(row, result.row(ValidityOutcome.HIRED, p[0], "auc"), true);
      value(row, result.row(ValidityOutcome.PERFORMANCE, p[0], "r"), true);
      value(row, result.row(ValidityOutcome.PERFORMANCE, p[0], "r_corrected"), false);
      value(row, result.row(ValidityOutcome.RETAINED_12M, p[0], "auc"), true);
      value(row, result.row(ValidityOutcome.RETAINED_12M, p[0], "r_corrected"), false);
      w.values(row);
      centre(w, local, 2, 4, 7);
    }
    w.skip(1);
  }

  private void tiers(SheetWriter w, Styles st, Local local) {
    w.line(st.subtitle, "Outcomes by score tier (current composite)");
    header(w, List.of("Tier (hiring signal)", "Composite from", "Decided candidates", "Hire rate", "95% interval",
        "Mean performance", "95% interval", "Retained 12 months", "95% interval"));
    for (TierRow t : result.tiers()) {
      TierSummary s = t.summary();
      List<Object> row = new ArrayList<>();
      row.add(t.tier().equals("ALL") ? "All tiers" : t.signal().isEmpty() ? t.tier() : t.tier() + " (" + t.signal() + ")");
      row.add(Double.isNaN(t.minComposite()) ? null : t.minComposite());
      row.add(s.candidates());
      estimate(row, s.hireRate(), true);
      estimate(row, s.performance(), false);
      estimate(row, s.retention(), true);
      w.values(row, null, st.integer, null, st.percent, null, st.decimal, null, st.percent);
      centre(w, local, 4, 6, 8);
    }
    w.skip(1);
  }

  private void details(SheetWriter w, Styles st, Local local, ValidityOutcome o) {
    boolean binary = o.type() == OutcomeType.BINARY;
    String model = result.rubric().competencies().stream().findFirst()
        .flatMap(c -> result.row(o, c.id(), "std_coef")).map(r -> modelName(r.method())).orElse("");
    header(w, List.of(o.label() + (model.isEmpty() ? "" : ": " + model), "Effect per SD", "95% interval",
        binary ? "AUC drop when left out" : "R² drop when left out", "95% interval"));
    for (Competency c : result.rubric().competencies()) {
      List<Object> row = new ArrayList<>();
      row.add(c.label());
      value(row, result.row(o, c.id(), "std_coef"), true);
      value(row, result.row(o, c.id(), binary ? "delta_auc" : "delta_r_squared"), true);
      w.values(row, null, st.decimal, null, local.threeDigits);
      centre(w, local, 2, 4);
    }
    w.skip(1);
  }

  // ------------------------------------------------------------------ cells

  private static final Map<String, String> RECOMMENDATION = Map.of("raise", "Raise", "lower", "Lower",
      "keep", "Keep", "insufficient_evidence", "Insufficient evidence");

  private static void header(SheetWriter w, List<String> names) {
    w.header(names);
    w.sheet().getRow(w.rowIndex() - 1).setHeightInPoints(30);
  }

  /**
   * Aligns the text cells of the last row: interval columns centred, other columns after the
   * first right-aligned like the numbers they stand in for ("fewer than N").
   */
  private static void centre(SheetWriter w, Local local, int... intervalColumns) {
    org.apache.poi.ss.usermodel.Row r = w.sheet().getRow(w.rowIndex() - 1);
    for (int c = 1; c < r.getLastCellNum(); c++) {
      org.apache.poi.ss.usermodel.Cell cell = r.getCell(c);
      if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
        final int col = c;
        boolean interval = java.util.stream.IntStream.of(intervalColumns).anyMatch(i -> i == col);
        cell.setCellStyle(interval ? local.centred : local.right);
      }
    }
  }

  /** A note merged across the table's width, as tall as its text needs. */
  private static void note(SheetWriter w, Local local, String text) {
    w.line(local.note, text);
    XSSFSheet s = (XSSFSheet) w.sheet();
    int r = w.rowIndex() - 1;
    s.addMergedRegion(new CellRangeAddress(r, r, 0, 8));
    s.getRow(r).setHeightInPoints(14.5f * Math.max(1, (int) Math.ceil(text.length() / 160.0)));
  }

  /** Appends the estimate (or "fewer than N" / the reason) and, if asked, its interval as text. */
  private void value(List<Object> row, Optional<ValidityRow> r, boolean withInterval) {
    if (r.isPresent() && r.get().shown()) {
      row.add(r.get().estimate());
      if (withInterval) {
        row.add(interval(r.get(), r.get().metric().startsWith("delta") ? 3 : 2, 1));
      }
    } else {
      row.add(hidden(r));
      if (withInterval) {
        row.add(null);
      }
    }
  }

  private void estimate(List<Object> row, Estimate e, boolean share) {
    if (!e.defined()) {
      row.add(e.n() == 0 ? "none" : reasonWords(e.reason()));
      row.add(null);
    } else if (e.n() < result.minN()) {
      row.add(fewer());
      row.add(null);
    } else {
      row.add(e.value());
      row.add(Double.isNaN(e.ciLow()) ? "" : share
          ? fmt(100 * e.ciLow(), 0) + "% to " + fmt(100 * e.ciHigh(), 0) + "%"
          : fmt(e.ciLow(), 2) + " to " + fmt(e.ciHigh(), 2));
    }
  }

  private String hidden(Optional<ValidityRow> r) {
    if (r.isEmpty()) {
      return "not computed";
    }
    return Reason.BELOW_MIN_N.equals(r.get().note()) ? fewer() : reasonWords(r.get().note());
  }

  private String fewer() {
    return "fewer than " + result.minN();
  }

  private static String interval(ValidityRow r, int digits, double scale) {
    if (Double.isNaN(r.ciLow()) || Double.isNaN(r.ciHigh())) {
      return r.note() == null ? "" : reasonWords(r.note());
    }
    return fmt(r.ciLow() * scale, digits) + " to " + fmt(r.ciHigh() * scale, digits);
  }

  private static String modelName(String method) {
    return switch (method) {
      case "logistic_wald" -> "logistic regression";
      case "ols_t" -> "linear regression";
      case "ridge_gcv", "ridge_aic_effective_df" -> "ridge regression (few cases or collinear scores)";
      default -> method.replace('_', ' ');
    };
  }

  static String reasonWords(String reason) {
    return reason == null ? "" : reason.replace('_', ' ');
  }

  private int weightDigits() {
    return result.rubric().weightTotal() == 100 ? 0 : 2;
  }

  private String fmtWeight(double v) {
    return fmt(v, weightDigits());
  }

  /** A number with the given decimals; −0.00 shows as 0.00. */
  static String fmt(double v, int digits) {
    String out = String.format(Locale.ROOT, "%." + digits + "f", v);
    return out.matches("-0(\\.0+)?") ? out.substring(1) : out;
  }
}
