package io.interviewcalibration.report;

import io.interviewcalibration.report.Finding.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the Summary sheet says: headline figures with a traffic light against the job's thresholds,
 * findings written as sentences with their numbers and intervals, and recommended actions. Built
 * from the sections' result tables (the same numbers as the results files, so every sentence can
 * be traced to a row) plus each section's own {@link Section#summaryFindings()}.
 */
public final class Summary {
  /** Krippendorff's conventions for alpha: reliable from .800, tentative from .667. */
  static final double RELIABLE = 0.8;
  static final double TENTATIVE = 2.0 / 3;
  /** At most this many findings and actions are shown; the rest are in the detail sheets. */
  static final int MAX_FINDINGS = 10;
  static final int MAX_ACTIONS = 6;

  /**
   * What the sentences need from the job.
   *
   * @param competencies rubric competency ids in rubric order
   * @param labels display label per competency id
   * @param reliabilityTarget the job's reliability target for the panel mean
   * @param severityPoints the smallest severity that is flagged
   * @param scaleRange rating scale max − min
   * @param minN the job's minimum n
   * @param minScorecards the job's minimum scorecards per interviewer
   */
  public record Context(List<String> competencies, Map<String, String> labels, double reliabilityTarget,
      double severityPoints, double scaleRange, int minN, int minScorecards) {}

  private final Context ctx;
  private final Map<String, ResultTable> tables = new HashMap<>();
  private final Map<String, Object> info = new HashMap<>();
  private final List<Headline> headlines = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<Finding> actions = new ArrayList<>();

  private Summary(Context ctx) {
    this.ctx = ctx;
  }

  /** Builds the summary of the given sections. */
  public static Summary of(List<Section> sections, Context ctx) {
    Summary s = new Summary(ctx);
    List<Finding> extra = new ArrayList<>();
    for (Section section : sections) {
      for (ResultTable t : section.tables()) {
        s.tables.put(t.name(), t);
      }
      s.info.putAll(section.runInfo());
      extra.addAll(section.summaryFindings());
    }
    s.reliability();
    s.interviewers();
    s.validity();
    s.stages();
    for (Finding f : extra) {
      (f.kind() == Finding.Kind.ACTION ? s.actions : s.findings).add(f);
    }
    Comparator<Finding> bySize = Comparator.comparingDouble(Finding::size).reversed();
    s.findings.sort(bySize);
    s.actions.sort(bySize);
    return s;
  }

  public List<Headline> headlines() {
    return headlines;
  }

  /** Findings, largest effect first, at most {@link #MAX_FINDINGS}. */
  public List<Finding> findings() {
    return findings.subList(0, Math.min(MAX_FINDINGS, findings.size()));
  }

  /** Actions, largest effect first, at most {@link #MAX_ACTIONS}. */
  public List<Finding> actions() {
    return actions.subList(0, Math.min(MAX_ACTIONS, actions.size()));
  }

  /** {@code results/summary.csv}: the headline figures, for later runs' {@code --baseline}. */
  public ResultTable table() {
    List<List<Object>> rows = new ArrayList<>();
    for (Headline h : headlines) {
      rows.add(Arrays.asList(h.key(), h.area(), h.figure(), h.value(), h.low(), h.high(), h.unit(),
          h.status().label(), h.basis()));
    }
    return new ResultTable("summary", COLUMNS, rows, Set.of());
  }

  public static final List<String> COLUMNS = List.of("key", "area", "figure", "value", "ci_low", "ci_high", "unit",
      "status", "basis");

  // ------------------------------------------------------------------ reliability

