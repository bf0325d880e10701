package io.interviewcalibration.report;

import io.interviewcalibration.analysis.AgreementResult;
import io.interviewcalibration.analysis.AgreementRow;
import io.interviewcalibration.analysis.InterviewerPair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Agreement sheet: headline findings, the table per competency with interpretation bands,
 * the alpha and D-study charts, the overall recommendation, stages, confidence levels, variance
 * components and the least-agreeing interviewer pairs, and method notes. Values on fewer
 * candidates than the job's minimum show as "fewer than N"; candidate ids never appear.
 */
final class AgreementSheet {
  static final String ALL = "ALL";
  static final String RECOMMENDATION = "overall_recommendation";
  static final String COMPOSITE_LABEL = "Scorecard composite (weighted)";
  static final String RECOMMENDATION_LABEL = "Overall recommendation";
  /** Pairs shown; all are in results/interviewer_pairs.csv. */
  static final int PAIRS_SHOWN = 25;
  private static final int CHART_ROWS = 23;

  private final AgreementResult result;
  private final XSSFWorkbook wb;
  private final Styles st;
  private final CellStyle three;
  private final CellStyle noteLine;
  private final CellStyle centred;
  private XSSFSheet sheet;
  private final Map<List<String>, AgreementRow> byKey = new HashMap<>();
  private final List<String> competencies;
  private final List<String> stages;
  private final List<String> confidences;

  AgreementSheet(AgreementResult result, XSSFWorkbook wb, Styles styles) {
    this.result = result;
    this.wb = wb;
    this.st = styles;
    this.three = wb.createCellStyle();
    three.setDataFormat(wb.createDataFormat().getFormat("0.000"));
    this.noteLine = wb.createCellStyle();
    noteLine.cloneStyleFrom(styles.note);
    noteLine.setWrapText(false);
    this.centred = wb.createCellStyle();
    centred.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
    Set<String> comps = new LinkedHashSet<>();
    Set<String> stageSet = new LinkedHashSet<>();
    Set<String> confSet = new LinkedHashSet<>();
    for (AgreementRow r : result.rows()) {
      byKey.put(List.of(r.competency(), r.stage(), r.confidence(), r.metric()), r);
      if (!r.competency().equals(ALL) && !r.competency().equals(RECOMMENDATION)) {
        comps.add(r.competency());
      }
      if (!r.stage().equals(ALL)) {
        stageSet.add(r.stage());
      }
      if (!r.confidence().equals(ALL)) {
        confSet.add(r.confidence());
      }
    }
    this.competencies = new ArrayList<>(comps);
    this.stages = new ArrayList<>(stageSet);
    this.confidences = new ArrayList<>(confSet);
  }

  void write(Charts charts) throws IOException {
    sheet = wb.createSheet("Agreement");
    SheetWriter w = new SheetWriter(sheet, st);
    // widths first: pictures are sized against the columns they are placed on
    w.widths(WIDTHS);
    w.line(st.title, "Do interviewers agree?");
    w.line(noteLine, String.format(Locale.ROOT,
        "Analysis window %s. 95%% intervals from %,d bootstrap resamples of candidates (seed %d). Values on fewer "
            + "than %d candidates show as \"%s\". Every value is in results/agreement.csv.",
        result.period(), result.replicates(), result.seed(), result.minN(), fewer()));
    w.skip(1);
    headlines(w);
    w.skip(1);
    competencyTable(w);
    w.skip(1);
    charts(sheet, charts, w.rowIndex());
    w.skip(CHART_ROWS);
    recommendationTable(w);
    w.skip(1);
    stageTable(w);
    if (!confidences.isEmpty()) {
      w.skip(1);
      confidenceTable(w);
    }
    w.skip(1);
    dStudyTable(w);
    w.skip(1);
    pairTable(w);
    w.skip(1);
    twoWay(w);
    w.skip(1);
    notes(w);
  }

  /** Column widths in characters. */
  private static final int[] WIDTHS = {36, 14, 11, 11, 15, 11, 10, 15, 12, 10, 12, 12, 12, 10, 13};
  /** Columns a paragraph spans. */
  private static final int PARAGRAPH_COLUMNS = 13;

