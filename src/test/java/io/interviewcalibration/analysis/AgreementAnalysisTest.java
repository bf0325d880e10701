package io.interviewcalibration.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Period;
import io.interviewcalibration.config.Thresholds;
import io.interviewcalibration.generate.Generator;
import io.interviewcalibration.generate.GeneratorSettings;
import io.interviewcalibration.ingest.Ingest;
import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.report.AgreementSection;
import io.interviewcalibration.report.ResultTable;
import io.interviewcalibration.stats.agreement.AlphaMetric;
import io.interviewcalibration.stats.agreement.CategoryCounts;
import io.interviewcalibration.stats.agreement.CohenKappa;
import io.interviewcalibration.stats.agreement.CoincidenceMatrix;
import io.interviewcalibration.stats.agreement.ContingencyTable;
import io.interviewcalibration.stats.agreement.CrossedSums;
import io.interviewcalibration.stats.agreement.CrossedVarianceComponents;
import io.interviewcalibration.stats.agreement.DecisionStudy;
import io.interviewcalibration.stats.agreement.FleissKappa;
import io.interviewcalibration.stats.agreement.GwetAc;
import io.interviewcalibration.stats.agreement.IntervalAlphaMoments;
import io.interviewcalibration.stats.agreement.KrippendorffAlpha;
import io.interviewcalibration.stats.agreement.OneWayAnova;
import io.interviewcalibration.stats.agreement.OneWayIcc;
import io.interviewcalibration.stats.agreement.PercentAgreement;
import io.interviewcalibration.stats.agreement.TwoWayAnova;
import io.interviewcalibration.stats.agreement.TwoWayIcc;
import io.interviewcalibration.stats.agreement.UndefinedReason;
import io.interviewcalibration.stats.agreement.ValueDomain;
import io.interviewcalibration.stats.agreement.Weighting;
import io.interviewcalibration.stats.resample.PercentileInterval;
import io.interviewcalibration.stats.resample.PoissonWeights;
import io.interviewcalibration.testing.SparkTestBase;
import io.interviewcalibration.testing.TestJobs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark path of the agreement analysis against the pure statistics computed in memory on a
 * hand-made panel dataset (every scope, every metric, the bootstrap intervals, the interviewer
 * pairs), its independence of partitioning, and the planted reliability order on generated data.
 */
class AgreementAnalysisTest extends SparkTestBase {
  private static final int REPLICATES = 40;
  private static final int MIN_N = 30;
  private static final int PAIR_MIN_SHARED = 4;
  /** Relative tolerance for sums taken in a different order (exact on the Spark side). */
  private static final double TOLERANCE = 1e-9;
  private static final String ALL = "ALL";
  private static final String REC = "overall_recommendation";
  private static final ValueDomain RATINGS = ValueDomain.integers(0, 5);
  private static final ValueDomain RECOMMENDATIONS = ValueDomain.integers(1, 4);
  private static final List<String> CATEGORICAL = List.of("alpha_interval", "alpha_ordinal", "alpha_nominal",
      "icc1", "icc1k", "ac1", "ac2_linear", "ac2_quadratic", "ac2_ordinal", "fleiss_kappa", "percent_agreement");
  private static final List<String> SPLIT = List.of("ac1_hire_split", "percent_agreement_hire_split");
  private static final List<String> CROSSED = List.of("var_candidate", "var_interviewer", "var_residual",
      "dstudy_panel_for_target", "dstudy_reliability_k1", "dstudy_reliability_k2", "dstudy_reliability_k3",
      "dstudy_reliability_k4", "dstudy_reliability_k5", "dstudy_reliability_k6", "dstudy_reliability_k7",
      "dstudy_reliability_k8", "icc2_1", "icc2_k", "icc3_1", "icc3_k");

  private static JobDefinition job;
  private static List<Rating> ratings;
  private static AgreementResult result;

  /** One scorecard row of the hand-made data. */
  record Rating(String candidate, String scorecard, String stage, String interviewer, String competency,
      Double rating, Integer overall, Integer confidence, String at) {}

