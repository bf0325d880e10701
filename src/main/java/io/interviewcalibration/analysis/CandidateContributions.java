package io.interviewcalibration.analysis;

import io.interviewcalibration.analysis.AgreementKey.Scope;
import io.interviewcalibration.stats.agreement.ValueDomain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Turns one candidate's ratings into the vectors the candidate adds to each scope and pair: the
 * per-candidate contributions that the bootstrap weights. A pure function of the candidate's
 * rows, whatever their order.
 *
 * <p>Values: each rating is a value of its competency's units; each scorecard adds its composite
 * ({@link AgreementDesign#composite}, competency {@code ALL}) and its overall recommendation (the
 * most frequent on its rows, the lower on a tie). Units: a candidate × competency within a stage,
 * and pooled over stages ({@code ALL}, where an interviewer who rated the candidate at two stages
 * adds two values); ratings with a confidence level also form units per level (pooled over
 * stages). A candidate has one unit per scope, so the unit's vector is the candidate's
 * contribution. Units with fewer than two values only count as seen.
 *
 * <p>Pairs: within each candidate × competency × stage unit, every two interviewers who both rated
 * it add one cell (first interviewer's rating, second's) to their pair's contingency table (an
 * interviewer who rated the unit twice counts with the first scorecard by id).
 */
final class CandidateContributions {
  /** Receives the contributions. */
  interface Sink {
    void accept(AgreementKey key, double[] vector);
  }

  /**
   * One scorecard row.
   *
   * @param scorecard scorecard id
   * @param stage stage
   * @param interviewer interviewer id
   * @param competency competency id
   * @param rating rating, or null when not rated
   * @param overall overall recommendation 1–4, or null
   * @param confidence confidence 1–3, or null
   */
  record Row(String scorecard, String stage, String interviewer, String competency, Double rating,
      Integer overall, Integer confidence) {}

  private static final Comparator<Row> ORDER = Comparator.comparing(Row::scorecard)
      .thenComparing(Row::competency).thenComparing(Row::stage).thenComparing(Row::interviewer)
      .thenComparing(r -> r.rating() == null ? Double.NaN : r.rating())
      .thenComparing(r -> r.overall() == null ? 0 : r.overall())
      .thenComparing(r -> r.confidence() == null ? 0 : r.confidence());

  private final AgreementDesign design;

  CandidateContributions(AgreementDesign design) {
    this.design = design;
  }

  private record Value(String interviewer, double value) {}

  /** Emits the candidate's SEEN, UNIT and CELL vectors of every scope it has values in. */
  void units(List<Row> rows, Sink out) {
    Map<Scope, List<Value>> values = new HashMap<>();
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    int i = 0;
    while (i < sorted.size()) {
      int end = i;
      while (end < sorted.size() && sorted.get(end).scorecard().equals(sorted.get(i).scorecard())) {
        end++;
      }
      scorecard(sorted.subList(i, end), values);
      i = end;
    }
    for (Map.Entry<Scope, List<Value>> e : values.entrySet()) {
      emit(e.getKey(), e.getValue(), out);
    }
  }

  private void scorecard(List<Row> rows, Map<Scope, List<Value>> values) {
    String stage = rows.get(0).stage();
    String interviewer = rows.get(0).interviewer();
    Map<String, Double> byCompetency = new LinkedHashMap<>();
    int[] overall = new int[5];
    for (Row r : rows) {
      if (r.rating() != null && !r.rating().isNaN()) {
        double y = design.snap(r.rating());
        Value v = new Value(interviewer, y);
        add(values, new Scope(r.competency(), stage, AgreementDesign.ALL), v);
        add(values, new Scope(r.competency(), AgreementDesign.ALL, AgreementDesign.ALL), v);
        if (r.confidence() != null && r.confidence() >= 1 && r.confidence() <= AgreementDesign.CONFIDENCE.size()) {
          add(values, new Scope(r.competency(), AgreementDesign.ALL,
              AgreementDesign.CONFIDENCE.get(r.confidence() - 1)), v);
        }
        byCompetency.putIfAbsent(r.competency(), y);
      }
      if (r.overall() != null && r.overall() >= 1 && r.overall() <= 4) {
        overall[r.overall()]++;
      }
    }
    if (!byCompetency.isEmpty()) {
      double composite = design.composite(byCompetency);
      if (!Double.isNaN(composite)) {
        Value v = new Value(interviewer, composite);
        add(values, new Scope(AgreementDesign.ALL, stage, AgreementDesign.ALL), v);
        add(values, new Scope(AgreementDesign.ALL, AgreementDesign.ALL, AgreementDesign.ALL), v);
      }
    }
    int mode = 0;
    for (int k = 1; k <= 4; k++) {
      if (overall[k] > (mode == 0 ? 0 : overall[mode])) {
        mode = k;
      }
    }
    if (mode > 0) {
      Value v = new Value(interviewer, mode);
      add(values, new Scope(AgreementDesign.RECOMMENDATION, stage, AgreementDesign.ALL), v);
      add(values, new Scope(AgreementDesign.RECOMMENDATION, AgreementDesign.ALL, AgreementDesign.ALL), v);
    }
  }