  /** A table header whose names may take two lines. */
  private void header(SheetWriter w, List<String> names) {
    w.header(names);
    sheet.getRow(w.rowIndex() - 1).setHeightInPoints(30);
  }

  /** Centres the given columns of the row just written (intervals, panel sizes). */
  private void centre(SheetWriter w, int... columns) {
    org.apache.poi.ss.usermodel.Row r = sheet.getRow(w.rowIndex() - 1);
    for (int c : columns) {
      if (r.getCell(c) != null) {
        r.getCell(c).setCellStyle(centred);
      }
    }
  }

  /** Whether a scope had no candidate with two ratings. */
  private static boolean noPairs(AgreementRow r) {
    return r.note().equals("no_pairable_units");
  }

  /** Text across the table's width, wrapped, with room for its lines. */
  private void paragraph(SheetWriter w, CellStyle style, String text) {
    int row = w.rowIndex();
    w.line(style, text);
    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row, row, 0, PARAGRAPH_COLUMNS - 1));
    int chars = 0;
    for (int i = 0; i < PARAGRAPH_COLUMNS; i++) {
      chars += WIDTHS[i];
    }
    int lines = (int) Math.ceil(text.length() * 1.1 / chars);
    sheet.getRow(row).setHeightInPoints(Math.max(1, lines) * 13f + 2);
  }

  // ------------------------------------------------------------------ lookups and cells

  private AgreementRow row(String competency, String stage, String confidence, String metric) {
    return byKey.get(List.of(competency, stage, confidence, metric));
  }

  private AgreementRow row(String competency, String metric) {
    return row(competency, ALL, ALL, metric);
  }

  private String fewer() {
    return "fewer than " + result.minN();
  }

  private String label(String competency) {
    if (competency.equals(ALL)) {
      return COMPOSITE_LABEL;
    }
    if (competency.equals(RECOMMENDATION)) {
      return RECOMMENDATION_LABEL;
    }
    return result.competencyLabels().getOrDefault(competency, competency);
  }

  private static boolean shown(AgreementRow r) {
    return r != null && !Double.isNaN(r.value()) && !r.note().equals("below_min_n");
  }

  /** A value cell: the number, "fewer than N", or why there is none. */
  private Object value(AgreementRow r) {
    if (r == null) {
      return null; // the metric does not apply (e.g. AC1 of continuous composites)
    }
    if (r.note().equals("below_min_n")) {
      return fewer();
    }
    if (Double.isNaN(r.value())) {
      return reason(r.note());
    }
    return r.value();
  }

  /** The interval as text, empty when the value is not shown. */
  private static String interval(AgreementRow r) {
    if (!shown(r) || Double.isNaN(r.ciLow())) {
      return "";
    }
    return String.format(Locale.ROOT, "%.3f – %.3f", r.ciLow(), r.ciHigh());
  }

  static String reason(String note) {
    return switch (note) {
      case "no_pairable_units" -> "no shared candidates";
      case "no_variation" -> "no variation";
      case "too_few_units" -> "too few candidates";
      case "no_between_unit_variation" -> "no difference between candidates";
      case "not_fully_crossed" -> "not fully crossed";
      case "too_few_categories" -> "one category";
      case "singular_design" -> "cannot separate";
      case "more_than_8" -> ">8";
      default -> note;
    };
  }

  /** Krippendorff's bands: reliable ≥ .800, tentative ≥ .667, else unreliable. */
  static String alphaReading(double a) {
    return a >= 0.8 ? "reliable" : a >= 2.0 / 3 - 1e-9 ? "tentative" : "unreliable";
  }

  /** Koo &amp; Li (2016): &lt; .5 poor, .5–.75 moderate, .75–.9 good, &gt; .9 excellent. */
  static String iccReading(double icc) {
    return icc > 0.9 ? "excellent" : icc >= 0.75 ? "good" : icc >= 0.5 ? "moderate" : "poor";
  }

  private String reading(AgreementRow r, boolean icc) {
    if (!shown(r)) {
      return "";
    }
    return icc ? iccReading(r.value()) : alphaReading(r.value());
  }

  // ------------------------------------------------------------------ headlines

  private void headlines(SheetWriter w) {
    w.line(st.subtitle, "Findings");
    AgreementRow composite = row(ALL, "alpha_interval");
    if (shown(composite)) {
      w.line(st.text, String.format(Locale.ROOT,
          "• Scorecard composites: alpha %.2f (95%% interval %.2f–%.2f), %s.", composite.value(),
          composite.ciLow(), composite.ciHigh(), alphaReading(composite.value())));
    }
    AgreementRow best = null;
    AgreementRow worst = null;
    int reliable = 0;
    int rated = 0;
    for (String c : competencies) {
      AgreementRow r = row(c, "alpha_interval");
      if (!shown(r)) {
        continue;
      }
      rated++;
      if (r.value() >= 0.8) {
        reliable++;
      }
      best = best == null || r.value() > best.value() ? r : best;
      worst = worst == null || r.value() < worst.value() ? r : worst;
    }
    if (best != null) {
      w.line(st.text, String.format(Locale.ROOT,
          "• %d of %d competencies reach reliable agreement (alpha ≥ .800). Highest: %s (%.2f); lowest: %s (%.2f).",
          reliable, rated, label(best.competency()), best.value(), label(worst.competency()), worst.value()));
    }
    AgreementRow ordinal = row(RECOMMENDATION, "alpha_ordinal");
    AgreementRow split = row(RECOMMENDATION, "percent_agreement_hire_split");
    AgreementRow splitAc1 = row(RECOMMENDATION, "ac1_hire_split");
    if (shown(ordinal) && shown(split) && shown(splitAc1)) {
      w.line(st.text, String.format(Locale.ROOT,
          "• Overall recommendation: ordinal alpha %.2f (%s). Two interviewers of one candidate make the same "
              + "hire / no-hire call %.0f%% of the time (AC1 %.2f).",
          ordinal.value(), alphaReading(ordinal.value()), 100 * split.value(), splitAc1.value()));
    }
    int reach = 0;
    int studied = 0;
    int largest = 0;
    for (String c : competencies) {
      AgreementRow p = row(c, "dstudy_panel_for_target");
      if (p == null || p.note().equals("below_min_n") || (Double.isNaN(p.value()) && !p.note().equals("more_than_8"))) {
        continue;
      }
      studied++;
      if (!Double.isNaN(p.value())) {
        reach++;
        largest = Math.max(largest, (int) p.value());
      }
    }
    if (studied > 0) {
      w.line(st.text, String.format(Locale.ROOT,
          "• Panel size (D-study): %d of %d competencies reach reliability %.2f with up to 8 interviewers%s.",
          reach, studied, result.reliabilityTarget(), reach > 0 ? "; the largest panel needed is " + largest : ""));
    }
  }

  // ------------------------------------------------------------------ tables

  private void competencyTable(SheetWriter w) {
    w.line(st.subtitle, "By competency, all stages pooled");
    header(w, List.of("Competency", "Candidates", "Ratings", "Alpha (interval)", "95% interval", "Reading",
        "ICC(1)", "95% interval", "Reading (Koo & Li)", "ICC(1,k)", "AC1", "Agreement",
        "Interviewers for " + fmt2(result.reliabilityTarget())));
    List<String> rows = new ArrayList<>(competencies);
    rows.add(ALL);
    rows.add(RECOMMENDATION);
    for (String c : rows) {
      AgreementRow alpha = row(c, "alpha_interval");
      if (alpha == null) {
        continue;
      }
      if (noPairs(alpha) || alpha.note().equals("below_min_n")) {
        w.values(Arrays.asList(label(c), alpha.nCandidates(), alpha.nRatings(), value(alpha)));
        centre(w, 3);
        continue;
      }
      AgreementRow icc = row(c, "icc1");
      AgreementRow ac1 = row(c, "ac1");
      AgreementRow pa = row(c, "percent_agreement");
      w.values(Arrays.asList(label(c), alpha.nCandidates(), alpha.nRatings(), value(alpha), interval(alpha),
          reading(alpha, false), value(icc), interval(icc), reading(icc, true), value(row(c, "icc1k")),
          value(ac1), value(pa), panel(row(c, "dstudy_panel_for_target"))),
          null, null, null, three, null, null, three, null, null, three, three, st.percent);
      centre(w, 4, 7, 12);
    }
    paragraph(w, st.note, "Alpha: ≥ .800 reliable, ≥ .667 tentative, below unreliable (Krippendorff). ICC(1): one "
        + "interviewer's rating; ICC(1,k): the mean of a typical panel. Agreement: share of pairs of ratings of "
        + "one candidate that are equal (not chance-corrected). The composite row is agreement on each "
        + "scorecard's weighted composite.");
  }

  private Object panel(AgreementRow p) {
    if (p == null) {
      return null;
    }
    if (p.note().equals("below_min_n")) {
      return fewer();
    }
    if (Double.isNaN(p.value())) {
      return reason(p.note());
    }
    return (long) p.value();
  }

  private void recommendationTable(SheetWriter w) {
    w.line(st.subtitle, "Overall recommendation (definitely not < no < yes < strong yes)");
    header(w, List.of("Stage", "Candidates", "Ratings", "Alpha (ordinal)", "95% interval", "Reading", "AC1",
        "Agreement", "AC1 hire / no hire", "95% interval", "Agreement hire / no hire"));
    List<String> ss = new ArrayList<>();
    ss.add(ALL);
    ss.addAll(stages);
    for (String s : ss) {
      AgreementRow a = row(RECOMMENDATION, s, ALL, "alpha_ordinal");
      if (a == null) {
        continue;
      }
      if (noPairs(a) || a.note().equals("below_min_n")) {
        w.values(Arrays.asList(stageLabel(s), a.nCandidates(), a.nRatings(), value(a)));
        centre(w, 3);
        continue;
      }
      AgreementRow splitAc1 = row(RECOMMENDATION, s, ALL, "ac1_hire_split");
      w.values(Arrays.asList(stageLabel(s), a.nCandidates(), a.nRatings(), value(a), interval(a), reading(a, false),
          value(row(RECOMMENDATION, s, ALL, "ac1")), value(row(RECOMMENDATION, s, ALL, "percent_agreement")),
          value(splitAc1), interval(splitAc1), value(row(RECOMMENDATION, s, ALL, "percent_agreement_hire_split"))),
          null, null, null, three, null, null, three, st.percent, three, null, st.percent);
      centre(w, 4, 9);
    }
  }

  private static String stageLabel(String s) {
    return s.equals(ALL) ? "all stages" : s;
  }

  private void stageTable(SheetWriter w) {
    w.line(st.subtitle, "By stage");
    header(w, List.of("Competency", "Stage", "Candidates", "Alpha (interval)", "95% interval", "Reading", "ICC(1)",
        "AC1", "Agreement"));
    List<String> rows = new ArrayList<>(competencies);
    rows.add(ALL);
    for (String c : rows) {
      for (String s : stages) {
        AgreementRow a = row(c, s, ALL, "alpha_interval");
        if (a == null) {
          continue;
        }
        if (noPairs(a) || a.note().equals("below_min_n")) {
          w.values(Arrays.asList(label(c), s, a.nCandidates(), value(a)));
          centre(w, 3);
          continue;
        }
        w.values(Arrays.asList(label(c), s, a.nCandidates(), value(a), interval(a), reading(a, false),
            value(row(c, s, ALL, "icc1")), value(row(c, s, ALL, "ac1")), value(row(c, s, ALL, "percent_agreement"))),
            null, null, null, three, null, null, three, three, st.percent);
        centre(w, 4);
      }
    }
    paragraph(w, st.note, "\"no shared candidates\": no two interviewers rated the same candidate at that stage.");
  }

  private void confidenceTable(SheetWriter w) {
    w.line(st.subtitle, "By the interviewer's confidence in the rating (all stages pooled)");
    header(w, List.of("Competency", "Confidence", "Candidates", "Alpha (interval)", "95% interval", "Reading", "AC1",
        "Agreement"));
    for (String c : competencies) {
      for (String level : confidences) {
        AgreementRow a = row(c, ALL, level, "alpha_interval");
        if (a == null) {
          continue;
        }
        if (noPairs(a) || a.note().equals("below_min_n")) {
          w.values(Arrays.asList(label(c), level, a.nCandidates(), value(a)));
          centre(w, 3);
          continue;
        }
        w.values(Arrays.asList(label(c), level, a.nCandidates(), value(a), interval(a), reading(a, false),
            value(row(c, ALL, level, "ac1")), value(row(c, ALL, level, "percent_agreement"))),
            null, null, null, three, null, null, three, st.percent);
        centre(w, 4);
      }
    }
    paragraph(w, st.note, "Agreement among ratings given with the same confidence. An association, not an effect: "
        + "borderline candidates may draw both low confidence and disagreement.");
  }

  private void dStudyTable(SheetWriter w) {
    w.line(st.subtitle, "Where disagreement comes from, and how many interviewers a reliable panel needs (D-study)");
    List<String> header = new ArrayList<>(List.of("Competency", "Candidates", "Candidate variance",
        "Interviewer variance", "Residual variance", "Candidate share"));
    for (int k = 1; k <= 8; k++) {
      header.add("k = " + k);
    }
    header.add("Interviewers for " + fmt2(result.reliabilityTarget()));
    header(w, header);
    List<String> rows = new ArrayList<>(competencies);
    rows.add(ALL);
    rows.add(RECOMMENDATION);
    for (String c : rows) {
      AgreementRow vc = row(c, "var_candidate");
      if (vc == null) {
        continue;
      }
      if (noPairs(vc) || vc.note().equals("below_min_n")) {
        w.values(Arrays.asList(label(c), vc.nCandidates(), value(vc)));
        centre(w, 2);
        continue;
      }
      AgreementRow vi = row(c, "var_interviewer");
      AgreementRow ve = row(c, "var_residual");
      Object share = "";
      if (shown(vc) && shown(vi) && shown(ve)) {
        double total = vc.value() + vi.value() + ve.value();
        share = total > 0 ? vc.value() / total : "";
      }
      List<Object> cells = new ArrayList<>(Arrays.asList(label(c), vc.nCandidates(), value(vc), value(vi), value(ve),
          share));
      for (int k = 1; k <= 8; k++) {
        cells.add(value(row(c, "dstudy_reliability_k" + k)));
      }
      cells.add(panel(row(c, "dstudy_panel_for_target")));
      CellStyle[] styles = new CellStyle[cells.size()];
      styles[2] = st.decimal;
      styles[3] = st.decimal;
      styles[4] = st.decimal;
      styles[5] = st.percent;
      for (int k = 6; k < 14; k++) {
        styles[k] = st.decimal;
      }
      w.values(cells, styles);
      centre(w, 14);
    }
    paragraph(w, st.note, String.format(Locale.ROOT, "Variances in squared rating points (composite: squared points on "
        + "0–100). Reliability of the mean of k interviewers' ratings when each candidate gets their own "
        + "interviewers (k = 1 … 8): candidate / (candidate + (interviewer + residual) / k). Target %s from the job "
        + "definition; \">8\": no panel of up to 8 reaches it.", fmt2(result.reliabilityTarget())));
  }

  private void pairTable(SheetWriter w) {
    w.line(st.subtitle, "Interviewer pairs, least agreeing first");
    List<InterviewerPair> pairs = result.pairs();
    if (pairs.isEmpty()) {
      w.line(st.text, String.format(Locale.ROOT,
          "No two interviewers rated the same %d or more candidates in this window, so no pair is compared.",
          result.pairMinShared()));
      return;
    }
    paragraph(w, st.note, String.format(Locale.ROOT, "Pairs that rated at least %d of the same candidates, ranked by the "
        + "upper end of the quadratic kappa's interval: at the top, pairs whose agreement is low even at best. "
        + "%s", result.pairMinShared(), pairs.size() > PAIRS_SHOWN
        ? "The first " + PAIRS_SHOWN + " of " + pairs.size() + "; all are in results/interviewer_pairs.csv."
        : "All " + pairs.size() + " pairs."));
    header(w, List.of("Interviewer", "Interviewer", "Shared candidates", "Shared ratings", "Kappa (quadratic)",
        "95% interval", "Kappa (linear)", "95% interval"));
    for (InterviewerPair p : pairs.subList(0, Math.min(PAIRS_SHOWN, pairs.size()))) {
      w.values(Arrays.asList(p.interviewerA(), p.interviewerB(), p.nShared(), p.nUnits(),
          Double.isNaN(p.kappaQuadratic()) ? reason(p.note()) : p.kappaQuadratic(), range(p.ciLow(), p.ciHigh()),
          Double.isNaN(p.kappaLinear()) ? reason(p.note()) : p.kappaLinear(), range(p.linearCiLow(), p.linearCiHigh())),
          null, null, null, null, three, null, three);
      centre(w, 5, 7);
    }
  }

  private static String range(double lo, double hi) {
    return Double.isNaN(lo) ? "" : String.format(Locale.ROOT, "%.3f – %.3f", lo, hi);
  }

  private void twoWay(SheetWriter w) {
    List<AgreementRow> crossed = new ArrayList<>();
    for (AgreementRow r : result.rows()) {
      if (r.metric().equals("icc2_1") && !Double.isNaN(r.value())) {
        crossed.add(r);
      }
    }
    w.line(st.subtitle, "Two-way ICCs");
    if (crossed.isEmpty()) {
      paragraph(w, st.text, "Not computed: they need every interviewer to rate every candidate of a scope (a fully "
          + "crossed design), which panels here are not. results/agreement.csv lists them as not_fully_crossed.");
      return;
    }
    header(w, List.of("Competency", "Stage", "Candidates", "ICC(2,1)", "ICC(2,k)", "ICC(3,1)", "ICC(3,k)"));
    for (AgreementRow r : crossed) {
      String c = r.competency();
      String s = r.stage();
      w.values(Arrays.asList(label(c), stageLabel(s), r.nCandidates(), value(r), value(row(c, s, ALL, "icc2_k")),
          value(row(c, s, ALL, "icc3_1")), value(row(c, s, ALL, "icc3_k"))), null, null, null, three, three, three,
          three);
    }
  }

  private void notes(SheetWriter w) {
    w.line(st.subtitle, "Method");
    List<String> notes = List.of(
        "Units. A unit is one candidate × competency, within a stage or pooled over stages; the raters are the "
            + "interviewers. Each scorecard's rating is one value of its unit, so an interviewer who rated a candidate "
            + "at two stages adds two values to the pooled unit. Panels differ from candidate to candidate, so "
            + "missing ratings are normal. Units with fewer than two ratings cannot be compared and are left out of "
            + "every statistic, as Krippendorff does; 'Candidates' counts candidates with two or more ratings.",
        "Composite. The composite row is agreement on each scorecard's weighted composite (the rubric's weights, "
            + "renormalised over the competencies the scorecard rated), not a pool of different competencies.",
        "Statistics. Krippendorff's alpha (interval, ordinal, nominal) from coincidence matrices; ICC(1) and "
            + "ICC(1,k) one-way random for unbalanced panels (k = the average panel size n0); Gwet's AC1 and AC2, "
            + "Fleiss' kappa and percent agreement for any number of ratings per candidate; Cohen's kappa, linear "
            + "and quadratic weights, for each pair of interviewers over the candidate × competency × stage units "
            + "both rated.",
        "Variance components and D-study. Candidate, interviewer and residual variance by Henderson's Method I "
            + "(negative estimates set to 0). Because each candidate gets their own interviewers (interviewers "
            + "nested in candidates), an interviewer's severity is error for that candidate: the error of a "
            + "k-interviewer panel mean is (interviewer + residual variance) / k, and its reliability is "
            + "candidate / (candidate + error).",
        "Intervals. 95% percentile intervals from a bootstrap over candidates: all of a candidate's ratings are "
            + "resampled together, with Poisson weights drawn from the seed and the candidate id. They describe the "
            + "agreement of this interviewer pool on candidates like these: candidates are resampled, interviewers "
            + "are fixed. Resampling candidates cannot split interviewer from residual variance, so those two have "
            + "no interval (their sum, which the D-study uses, does).",
        "Confidence. Rows by confidence level compare ratings given with the same confidence. This is an "
            + "association: borderline candidates may draw both low confidence and disagreement.",
        "Bands. Alpha: ≥ .800 reliable, ≥ .667 tentative, below unreliable (Krippendorff, 2004). ICC: < .5 "
            + "poor, .5–.75 moderate, .75–.9 good, > .9 excellent (Koo & Li, 2016).");
    for (String n : notes) {
      paragraph(w, st.wrap, n);
    }
  }

  private static String fmt2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  // ------------------------------------------------------------------ charts

  private void charts(XSSFSheet sheet, Charts charts, int row) throws IOException {
    List<AgreementCharts.Point> points = new ArrayList<>();
    int reliable = 0;
    int shown = 0;
    List<String> hidden = new ArrayList<>();
    List<String> rows = new ArrayList<>(competencies);
    rows.add(ALL);
    for (String c : rows) {
      AgreementRow a = row(c, "alpha_interval");
      if (a == null) {
        continue;
      }
      if (shown(a)) {
        points.add(new AgreementCharts.Point(label(c), a.value(), a.ciLow(), a.ciHigh()));
        if (!c.equals(ALL)) {
          shown++;
          reliable += a.value() >= 0.8 ? 1 : 0;
        }
      } else {
        points.add(new AgreementCharts.Point(label(c) + " (" + (a.note().equals("below_min_n") ? fewer()
            : reason(a.note())) + ")", Double.NaN, Double.NaN, Double.NaN));
        hidden.add(c);
      }
    }
    String title = reliable == 0 ? "No competency reaches reliable agreement (alpha ≥ .800)"
        : String.format(Locale.ROOT, "Interviewers agree reliably on %d of %d competencies", reliable, shown);
    charts.place(sheet, "agreement_alpha", AgreementCharts.alpha(title,
        "All stages pooled · window " + result.period() + " · dots: alpha, whiskers: 95% interval", points),
        row, 0, 470, 330);

    List<AgreementCharts.Curve> curves = new ArrayList<>();
    int reach = 0;
    int studied = 0;
    for (String c : rows) {
      double[] rel = new double[8];
      double[] lo = new double[8];
      double[] hi = new double[8];
      boolean any = false;
      for (int k = 1; k <= 8; k++) {
        AgreementRow r = row(c, "dstudy_reliability_k" + k);
        rel[k - 1] = shown(r) ? r.value() : Double.NaN;
        lo[k - 1] = shown(r) ? r.ciLow() : Double.NaN;
        hi[k - 1] = shown(r) ? r.ciHigh() : Double.NaN;
        any |= shown(r);
      }
      if (!any) {
        continue;
      }
      curves.add(new AgreementCharts.Curve(label(c), rel, lo, hi, c.equals(ALL)));
      if (!c.equals(ALL)) {
        studied++;
        reach += rel[7] >= result.reliabilityTarget() ? 1 : 0;
      }
    }
    if (curves.isEmpty()) {
      return;
    }
    String dTitle = reach == studied
        ? String.format(Locale.ROOT, "Every competency reaches %.2f with 8 or fewer interviewers", result.reliabilityTarget())
        : String.format(Locale.ROOT, "%d of %d competencies reach %.2f with up to 8 interviewers", reach, studied,
            result.reliabilityTarget());
    charts.place(sheet, "agreement_dstudy", AgreementCharts.dStudy(dTitle,
        "Reliability of the mean of k interviewers' ratings (each candidate gets their own interviewers)", curves,
        result.reliabilityTarget()), row, 6, 500, 330);
  }
}