  private void reliability() {
    List<Map<String, Object>> alpha = rows("agreement", r -> "ALL".equals(r.get("stage"))
        && "ALL".equals(r.get("confidence")) && "alpha_interval".equals(r.get("metric")));
    if (alpha.isEmpty()) {
      return;
    }
    Map<String, Map<String, Object>> byComp = index(alpha, "competency");
    List<String[]> unreliable = new ArrayList<>();
    String worst = null;
    String best = null;
    int shown = 0;
    for (String c : ctx.competencies()) {
      Map<String, Object> r = byComp.get(c);
      if (r == null) {
        continue;
      }
      boolean few = "below_min_n".equals(r.get("note"));
      double v = few ? Double.NaN : num(r, "value");
      Status st = Double.isNaN(v) ? Status.INFO : v >= RELIABLE ? Status.GOOD : v >= TENTATIVE ? Status.WATCH : Status.ACT;
      headlines.add(new Headline("reliability/" + c, "Reliability", label(c) + " (Krippendorff's α)", v,
          few ? Double.NaN : num(r, "ci_low"), few ? Double.NaN : num(r, "ci_high"), "ratio", st,
          few ? "fewer than " + ctx.minN() + " candidates" : "α ≥ .800 reliable, ≥ .667 tentative", "Agreement"));
      if (Double.isNaN(v)) {
        continue;
      }
      shown++;
      if (worst == null || v < num(byComp.get(worst), "value")) {
        worst = c;
      }
      if (best == null || v > num(byComp.get(best), "value")) {
        best = c;
      }
      if (st == Status.ACT) {
        unreliable.add(new String[] {c});
      }
    }
    if (worst == null) {
      return;
    }
    Map<String, Object> w = byComp.get(worst);
    Map<String, Object> b = byComp.get(best);
    double gap = RELIABLE - num(w, "value");
    if (unreliable.size() == shown && shown > 1) {
      findings.add(Finding.finding("Reliability", Status.ACT, gap, String.format(Locale.ROOT,
          "No competency is rated reliably: α is below .667 for all %d, from %s to %s.",
          shown, alphaText(worst, w), alphaText(best, b)), "Agreement"));
    } else if (!unreliable.isEmpty()) {
      findings.add(Finding.finding("Reliability", Status.ACT, gap, String.format(Locale.ROOT,
          "%d of %d competencies are rated unreliably (α below .667); the least reliable is %s.",
          unreliable.size(), shown, alphaText(worst, w)), "Agreement"));
    } else if (num(w, "value") < RELIABLE) {
      findings.add(Finding.finding("Reliability", Status.WATCH, gap, String.format(Locale.ROOT,
          "Every competency is at least tentatively reliable; the least reliable is %s.", alphaText(worst, w)),
          "Agreement"));
    } else {
      findings.add(Finding.finding("Reliability", Status.GOOD, 0.05, String.format(Locale.ROOT,
          "Interviewers agree reliably on every competency; the least reliable is %s.", alphaText(worst, w)),
          "Agreement"));
    }
    dStudy(byComp);
  }

  /** "Label (α 0.42, 95% CI 0.35–0.49)". */
  private String alphaText(String c, Map<String, Object> r) {
    return label(c) + " (" + valueCi("α", num(r, "value"), num(r, "ci_low"), num(r, "ci_high")) + ")";
  }

  /** The panel size that brings each competency's panel mean to the target (D-study). */
  private void dStudy(Map<String, Map<String, Object>> alphaByComp) {
    List<Map<String, Object>> d = rows("agreement", r -> "ALL".equals(r.get("stage"))
        && "ALL".equals(r.get("confidence")) && String.valueOf(r.get("metric")).startsWith("dstudy_"));
    Map<String, Map<String, Map<String, Object>>> byComp = new LinkedHashMap<>();
    for (Map<String, Object> r : d) {
      byComp.computeIfAbsent(String.valueOf(r.get("competency")), k -> new HashMap<>()).put(String.valueOf(r.get("metric")), r);
    }
    int needed = 0;
    List<String> reach = new ArrayList<>();
    List<String> never = new ArrayList<>();
    for (String c : ctx.competencies()) {
      Map<String, Map<String, Object>> m = byComp.get(c);
      if (m == null || !m.containsKey("dstudy_panel_for_target") || !alphaByComp.containsKey(c)
          || num(alphaByComp.get(c), "value") >= ctx.reliabilityTarget()) {
        continue;
      }
      double k = num(m.get("dstudy_panel_for_target"), "value");
      if (Double.isNaN(k)) {
        never.add(label(c));
      } else {
        needed = Math.max(needed, (int) k);
        reach.add(c);
      }
    }
    if (reach.isEmpty() && never.isEmpty()) {
      return;
    }
    StringBuilder s = new StringBuilder();
    double size = 0;
    if (!reach.isEmpty()) {
      String worst = reach.stream().max(Comparator.comparingDouble(c -> num(byComp.get(c).get("dstudy_panel_for_target"), "value")))
          .orElseThrow();
      Map<String, Object> at = byComp.get(worst).get("dstudy_reliability_k" + needed);
      s.append(String.format(Locale.ROOT, "Plan %d interviewers per candidate to reach reliability %.2f on the panel mean"
          + " for %d of %d competencies", needed, ctx.reliabilityTarget(), reach.size(), reach.size() + never.size()));
      if (at != null) {
        s.append(String.format(Locale.ROOT, " (D-study: %s reaches %s with %d)", label(worst),
            valueCi("", num(at, "value"), num(at, "ci_low"), num(at, "ci_high")).trim(), needed));
      }
      s.append('.');
      size = needed / 8.0;
    }
    if (!never.isEmpty()) {
      s.append(s.length() == 0 ? "" : " ").append(String.join(", ", never))
          .append(never.size() == 1 ? " does" : " do").append(" not reach it even with 8: sharpen the rubric's anchors"
              + " and calibrate interviewers on it rather than adding interviewers.");
      size = Math.max(size, 1);
    }
    actions.add(Finding.action("talent ops", size, s.toString(), "Agreement"));
  }

