package io.interviewcalibration.report;

import io.interviewcalibration.analysis.ValidityOutcome;
import io.interviewcalibration.analysis.ValidityResult;
import io.interviewcalibration.analysis.ValidityRow;
import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Rubric;
import io.interviewcalibration.config.Scale;
import io.interviewcalibration.config.Tier;
import io.interviewcalibration.stats.validity.OutcomeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code suggested-rubric.yaml}: the job's rubric with the suggested weights (whole percent, in the
 * rubric's units) and, above each competency, a comment with the evidence. It is a {@code rubric:}
 * block that replaces the one of a job definition, so a hiring lead can adopt it as the next job
 * file; {@link io.interviewcalibration.config.JobLoader} reads it back unchanged. When no weights
 * could be suggested the current weights are repeated and the header says why.
 */
public final class SuggestedRubric {
  private SuggestedRubric() {}

  /** The YAML text. */
  public static String yaml(JobDefinition job, ValidityResult r) {
    Rubric rubric = r.rubric();
    ValidityOutcome o = r.primary();
    int digits = rubric.weightTotal() == 100 ? 0 : 2;
    boolean suggested = rubric.competencies().stream()
        .allMatch(c -> r.row(o, c.id(), "suggested_weight").map(ValidityRow::suggestedWeight).isPresent());
    StringBuilder y = new StringBuilder();
    comment(y, "", "Suggested rubric weights for job " + job.name() + " (" + rubric.name() + "), from the validity"
        + " analysis of every candidate who reached a decision.");
    comment(y, "", "Weights come from " + o.id() + ": " + r.primaryWhy() + ".");
    if (suggested) {
      comment(y, "", String.format(Locale.ROOT, "Suggested = non-negative regression of %s on the competency scores,"
          + " rescaled to %s and rounded to whole percent; 95%% intervals from %,d bootstrap replicates."
          + " Recommendation: raise or lower when the interval of (suggested - current) excludes 0, keep when it lies"
          + " within +-%s, otherwise insufficient evidence.", o.id(), num(rubric.weightTotal(), digits), r.replicates(o),
          num(5 * rubric.weightTotal() / 100, digits)));
    } else {
      String why = r.rows().stream().filter(v -> v.outcome().equals(o.id()) && v.metric().equals("suggested_weight"))
          .map(ValidityRow::note).filter(n -> n != null).findFirst().orElse("no estimate");
      comment(y, "", "No weights could be suggested (" + why.replace('_', ' ') + "): the current weights are repeated"
          + " unchanged.");
    }
    String metric = o.type() == OutcomeType.BINARY ? "cv_auc" : "cv_r";
    Optional<ValidityRow> cur = r.row(o, "composite_current", metric);
    Optional<ValidityRow> sug = r.row(o, "composite_suggested", metric);
    Optional<ValidityRow> diff = r.row(o, "composite_suggested", metric + "_difference");
    comment(y, "", String.format(Locale.ROOT, "Out of sample (%d-fold cross-validation), %s of the composite for %s:"
        + " current weights %s, suggested weights %s, difference %s.", r.folds(), metric.equals("cv_auc") ? "AUC" : "r",
        o.id(), figure(cur, r), figure(sug, r), figure(diff, r)));
    comment(y, "", "To adopt: replace the rubric: block of the job definition with the one below.");
    y.append("rubric:\n");
    y.append("  name: ").append(quote(rubric.name())).append('\n');
    Scale s = rubric.scale();
    y.append("  scale: {min: ").append(plain(s.min())).append(", max: ").append(plain(s.max()))
        .append(", step: ").append(plain(s.step())).append("}\n");
    if (!rubric.ratingWords().isEmpty()) {
      List<String> words = new ArrayList<>();
      for (Map.Entry<String, Double> e : rubric.ratingWords().entrySet()) {
        words.add(quote(e.getKey()) + ": " + plain(e.getValue()));
      }
      y.append("  rating_words: {").append(String.join(", ", words)).append("}\n");
    }
    y.append("  competencies:\n");
    for (Competency c : rubric.competencies()) {
      Optional<ValidityRow> w = r.row(o, c.id(), "suggested_weight");
      double weight = suggested ? w.get().suggestedWeight() : c.weight();
      for (String line : evidence(c, r, digits)) {
        comment(y, "    ", line);
      }
      y.append("    - {id: ").append(quote(c.id())).append(", label: ").append(quote(c.label()))
          .append(", weight: ").append(num(weight, digits)).append("}\n");
    }
    y.append("  tiers:\n");
    for (Tier t : rubric.tiers()) {
      y.append("    - {name: ").append(quote(t.name())).append(", min: ").append(plain(t.min()));
      if (!t.signal().isEmpty()) {
        y.append(", signal: ").append(quote(t.signal()));
      }
      y.append("}\n");
    }
    return y.toString();
  }