  static JobDefinition job(JobDefinition base, int replicates, long seed, Period period) {
    Thresholds t = base.thresholds();
    Thresholds th = new Thresholds(MIN_N, t.minScorecards(), t.reliabilityTarget(), PAIR_MIN_SHARED,
        t.severityPoints(), t.feedbackHours());
    return new JobDefinition(base.name(), base.source(), base.inputs(), base.rubric(), base.stages(),
        base.plannedRounds(), period, base.periodUnit(), base.outcomesAsOf(), base.performanceScale(),
        base.jobIds(), th, replicates, base.cvFolds(), base.businessDays(), base.weightsFrom(), seed, base.output());
  }

  /**
   * 60 candidates: a phone screen by one interviewer (two for every fourth candidate) rating two
   * competencies; an onsite loop of two or three from a pool of eight rating three competencies
   * (some ratings missing, every seventh candidate meeting the phone interviewer again); for the
   * first 40 a hiring-manager round where the same three managers each rate portfolio (a fully
   * crossed scope); for ten a recruiter screen by one interviewer (no pairs); confidences on most
   * ratings; five scorecards outside the window.
   */
  static List<Rating> handMade() {
    Random rnd = new Random(11);
    String[] pool = new String[8];
    double[] severity = new double[8];
    for (int j = 0; j < 8; j++) {
      pool[j] = "iv0" + (j + 1);
      severity[j] = 0.6 * rnd.nextGaussian();
    }
    List<Rating> out = new ArrayList<>();
    int[] sc = {0};
    for (int i = 1; i <= 60; i++) {
      String cand = String.format("C%03d", i);
      double ability = rnd.nextGaussian();
      List<Integer> phone = new ArrayList<>(List.of(rnd.nextInt(8)));
      if (i % 4 == 0) {
        phone.add((phone.get(0) + 1 + rnd.nextInt(7)) % 8);
      }
      for (int j : phone) {
        scorecard(out, sc, rnd, cand, "phone_screen", pool[j], severity[j], ability,
            List.of("core_technical", "llm_genai"), "2026-07-1" + (i % 10) + "T10:00:00Z", i);
      }
      List<Integer> onsite = new ArrayList<>();
      if (i % 7 == 0) {
        onsite.add(phone.get(0));
      }
      int size = 2 + i % 2;
      while (onsite.size() < size) {
        int j = rnd.nextInt(8);
        if (!onsite.contains(j)) {
          onsite.add(j);
        }
      }
      for (int j : onsite) {
        scorecard(out, sc, rnd, cand, "onsite", pool[j], severity[j], ability,
            List.of("core_technical", "llm_genai", "portfolio"), "2026-08-2" + (i % 10) + "T10:00:00Z", i);
      }
      if (i <= 40) {
        for (int h = 1; h <= 3; h++) {
          scorecard(out, sc, rnd, cand, "hiring_manager", "hm" + h, 0.3 * (h - 2), ability, List.of("portfolio"),
              "2026-09-0" + (1 + i % 9) + "T10:00:00Z", i);
        }
      }
      if (i <= 10) {
        // a stage with one interviewer per candidate: nothing to compare there
        scorecard(out, sc, rnd, cand, "recruiter_screen", "rs1", 0, ability, List.of("core_technical"),
            "2026-07-0" + (1 + i % 9) + "T09:00:00Z", i);
      }
      if (i <= 5) {
        scorecard(out, sc, rnd, cand, "onsite", pool[i], severity[i], ability, List.of("core_technical"),
            "2025-01-15T10:00:00Z", i);
      }
    }
    return out;
  }