  // ------------------------------------------------------------------ interviewers

  private void interviewers() {
    List<Map<String, Object>> iv = rows("interviewers", r -> !"ALL".equals(r.get("interviewer_id")));
    if (iv.isEmpty()) {
      return;
    }
    List<Map<String, Object>> compared = new ArrayList<>();
    List<Map<String, Object>> flagged = new ArrayList<>();
    int few = 0;
    for (Map<String, Object> r : iv) {
      String flag = str(r, "flag");
      if (flag.equals("insufficient_data")) {
        few++;
        continue;
      }
      if (flag.equals("not_connected") || Double.isNaN(num(r, "severity"))) {
        continue;
      }
      compared.add(r);
      if (flag.equals("harsh") || flag.equals("lenient")) {
        flagged.add(r);
      }
    }
    double share = compared.isEmpty() ? Double.NaN : (double) flagged.size() / compared.size();
    Status st = compared.isEmpty() ? Status.INFO : flagged.isEmpty() ? Status.GOOD : share <= 0.10 ? Status.WATCH : Status.ACT;
    headlines.add(new Headline("interviewers/flagged_share", "Interviewers", "Flagged harsh or lenient", share,
        Double.NaN, Double.NaN, "share", st, String.format(Locale.ROOT, "%d of %d compared; |severity| ≥ %.2f points and"
            + " its interval excludes 0", flagged.size(), compared.size(), ctx.severityPoints()), "Interviewers"));
    flagged.sort(Comparator.comparingDouble((Map<String, Object> r) -> Math.abs(num(r, "severity"))).reversed());
    for (Map<String, Object> r : flagged.subList(0, Math.min(3, flagged.size()))) {
      double sev = num(r, "severity");
      findings.add(Finding.finding("Interviewers", Status.ACT, Math.abs(sev) / ctx.scaleRange() * 2,
          String.format(Locale.ROOT, "%s rates %s than the average interviewer by %.2f rating points (95%% CI %.2f–%.2f),"
              + " after adjusting for the candidates they saw.", str(r, "interviewer_id"),
              sev > 0 ? "harsher" : "more leniently", Math.abs(sev), Math.abs(sev > 0 ? num(r, "ci_low") : num(r, "ci_high")),
              Math.abs(sev > 0 ? num(r, "ci_high") : num(r, "ci_low"))), "Interviewers"));
    }
    List<String> drifting = new ArrayList<>();
    Map<String, String> driftFlag = new LinkedHashMap<>();
    for (Map<String, Object> r : rows("drift", r -> str(r, "flag").startsWith("drifting"))) {
      driftFlag.putIfAbsent(str(r, "interviewer_id"), str(r, "flag"));
    }
    driftFlag.forEach((id, f) -> drifting.add(id + (f.endsWith("harsher") ? " (harsher)" : " (more lenient)")));
    if (!drifting.isEmpty()) {
      findings.add(Finding.finding("Interviewers", Status.WATCH, 0.2, String.format(Locale.ROOT,
          "%d interviewer%s drifted over the periods: %s.", drifting.size(), drifting.size() == 1 ? "" : "s",
          String.join(", ", drifting)), "Drift"));
    }
    if (few > 0) {
      findings.add(Finding.finding("Interviewers", Status.INFO, 0.01, String.format(Locale.ROOT,
          "%d interviewer%s had fewer than %d scorecards in the window and %s not compared.", few, few == 1 ? "" : "s",
          ctx.minScorecards(), few == 1 ? "is" : "are"), "Interviewers"));
    }
    Set<String> calibrate = new TreeSet<>();
    flagged.forEach(r -> calibrate.add(str(r, "interviewer_id")));
    calibrate.addAll(driftFlag.keySet());
    if (!calibrate.isEmpty()) {
      actions.add(Finding.action("talent ops", 0.5 + 0.1 * calibrate.size(), String.format(Locale.ROOT,
          "Calibrate %s: review their ratings against the panel's on shared candidates and the rubric's anchors.",
          String.join(", ", calibrate)), "Interviewers"));
    }
  }