  /** The comment lines above a competency: weights, recommendation and validity for the primary outcome. */
  private static List<String> evidence(Competency c, ValidityResult r, int digits) {
    ValidityOutcome o = r.primary();
    List<String> lines = new ArrayList<>();
    Optional<ValidityRow> s = r.row(o, c.id(), "suggested_weight");
    Optional<ValidityRow> ch = r.row(o, c.id(), "weight_change");
    String rec = ch.map(ValidityRow::recommendation).orElse("insufficient_evidence").replace('_', ' ');
    String sw = s.filter(ValidityRow::shown).map(v -> num(v.suggestedWeight() == null ? v.estimate()
        : v.suggestedWeight(), digits) + " (95% interval " + num(v.ciLow(), digits) + " to " + num(v.ciHigh(), digits) + ")")
        .orElse(s.map(v -> hiddenWords(v, r)).orElse("no estimate"));
    lines.add(c.label() + ": current " + num(c.weight(), digits) + ", suggested " + sw + "; " + rec + ".");
    String rName = o.type() == OutcomeType.BINARY ? "point-biserial r" : "r";
    StringBuilder v = new StringBuilder(rName + " with " + o.id() + " " + figure(r.row(o, c.id(), "r"), r));
    if (o.hiresOnly()) {
      v.append(" among hires, corrected for range restriction ").append(figure(r.row(o, c.id(), "r_corrected"), r));
    }
    if (o.type() == OutcomeType.BINARY) {
      v.append("; AUC ").append(figure(r.row(o, c.id(), "auc"), r));
    }
    Optional<ValidityRow> imp = r.row(o, c.id(), "relative_weight_pct");
    if (imp.isPresent() && imp.get().shown()) {
      ValidityRow i = imp.get();
      v.append("; importance ").append(num(i.estimate(), 0)).append("% of the explained variance");
      if (!Double.isNaN(i.ciLow())) {
        v.append(" (").append(num(i.ciLow(), 0)).append("% to ").append(num(i.ciHigh(), 0)).append("%)");
      }
      v.append('.');
    } else {
      v.append("; importance ").append(figure(imp, r)).append('.');
    }
    lines.add(v.toString());
    return lines;
  }

  private static String figure(Optional<ValidityRow> row, ValidityResult r) {
    return figure(row, r, 2);
  }

  private static String figure(Optional<ValidityRow> row, ValidityResult r, int digits) {
    if (row.isEmpty()) {
      return "not computed";
    }
    ValidityRow v = row.get();
    if (!v.shown()) {
      return hiddenWords(v, r);
    }
    String out = num(v.estimate(), digits);
    if (!Double.isNaN(v.ciLow()) && !Double.isNaN(v.ciHigh())) {
      out += " (" + num(v.ciLow(), digits) + " to " + num(v.ciHigh(), digits) + ")";
    }
    return out;
  }

  private static String hiddenWords(ValidityRow v, ValidityResult r) {
    return "below_min_n".equals(v.note()) ? "fewer than " + r.minN() + " cases"
        : "not computed: " + (v.note() == null ? "no estimate" : v.note().replace('_', ' '));
  }

  private static void comment(StringBuilder y, String indent, String text) {
    String clean = text.replace('\r', ' ').replace('\n', ' ');
    // wrap at ~100 characters so the file reads in an editor
    int width = 100 - indent.length();
    String rest = clean;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      y.append(indent).append("# ").append(rest, 0, cut).append('\n');
      rest = rest.substring(cut).trim();
    }
    y.append(indent).append("# ").append(rest).append('\n');
  }

  /** A YAML double-quoted scalar. */
  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> {
          if (ch < 0x20) {
            q.append(String.format(Locale.ROOT, "\\x%02x", (int) ch));
          } else {
            q.append(ch);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  private static String num(double v, int digits) {
    return Double.isNaN(v) ? "n/a" : ValiditySection.fmt(v, digits);
  }

  /** A number as YAML: whole numbers without a decimal point. */
  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