  private static void add(Map<Scope, List<Value>> values, Scope s, Value v) {
    values.computeIfAbsent(s, k -> new ArrayList<>()).add(v);
  }

  private void emit(Scope scope, List<Value> unit, Sink out) {
    unit.sort(Comparator.comparing(Value::interviewer).thenComparingDouble(Value::value));
    int m = unit.size();
    out.accept(AgreementKey.seen(scope), new double[] {1, m});
    if (m < 2) {
      return;
    }
    UnitLayout layout = design.layout(scope);
    double[] ys = new double[m];
    String[] ivs = new String[m];
    for (int k = 0; k < m; k++) {
      ys[k] = unit.get(k).value();
      ivs[k] = unit.get(k).interviewer();
    }
    out.accept(AgreementKey.unit(scope), layout.contribution(ys, ivs));
    if (!layout.crossed()) {
      return;
    }
    int k = 0;
    while (k < m) {
      int end = k;
      double sum = 0;
      while (end < m && ivs[end].equals(ivs[k])) {
        sum += ys[end];
        end++;
      }
      double n = end - k;
      out.accept(AgreementKey.cell(scope, ivs[k]), new double[] {n, sum, n * n});
      k = end;
    }
  }

  /**
   * Emits the candidate's interviewer-pair vectors: with {@code kept} null, a
   * {@link AgreementKey.Part#PAIR_COUNT} of 1 for every pair that shares a unit; otherwise the
   * {@link AgreementKey.Part#PAIR} vector [1, contingency table] of the pairs {@code kept}
   * accepts.
   */
  void pairs(List<Row> rows, BiPredicate<String, String> kept, Sink out) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    // unit (competency, stage) -> interviewer -> first rating by scorecard id
    Map<List<String>, TreeMap<String, Double>> units = new HashMap<>();
    for (Row r : sorted) {
      if (r.rating() == null || r.rating().isNaN()) {
        continue;
      }
      units.computeIfAbsent(List.of(r.competency(), r.stage()), k -> new TreeMap<>())
          .putIfAbsent(r.interviewer(), design.snap(r.rating()));
    }
    ValueDomain domain = design.ratings();
    int q = domain.size();
    Map<List<String>, double[]> tables = new HashMap<>();
    for (TreeMap<String, Double> unit : units.values()) {
      if (unit.size() < 2) {
        continue;
      }
      List<Map.Entry<String, Double>> raters = new ArrayList<>(unit.entrySet());
      for (int a = 0; a < raters.size(); a++) {
        for (int b = a + 1; b < raters.size(); b++) {
          String ia = raters.get(a).getKey();
          String ib = raters.get(b).getKey();
          if (kept != null && !kept.test(ia, ib)) {
            continue;
          }
          double[] t = tables.computeIfAbsent(List.of(ia, ib), k -> new double[1 + q * q]);
          t[0] = 1;
          t[1 + domain.indexOf(raters.get(a).getValue()) * q + domain.indexOf(raters.get(b).getValue())] += 1;
        }
      }
    }
    for (Map.Entry<List<String>, double[]> e : tables.entrySet()) {
      String a = e.getKey().get(0);
      String b = e.getKey().get(1);
      if (kept == null) {
        out.accept(AgreementKey.pairCount(a, b), new double[] {1});
      } else {
        out.accept(AgreementKey.pair(a, b), e.getValue());
      }
    }
  }
}