  // ------------------------------------------------------------------ validity

  private void validity() {
    Object primary = info.get("validity") instanceof Map<?, ?> m ? m.get("primary_outcome") : null;
    if (primary == null || !tables.containsKey("validity")) {
      return;
    }
    String outcome = primary.toString();
    boolean binary = !outcome.equals("performance");
    String metric = binary ? "auc" : "r";
    String outcomeWords = switch (outcome) {
      case "performance" -> "performance";
      case "retained_12m" -> "12-month retention";
      default -> "being hired";
    };
    Map<String, Object> comp = first(rows("validity", r -> outcome.equals(r.get("outcome"))
        && "composite_current".equals(r.get("predictor")) && metric.equals(r.get("metric"))));
    if (comp != null) {
      double v = num(comp, "estimate");
      double lo = num(comp, "ci_low");
      double chance = binary ? 0.5 : 0;
      Status st = Double.isNaN(v) ? Status.INFO : lo <= chance ? Status.ACT : (binary ? v >= 0.7 : v >= 0.3) ? Status.GOOD
          : Status.WATCH;
      headlines.add(new Headline("validity/composite_" + outcome, "Validity", "Current composite vs " + outcomeWords
          + (binary ? " (AUC)" : " (r)"), v, lo, num(comp, "ci_high"), "ratio", st,
          binary ? "AUC ≥ .70 good; interval above .50 = better than chance" : "r ≥ .30 good; interval above 0 = predicts",
          "Validity"));
      if (!Double.isNaN(v)) {
        findings.add(Finding.finding("Validity", st, binary ? Math.abs(v - 0.5) * 2 : Math.abs(v), lo > chance
            ? String.format(Locale.ROOT, "The current composite predicts %s (%s, n %,d).", outcomeWords,
                valueCi(binary ? "AUC" : "r", v, lo, num(comp, "ci_high")), (long) num(comp, "n"))
            : String.format(Locale.ROOT, "There is no evidence that the current composite predicts %s (%s, n %,d).",
                outcomeWords, valueCi(binary ? "AUC" : "r", v, lo, num(comp, "ci_high")), (long) num(comp, "n")),
            "Validity"));
      }
    }
    Map<String, Object> hired = first(rows("validity", r -> "hired".equals(r.get("outcome"))
        && "composite_current".equals(r.get("predictor")) && "auc".equals(r.get("metric"))));
    if (hired != null && !outcome.equals("hired")) {
      headlines.add(new Headline("validity/composite_hired", "Validity", "Current composite vs the hiring decision (AUC)",
          num(hired, "estimate"), num(hired, "ci_low"), num(hired, "ci_high"), "ratio", Status.INFO,
          "how much the decision followed the scores, not whether they predict success", "Validity"));
    }
    List<String> none = new ArrayList<>();
    Map<String, Object> strongest = null;
    for (String c : ctx.competencies()) {
      Map<String, Object> r = first(rows("validity", x -> outcome.equals(x.get("outcome")) && c.equals(x.get("predictor"))
          && metric.equals(x.get("metric"))));
      if (r == null || Double.isNaN(num(r, "estimate"))) {
        continue;
      }
      double chance = binary ? 0.5 : 0;
      if (num(r, "ci_low") <= chance && num(r, "ci_high") >= chance) {
        none.add(label(c));
      } else if (strongest == null || num(r, "estimate") > num(strongest, "estimate")) {
        strongest = r;
      }
    }
    if (strongest != null) {
      double v = num(strongest, "estimate");
      findings.add(Finding.finding("Validity", Status.INFO, binary ? Math.abs(v - 0.5) * 2 : Math.abs(v),
          String.format(Locale.ROOT, "%s is the strongest single predictor of %s (%s).", label(str(strongest, "predictor")),
              outcomeWords, valueCi(binary ? "AUC" : "r", v, num(strongest, "ci_low"), num(strongest, "ci_high"))),
          "Validity"));
    }
    if (!none.isEmpty()) {
      findings.add(Finding.finding("Validity", Status.WATCH, 0.15, String.format(Locale.ROOT,
          "No evidence that %s predict%s %s: %s interval%s include%s %s.", String.join(", ", none),
          none.size() == 1 ? "s" : "", outcomeWords, none.size() == 1 ? "its" : "their", none.size() == 1 ? "" : "s",
          none.size() == 1 ? "s" : "", binary ? "0.50" : "0"), "Validity"));
    }
    weights(outcome, outcomeWords);
  }