  private static void scorecard(List<Rating> out, int[] seq, Random rnd, String cand, String stage, String iv,
      double severity, double ability, List<String> comps, String at, int i) {
    String id = String.format("S%04d", ++seq[0]);
    List<Double> values = new ArrayList<>();
    List<Rating> rows = new ArrayList<>();
    for (String c : comps) {
      boolean missing = rnd.nextDouble() < 0.08 && !stage.equals("hiring_manager");
      Double y = missing ? null
          : (double) Math.max(0, Math.min(5, Math.round(2.5 + ability - severity + 0.8 * rnd.nextGaussian())));
      Integer conf = i % 5 == 0 ? null : 1 + rnd.nextInt(3);
      rows.add(new Rating(cand, id, stage, iv, c, y, null, conf, at));
      if (y != null) {
        values.add(y);
      }
    }
    Integer overall = values.isEmpty() || rnd.nextDouble() < 0.1 ? null
        : (int) Math.max(1, Math.min(4, Math.round(values.stream().mapToDouble(d -> d).average().orElse(0) * 0.8)));
    for (Rating r : rows) {
      out.add(new Rating(r.candidate(), r.scorecard(), r.stage(), r.interviewer(), r.competency(), r.rating(),
          overall, r.confidence(), r.at()));
    }
  }

  static Dataset<Row> frame(List<Rating> rows, int partitions) {
    StructType schema = new StructType()
        .add("candidate_id", DataTypes.StringType).add("scorecard_id", DataTypes.StringType)
        .add("stage", DataTypes.StringType).add("interviewer_id", DataTypes.StringType)
        .add("competency", DataTypes.StringType).add("rating", DataTypes.DoubleType)
        .add("overall", DataTypes.IntegerType).add("confidence", DataTypes.IntegerType)
        .add("at", DataTypes.TimestampType);
    List<Row> list = new ArrayList<>();
    for (Rating r : rows) {
      list.add(RowFactory.create(r.candidate(), r.scorecard(), r.stage(), r.interviewer(), r.competency(), r.rating(),
          r.overall(), r.confidence(), Timestamp.from(Instant.parse(r.at()))));
    }
    return spark.createDataFrame(list, schema).repartition(partitions);
  }

  @BeforeAll
  static void run() {
    job = job(TestJobs.sampleQuarter(), REPLICATES, 20261122L, TestJobs.sampleQuarter().period());
    ratings = handMade();
    result = new AgreementAnalysis(job).run(frame(ratings, 3));
  }

  // ---------------------------------------------------------------- the reference, in memory

  /** A value of a unit. */
  record Value(String candidate, String interviewer, double y) {}

  /** Values per scope (competency, stage, confidence), from the in-window scorecards. */
  static Map<List<String>, List<Value>> scopes(List<Rating> rows) {
    Map<String, List<Rating>> cards = new TreeMap<>();
    for (Rating r : rows) {
      if (r.at().startsWith("2026-07") || r.at().startsWith("2026-08") || r.at().startsWith("2026-09")) {
        cards.computeIfAbsent(r.scorecard(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<List<String>, List<Value>> out = new LinkedHashMap<>();
    for (List<Rating> card : cards.values()) {
      Rating first = card.get(0);
      Map<String, Double> byComp = new HashMap<>();
      for (Rating r : card) {
        if (r.rating() != null) {
          Value v = new Value(r.candidate(), r.interviewer(), r.rating());
          add(out, List.of(r.competency(), r.stage(), ALL), v);
          add(out, List.of(r.competency(), ALL, ALL), v);
          if (r.confidence() != null) {
            add(out, List.of(r.competency(), ALL, List.of("low", "medium", "high").get(r.confidence() - 1)), v);
          }
          byComp.put(r.competency(), r.rating());
        }
      }
      if (!byComp.isEmpty()) {
        Value v = new Value(first.candidate(), first.interviewer(), job.rubric().composite(byComp));
        add(out, List.of(ALL, first.stage(), ALL), v);
        add(out, List.of(ALL, ALL, ALL), v);
      }
      if (first.overall() != null) {
        Value v = new Value(first.candidate(), first.interviewer(), first.overall());
        add(out, List.of(REC, first.stage(), ALL), v);
        add(out, List.of(REC, ALL, ALL), v);
      }
    }
    return out;
  }

  private static void add(Map<List<String>, List<Value>> m, List<String> k, Value v) {
    m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
  }

  /** Pairable units (two or more values) by candidate. */
  static Map<String, List<Value>> units(List<Value> values) {
    Map<String, List<Value>> u = new TreeMap<>();
    for (Value v : values) {
      u.computeIfAbsent(v.candidate(), k -> new ArrayList<>()).add(v);
    }
    u.values().removeIf(l -> l.size() < 2);
    return u;
  }

  static double[] ys(List<Value> unit) {
    return unit.stream().mapToDouble(Value::y).toArray();
  }

  /** metric → {value, note} of one scope, computed with the statistics package only. */
  static Map<String, Object[]> expected(List<String> scope, List<Value> values) {
    String comp = scope.get(0);
    boolean composite = comp.equals(ALL);
    boolean rec = comp.equals(REC);
    boolean crossed = scope.get(2).equals(ALL);
    List<String> names = new ArrayList<>(composite ? List.of("alpha_interval", "icc1", "icc1k") : CATEGORICAL);
    if (rec) {
      names.addAll(SPLIT);
    }
    if (crossed) {
      names.addAll(CROSSED);
    }
    Map<String, List<Value>> units = units(values);
    Map<String, Object[]> out = new LinkedHashMap<>();
    if (units.isEmpty()) {
      for (String n : names) {
        out.put(n, new Object[] {Double.NaN, "no_pairable_units"});
      }
      return out;
    }
    ValueDomain domain = rec ? RECOMMENDATIONS : RATINGS;
    OneWayAnova ow = OneWayAnova.empty();
    for (List<Value> u : units.values()) {
      ow = ow.merge(OneWayAnova.ofUnit(ys(u)));
    }
    if (composite) {
      IntervalAlphaMoments m = IntervalAlphaMoments.empty();
      for (List<Value> u : units.values()) {
        m = m.merge(IntervalAlphaMoments.ofUnit(ys(u)));
      }
      put(out, "alpha_interval", KrippendorffAlpha.of(m).value(), KrippendorffAlpha.of(m).reason());
    } else {
      CoincidenceMatrix cm = CoincidenceMatrix.empty(domain);
      CategoryCounts cc = CategoryCounts.empty(domain);
      for (List<Value> u : units.values()) {
        cm = cm.merge(CoincidenceMatrix.ofUnit(ys(u), domain));
        cc = cc.merge(CategoryCounts.ofUnit(ys(u), domain));
      }
      for (AlphaMetric a : List.of(AlphaMetric.INTERVAL, AlphaMetric.ORDINAL, AlphaMetric.NOMINAL)) {
        put(out, a.metricName(), KrippendorffAlpha.of(cm, a).value(), KrippendorffAlpha.of(cm, a).reason());
      }
      OneWayIcc icc = OneWayIcc.of(ow);
      put(out, "icc1", icc.icc1(), icc.reason());
      put(out, "icc1k", icc.icc1k(), icc.reason());
      put(out, "ac1", GwetAc.ac1(cc).value(), GwetAc.ac1(cc).reason());
      put(out, "ac2_linear", GwetAc.of(cc, Weighting.LINEAR).value(), null);
      put(out, "ac2_quadratic", GwetAc.of(cc, Weighting.QUADRATIC).value(), null);
      put(out, "ac2_ordinal", GwetAc.of(cc, Weighting.ORDINAL).value(), null);
      put(out, "fleiss_kappa", FleissKappa.of(cc).value(), FleissKappa.of(cc).reason());
      put(out, "percent_agreement", PercentAgreement.of(cc).value(), null);
    }
    if (composite) {
      OneWayIcc icc = OneWayIcc.of(ow);
      put(out, "icc1", icc.icc1(), icc.reason());
      put(out, "icc1k", icc.icc1k(), icc.reason());
    }
    if (rec) {
      ValueDomain split = ValueDomain.of(0, 1);
      CategoryCounts s = CategoryCounts.empty(split);
      for (List<Value> u : units.values()) {
        double hire = u.stream().filter(v -> v.y() >= 3).count();
        s = s.merge(CategoryCounts.ofUnitCounts(new double[] {u.size() - hire, hire}, split));
      }
      put(out, "ac1_hire_split", GwetAc.ac1(s).value(), GwetAc.ac1(s).reason());
      put(out, "percent_agreement_hire_split", PercentAgreement.of(s).value(), null);
    }
    if (crossed) {
      List<String> cands = new ArrayList<>(units.keySet());
      TreeSet<String> ivs = new TreeSet<>();
      units.values().forEach(u -> u.forEach(v -> ivs.add(v.interviewer())));
      List<String> ivList = new ArrayList<>(ivs);
      List<int[]> ci = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (String c : cands) {
        for (Value v : units.get(c)) {
          ci.add(new int[] {cands.indexOf(c), ivList.indexOf(v.interviewer())});
          ys.add(v.y());
        }
      }
      CrossedVarianceComponents vc = CrossedVarianceComponents.of(CrossedSums.fromRatings(
          ci.stream().mapToInt(a -> a[0]).toArray(), ci.stream().mapToInt(a -> a[1]).toArray(),
          ys.stream().mapToDouble(d -> d).toArray()));
      component(out, "var_candidate", vc.candidate(), vc.reason());
      component(out, "var_interviewer", vc.interviewer(), vc.reason());
      component(out, "var_residual", vc.residual(), vc.reason());
      DecisionStudy d = DecisionStudy.of(vc, job.thresholds().reliabilityTarget());
      if (!d.defined()) {
        put(out, "dstudy_panel_for_target", Double.NaN, d.reason());
      } else if (d.smallestPanel().isPresent()) {
        put(out, "dstudy_panel_for_target", d.smallestPanel().getAsInt(), null);
      } else {
        out.put("dstudy_panel_for_target", new Object[] {Double.NaN, "more_than_8"});
      }
      for (int k = 1; k <= 8; k++) {
        put(out, "dstudy_reliability_k" + k, d.reliability(k), d.reason());
      }
      // fully crossed: every unit has each interviewer exactly once
      boolean full = ivList.size() >= 2 && units.values().stream().allMatch(u -> u.size() == ivList.size()
          && u.stream().map(Value::interviewer).distinct().count() == ivList.size());
      TwoWayIcc t;
      if (full) {
        double[][] m = new double[cands.size()][ivList.size()];
        for (int r = 0; r < cands.size(); r++) {
          for (Value v : units.get(cands.get(r))) {
            m[r][ivList.indexOf(v.interviewer())] = v.y();
          }
        }
        t = TwoWayIcc.of(TwoWayAnova.ofMatrix(m));
      } else {
        t = null;
      }
      put(out, "icc2_1", t == null ? Double.NaN : t.icc21(), t == null ? UndefinedReason.NOT_FULLY_CROSSED : t.reason());
      put(out, "icc2_k", t == null ? Double.NaN : t.icc2k(), t == null ? UndefinedReason.NOT_FULLY_CROSSED : t.reason());
      put(out, "icc3_1", t == null ? Double.NaN : t.icc31(), t == null ? UndefinedReason.NOT_FULLY_CROSSED : t.reason());
      put(out, "icc3_k", t == null ? Double.NaN : t.icc3k(), t == null ? UndefinedReason.NOT_FULLY_CROSSED : t.reason());
    }
    // in the order of the metric list
    Map<String, Object[]> ordered = new LinkedHashMap<>();
    for (String n : names) {
      ordered.put(n, out.get(n));
    }
    return ordered;
  }

  private static void put(Map<String, Object[]> out, String metric, double value, UndefinedReason reason) {
    out.put(metric, new Object[] {value, Double.isNaN(value) && reason != null ? reason.code() : ""});
  }

  private static void component(Map<String, Object[]> out, String metric, CrossedVarianceComponents.Component c,
      UndefinedReason reason) {
    if (Double.isNaN(c.estimate())) {
      put(out, metric, Double.NaN, reason);
    } else {
      out.put(metric, new Object[] {c.estimate(), c.truncated() ? "truncated_at_zero" : ""});
    }
  }

  // ---------------------------------------------------------------- tests

  @Test
  void everyScopeAndMetricEqualsThePureStatisticsInMemory() {
    Map<List<String>, List<Value>> scopes = scopes(ratings);
    Map<List<String>, AgreementRow> actual = new LinkedHashMap<>();
    for (AgreementRow r : result.rows()) {
      actual.put(List.of(r.competency(), r.stage(), r.confidence(), r.metric()), r);
    }
    Set<List<String>> expectedKeys = new TreeSet<>(java.util.Comparator.comparing(Object::toString));
    int compared = 0;
    int defined = 0;
    for (Map.Entry<List<String>, List<Value>> e : scopes.entrySet()) {
      List<String> scope = e.getKey();
      Map<String, List<Value>> units = units(e.getValue());
      long n = units.size();
      long nRatings = units.values().stream().mapToLong(List::size).sum();
      for (Map.Entry<String, Object[]> m : expected(scope, e.getValue()).entrySet()) {
        List<String> key = List.of(scope.get(0), scope.get(1), scope.get(2), m.getKey());
        expectedKeys.add(key);
        AgreementRow row = actual.get(key);
        assertThat(row).as("row %s", key).isNotNull();
        double value = (double) m.getValue()[0];
        String note = (String) m.getValue()[1];
        if (n > 0 && n < MIN_N && (note.isEmpty() || note.equals("truncated_at_zero"))) {
          note = "below_min_n";
        }
        if (Double.isNaN(value)) {
          assertThat(row.value()).as("%s", key).isNaN();
        } else {
          assertThat(row.value()).as("%s", key).isCloseTo(value, within(TOLERANCE * Math.max(1, Math.abs(value))));
          defined++;
        }
        assertThat(row.note()).as("note of %s", key).isEqualTo(note);
        assertThat(row.nCandidates()).as("n of %s", key).isEqualTo(n);
        assertThat(row.nRatings()).as("ratings of %s", key).isEqualTo(nRatings);
        compared++;
      }
    }
    assertThat(actual.keySet()).as("no other rows").hasSize(expectedKeys.size());
    // the design exercises every kind of scope and note
    assertThat(compared).isGreaterThan(500);
    assertThat(defined).isGreaterThan(300);
    assertThat(result.rows()).extracting(AgreementRow::note)
        .contains("", "below_min_n", "not_fully_crossed", "no_pairable_units");
    assertThat(actual.get(List.of("portfolio", "hiring_manager", ALL, "icc2_1")).value()).as("crossed scope").isFinite();
    assertThat(actual.get(List.of(ALL, "hiring_manager", ALL, "icc3_k")).value()).as("crossed composite").isFinite();
    assertThat(actual.keySet()).contains(List.of("core_technical", ALL, "high", "alpha_interval"));
  }

  @Test
  void intervalsAreTheCandidateBootstrapComputedInMemory() {
    Map<List<String>, List<Value>> scopes = scopes(ratings);
    for (List<String> scope : List.of(List.of("core_technical", ALL, ALL), List.of(ALL, ALL, ALL))) {
      Map<String, List<Value>> units = units(scopes.get(scope));
      double[] alphas = new double[REPLICATES];
      for (int r = 0; r < REPLICATES; r++) {
        CoincidenceMatrix cm = CoincidenceMatrix.empty(RATINGS);
        IntervalAlphaMoments mo = IntervalAlphaMoments.empty();
        for (Map.Entry<String, List<Value>> u : units.entrySet()) {
          int w = PoissonWeights.weight(job.seed(), u.getKey(), r);
          if (scope.get(0).equals(ALL)) {
            mo = mo.merge(IntervalAlphaMoments.ofUnit(ys(u.getValue())).scaled(w));
          } else {
            cm = cm.merge(CoincidenceMatrix.ofUnit(ys(u.getValue()), RATINGS).scaled(w));
          }
        }
        alphas[r] = scope.get(0).equals(ALL) ? KrippendorffAlpha.of(mo).value()
            : KrippendorffAlpha.of(cm, AlphaMetric.INTERVAL).value();
      }
      PercentileInterval pi = PercentileInterval.of(alphas, 0.95);
      AgreementRow row = result.rows().stream().filter(r -> List.of(r.competency(), r.stage(), r.confidence())
          .equals(scope) && r.metric().equals("alpha_interval")).findFirst().orElseThrow();
      assertThat(row.ciLow()).as("low %s", scope).isCloseTo(pi.low(), within(TOLERANCE));
      assertThat(row.ciHigh()).as("high %s", scope).isCloseTo(pi.high(), within(TOLERANCE));
      assertThat(row.ciLow()).isLessThan(row.value());
      assertThat(row.ciHigh()).isGreaterThan(row.value());
    }
    // no interval where resampling candidates cannot give one
    assertThat(result.rows()).filteredOn(r -> Set.of("var_interviewer", "var_residual", "dstudy_panel_for_target")
        .contains(r.metric())).allSatisfy(r -> assertThat(r.ciLow()).isNaN());
  }

  @Test
  void interviewerPairsAreCohensKappasOverSharedUnits() {
    // unit (candidate, competency, stage) → interviewer → first rating by scorecard id
    Map<List<String>, TreeMap<String, Double>> units = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
    ratings.stream().filter(r -> !r.at().startsWith("2025") && r.rating() != null)
        .sorted(java.util.Comparator.comparing(Rating::scorecard))
        .forEach(r -> units.computeIfAbsent(List.of(r.candidate(), r.competency(), r.stage()), k -> new TreeMap<>())
            .putIfAbsent(r.interviewer(), r.rating()));
    Map<List<String>, double[][]> tables = new HashMap<>();
    Map<List<String>, Set<String>> shared = new HashMap<>();
    for (Map.Entry<List<String>, TreeMap<String, Double>> u : units.entrySet()) {
      List<String> ivs = new ArrayList<>(u.getValue().keySet());
      for (int a = 0; a < ivs.size(); a++) {
        for (int b = a + 1; b < ivs.size(); b++) {
          List<String> pair = List.of(ivs.get(a), ivs.get(b));
          double[][] t = tables.computeIfAbsent(pair, k -> new double[6][6]);
          t[(int) (double) u.getValue().get(ivs.get(a))][(int) (double) u.getValue().get(ivs.get(b))]++;
          shared.computeIfAbsent(pair, k -> new TreeSet<>()).add(u.getKey().get(0));
        }
      }
    }
    Map<List<String>, InterviewerPair> actual = new HashMap<>();
    result.pairs().forEach(p -> actual.put(List.of(p.interviewerA(), p.interviewerB()), p));
    long kept = shared.values().stream().filter(s -> s.size() >= PAIR_MIN_SHARED).count();
    assertThat(actual).hasSize((int) kept).isNotEmpty();
    for (Map.Entry<List<String>, double[][]> e : tables.entrySet()) {
      if (shared.get(e.getKey()).size() < PAIR_MIN_SHARED) {
        continue;
      }
      InterviewerPair p = actual.get(e.getKey());
      ContingencyTable t = ContingencyTable.ofCounts(e.getValue(), RATINGS);
      assertThat(p.nShared()).isEqualTo(shared.get(e.getKey()).size());
      assertThat(p.nUnits()).isEqualTo((long) t.total());
      double lin = CohenKappa.of(t, Weighting.LINEAR).value();
      double quad = CohenKappa.of(t, Weighting.QUADRATIC).value();
      if (Double.isNaN(quad)) {
        assertThat(p.kappaQuadratic()).isNaN();
      } else {
        assertThat(p.kappaLinear()).as("%s", e.getKey()).isCloseTo(lin, within(TOLERANCE));
        assertThat(p.kappaQuadratic()).as("%s", e.getKey()).isCloseTo(quad, within(TOLERANCE));
      }
    }
    // least agreeing first: ascending upper ends of the quadratic kappa's interval
    List<Double> highs = result.pairs().stream().map(InterviewerPair::ciHigh).filter(d -> !d.isNaN()).toList();
    assertThat(highs).isSorted();
  }

  @Test
  void resultsDoNotDependOnPartitioningAndFollowTheSeed() throws IOException {
    spark.conf().set("spark.sql.shuffle.partitions", "1");
    String one = csv(new AgreementAnalysis(job).run(frame(ratings, 1)));
    spark.conf().set("spark.sql.shuffle.partitions", "5");
    String five = csv(new AgreementAnalysis(job).run(frame(ratings, 7)));
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    assertThat(five).isEqualTo(one);
    assertThat(csv(result)).isEqualTo(one);
    JobDefinition otherSeed = job(TestJobs.sampleQuarter(), REPLICATES, 7L, job.period());
    String other = csv(new AgreementAnalysis(otherSeed).run(frame(ratings, 3)));
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void sheetShowsSmallSamplesAsFewerThanNAndNoCandidateIds() throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      io.interviewcalibration.report.Charts charts = new io.interviewcalibration.report.Charts();
      new AgreementSection(result).writeSheets(wb, new io.interviewcalibration.report.Styles(wb), charts);
      org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Agreement");
      assertThat(sheet).isNotNull();
      List<String> texts = new ArrayList<>();
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
          assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
        }
      }
      assertThat(texts).contains("fewer than " + MIN_N, "Overall recommendation", "ICC(2,1)", "no shared candidates");
      assertThat(texts).noneMatch(t -> t.matches(".*\\bC\\d{3}\\b.*"));
      // the first pair listed is the least agreeing one
      InterviewerPair first = result.pairs().get(0);
      assertThat(texts).containsSubsequence("Interviewer pairs, least agreeing first", first.interviewerA());
      assertThat(charts.pngs()).containsKeys("agreement_alpha.png", "agreement_dstudy.png");
      // a below-minimum value is never shown as a number: its row holds the text instead
      AgreementRow small = result.rows().stream().filter(r -> r.note().equals("below_min_n")
          && r.metric().equals("alpha_interval") && r.confidence().equals(ALL)).findFirst().orElseThrow();
      boolean found = false;
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        org.apache.poi.ss.usermodel.Cell c0 = row.getCell(0);
        org.apache.poi.ss.usermodel.Cell c1 = row.getCell(1);
        if (c0 != null && c1 != null && c1.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && c1.getStringCellValue().equals(small.stage())
            && c0.getStringCellValue().equals(result.competencyLabels().getOrDefault(small.competency(), "Scorecard composite (weighted)"))) {
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo("fewer than " + MIN_N);
          found = true;
        }
      }
      assertThat(found).as("by-stage row of %s", small).isTrue();
    }
  }