  private void weights(String outcome, String outcomeWords) {
    List<String> changes = new ArrayList<>();
    double size = 0;
    int insufficient = 0;
    for (String c : ctx.competencies()) {
      Map<String, Object> r = first(rows("validity", x -> outcome.equals(x.get("outcome")) && c.equals(x.get("predictor"))
          && "weight_change".equals(x.get("metric"))));
      if (r == null) {
        continue;
      }
      String rec = str(r, "recommendation");
      if (rec.equals("raise") || rec.equals("lower")) {
        changes.add(String.format(Locale.ROOT, "%s %s from %s to %s (change %s, 95%% CI %s to %s)",
            rec, label(c), str(r, "current_weight"), str(r, "suggested_weight"), signed(num(r, "estimate")),
            signed(num(r, "ci_low")), signed(num(r, "ci_high"))));
        size = Math.max(size, Math.abs(num(r, "estimate")) / 100);
      } else if (rec.equals("insufficient_evidence")) {
        insufficient++;
      }
    }
    if (!changes.isEmpty()) {
      String s = String.join("; ", changes);
      actions.add(Finding.action("hiring leads", 0.3 + size, "Re-weight the rubric for " + outcomeWords + ": "
          + Character.toUpperCase(s.charAt(0)) + s.substring(1) + ". suggested-rubric.yaml has the full rubric.", "Validity"));
    } else if (insufficient > 0) {
      actions.add(Finding.action("hiring leads", 0.05, String.format(Locale.ROOT, "Keep the current weights: the data"
          + " supports no change yet (%d competenc%s with insufficient evidence).", insufficient,
          insufficient == 1 ? "y" : "ies"), "Validity"));
    }
  }

  // ------------------------------------------------------------------ stages