  private static String csv(AgreementResult r) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (ResultTable t : new AgreementSection(r).tables()) {
      ByteArrayOutputStream os = new ByteArrayOutputStream();
      t.write(os);
      sb.append(os.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  @Test
  void generatedDataRankTheLeastNoisyCompetencyAboveTheNoisiest(@TempDir Path dir) throws IOException {
    JobDefinition gen = job(TestJobs.sampleQuarter(), 100, 5L, Period.ALL);
    new Generator(gen, GeneratorSettings.sample(3).withCandidates(400)).write(dir);
    Ingest ingest = new Ingest(spark, gen);
    var in = ingest.run(ingest.resolve(InputKind.SCORECARDS, dir.resolve("scorecards.csv").toString()));
    AgreementResult r;
    try {
      r = new AgreementAnalysis(gen).run(in.used());
    } finally {
      in.checked().unpersist();
    }
    Function<String, AgreementRow> alpha = c -> r.rows().stream().filter(x -> x.competency().equals(c)
        && x.stage().equals(ALL) && x.confidence().equals(ALL) && x.metric().equals("alpha_interval"))
        .findFirst().orElseThrow();
    AgreementRow core = alpha.apply("core_technical"); // planted noise SD 0.40
    AgreementRow ethics = alpha.apply("ethics_communication"); // planted noise SD 1.10
    assertThat(core.nCandidates()).isGreaterThan(150);
    assertThat(core.value()).isGreaterThan(ethics.value());
    assertThat(core.ciLow()).as("intervals apart").isGreaterThan(ethics.ciHigh());
    Function<String, Double> panel = c -> r.rows().stream().filter(x -> x.competency().equals(c)
        && x.stage().equals(ALL) && x.confidence().equals(ALL) && x.metric().equals("dstudy_reliability_k3"))
        .findFirst().orElseThrow().value();
    assertThat(panel.apply("core_technical")).isGreaterThan(panel.apply("ethics_communication"));
  }
}