  private void stages() {
    Map<String, Object> ttd = first(rows("time_to_decision", r -> "ALL".equals(r.get("job_id"))
        && "ALL".equals(r.get("period"))));
    List<Map<String, Object>> pooled = rows("stages", r -> "ALL".equals(r.get("job_id")) && "ALL".equals(r.get("period")));
    double slaTotal = 0;
    boolean anySla = false;
    for (Map<String, Object> r : pooled) {
      if (!Double.isNaN(num(r, "sla_days"))) {
        slaTotal += num(r, "sla_days");
        anySla = true;
      }
    }
    if (ttd != null) {
      double p50 = num(ttd, "p50_days");
      double p90 = num(ttd, "p90_days");
      String basis = anySla ? String.format(Locale.ROOT, "sum of the stages' SLAs: %.0f days", slaTotal) : "no SLAs set";
      Status st50 = !anySla || Double.isNaN(p50) ? Status.INFO : p50 > slaTotal ? Status.ACT : Status.GOOD;
      Status st90 = !anySla || Double.isNaN(p90) ? Status.INFO : p90 > slaTotal ? Status.WATCH : Status.GOOD;
      headlines.add(new Headline("time_to_decision/p50", "Time to decision", "Median days, first stage to decision", p50,
          num(ttd, "p50_ci_low_days"), num(ttd, "p50_ci_high_days"), "days", st50, basis, "Stages"));
      headlines.add(new Headline("time_to_decision/p90", "Time to decision", "90th percentile days", p90, Double.NaN,
          Double.NaN, "days", st90, basis, "Stages"));
      if (!Double.isNaN(p90)) {
        findings.add(Finding.finding("Time to decision", st90 == Status.GOOD ? Status.GOOD : st50 == Status.ACT ? Status.ACT
            : Status.WATCH, anySla ? Math.max(0, p90 / slaTotal - 1) / 2 : 0.1, String.format(Locale.ROOT,
            "Candidates wait a median %.1f days from their first stage to a decision (95%% CI %.1f–%.1f); one in ten"
                + " waits more than %.0f days%s.", p50, num(ttd, "p50_ci_low_days"), num(ttd, "p50_ci_high_days"), p90,
            anySla ? String.format(Locale.ROOT, " (the stages' SLAs add up to %.0f)", slaTotal) : ""), "Stages"));
      }
    }
    Map<String, Object> worst = null;
    for (Map<String, Object> r : pooled) {
      double rate = num(r, "sla_breach_rate");
      if (!Double.isNaN(rate) && num(r, "n_completed") >= ctx.minN() && (worst == null || rate > num(worst, "sla_breach_rate"))) {
        worst = r;
      }
    }
    if (worst != null && num(worst, "sla_breach_rate") > 0.1) {
      double rate = num(worst, "sla_breach_rate");
      String stage = str(worst, "stage").replace('_', ' ');
      String text = String.format(Locale.ROOT, "%s is the slowest stage against its SLA: median %.1f days (p90 %.1f),"
          + " %.0f%% of completed visits over the %.0f-day SLA.", capitalise(stage), num(worst, "p50_days"),
          num(worst, "p90_days"), 100 * rate, num(worst, "sla_days"));
      findings.add(Finding.finding("Stages", rate > 0.25 ? Status.ACT : Status.WATCH, rate, text, "Stages"));
      actions.add(Finding.action("talent ops", rate, String.format(Locale.ROOT, "Speed up the %s stage: %.0f%% of"
          + " visits exceed its %.0f-day SLA (p90 %.1f days).", stage, 100 * rate, num(worst, "sla_days"),
          num(worst, "p90_days")), "Stages"));
    }
  }

  // ------------------------------------------------------------------ helpers

  private String label(String c) {
    return ctx.labels().getOrDefault(c, c);
  }

  static String valueCi(String name, double v, double lo, double hi) {
    String head = name.isEmpty() ? "" : name + " ";
    if (Double.isNaN(lo) || Double.isNaN(hi)) {
      return String.format(Locale.ROOT, "%s%.2f", head, v);
    }
    return String.format(Locale.ROOT, "%s%.2f, 95%% CI %.2f–%.2f", head, v, lo, hi);
  }

  /** Whole points with their sign; no "-0". */
  static String signed(double v) {
    long r = Math.round(v);
    return r == 0 ? "0" : String.format(Locale.ROOT, "%+d", r);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private List<Map<String, Object>> rows(String table, java.util.function.Predicate<Map<String, Object>> keep) {
    ResultTable t = tables.get(table);
    if (t == null) {
      return List.of();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> r : t.rows()) {
      Map<String, Object> m = new HashMap<>();
      for (int i = 0; i < t.columns().size(); i++) {
        m.put(t.columns().get(i), r.get(i));
      }
      if (keep.test(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static Map<String, Map<String, Object>> index(List<Map<String, Object>> rows, String key) {
    return rows.stream().collect(Collectors.toMap(r -> String.valueOf(r.get(key)), r -> r, (a, b) -> a, LinkedHashMap::new));
  }

  private static Map<String, Object> first(List<Map<String, Object>> rows) {
    return rows.isEmpty() ? null : rows.get(0);
  }

  static double num(Map<String, Object> r, String col) {
    Object v = r == null ? null : r.get(col);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s && !s.isEmpty()) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  static String str(Map<String, Object> r, String col) {
    Object v = r.get(col);
    if (v instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return v == null ? "" : v.toString();
  }
}
