package io.interviewcalibration.analysis;

import io.interviewcalibration.analysis.AgreementKey.Scope;
import io.interviewcalibration.analysis.ScopeMetrics.Estimate;
import io.interviewcalibration.analysis.UnitLayout.UnitStates;
import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.StageDef;
import io.interviewcalibration.stats.agreement.CohenKappa;
import io.interviewcalibration.stats.agreement.ContingencyTable;
import io.interviewcalibration.stats.agreement.ValueDomain;
import io.interviewcalibration.stats.agreement.Weighting;
import io.interviewcalibration.stats.resample.PercentileInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the summed vectors of every scope and pair into result rows: point estimates from the
 * point sums, 95% percentile intervals from the replicate sums, notes for small and undefined
 * values. Pure Java; runs on the driver on aggregates only.
 */
final class AgreementEstimates {
  /** Nominal coverage of the intervals. */
  static final double LEVEL = 0.95;
  /**
   * Metrics without an interval. The smallest panel is an integer read off the curve (the
   * reliabilities have intervals). The bootstrap over candidates cannot split interviewer from
   * residual variance: a resampled candidate repeats the same interviewers' ratings, which
   * Method I reads as interviewer variance, so replicates move variance from the residual to the
   * interviewer component (resampling one factor of a crossed design; McCullagh, P. (2000).
   * Resampling and exchangeable arrays. Bernoulli 6(2), 285–301). Their sum, the error of a
   * panel, is preserved, so the D-study's reliabilities keep their intervals.
   */
  static final Set<String> WITHOUT_INTERVAL = Set.of("dstudy_panel_for_target", "var_interviewer", "var_residual");

  private final AgreementDesign design;
  private final JobDefinition job;

  AgreementEstimates(AgreementDesign design, JobDefinition job) {
    this.design = design;
    this.job = job;
  }

  /** The result of the summed vectors (keys of every part; pairs only those that were kept). */
  AgreementResult estimate(Map<AgreementKey, ReplicateSums> sums) {
    Map<Scope, ReplicateSums> seen = new HashMap<>();
    Map<Scope, ReplicateSums> units = new HashMap<>();
    Map<Scope, TreeMap<String, ReplicateSums>> cells = new HashMap<>();
    Map<AgreementKey, ReplicateSums> pairs = new TreeMap<>();
    for (Map.Entry<AgreementKey, ReplicateSums> e : sums.entrySet()) {
      AgreementKey k = e.getKey();
      switch (k.part()) {
        case SEEN -> seen.put(k.scope(), e.getValue());
        case UNIT -> units.put(k.scope(), e.getValue());
        case CELL -> cells.computeIfAbsent(k.scope(), s -> new TreeMap<>()).put(k.interviewer(), e.getValue());
        case PAIR -> pairs.put(k, e.getValue());
        case PAIR_COUNT -> { }
        default -> throw new AssertionError(k.part());
      }
    }
    List<Scope> scopes = new ArrayList<>(seen.keySet());
    scopes.sort(scopeOrder());
    List<AgreementRow> rows = new ArrayList<>();
    for (Scope s : scopes) {
      rows.addAll(scope(s, units.get(s), cells.getOrDefault(s, new TreeMap<>())));
    }
    List<InterviewerPair> pairRows = new ArrayList<>();
    for (Map.Entry<AgreementKey, ReplicateSums> e : pairs.entrySet()) {
      pairRows.add(pair(e.getKey(), e.getValue()));
    }
    pairRows.sort(Comparator.comparingDouble((InterviewerPair p) -> Double.isNaN(p.ciHigh()) ? Double.POSITIVE_INFINITY : p.ciHigh())
        .thenComparingDouble(p -> Double.isNaN(p.kappaQuadratic()) ? Double.POSITIVE_INFINITY : p.kappaQuadratic())
        .thenComparing(InterviewerPair::interviewerA).thenComparing(InterviewerPair::interviewerB));
    Map<String, String> labels = new LinkedHashMap<>();
    for (Competency c : job.rubric().competencies()) {
      labels.put(c.id(), c.label());
    }
    return new AgreementResult(rows, pairRows, labels, job.period().label(), job.thresholds().minN(),
        job.thresholds().pairMinShared(), job.thresholds().reliabilityTarget(), design.replicates(),
        design.seed(), LEVEL);
  }

  /** Competencies in rubric order, then the composite, then the recommendation; stages in process order. */
  Comparator<Scope> scopeOrder() {
    Map<String, Integer> comp = new HashMap<>();
    List<String> ids = design.competencies();
    for (int i = 0; i < ids.size(); i++) {
      comp.put(ids.get(i), i);
    }
    comp.put(AgreementDesign.ALL, ids.size());
    comp.put(AgreementDesign.RECOMMENDATION, ids.size() + 1);
    Map<String, Integer> stage = new HashMap<>();
    stage.put(AgreementDesign.ALL, -1);
    List<StageDef> stages = job.stages();
    for (int i = 0; i < stages.size(); i++) {
      stage.put(stages.get(i).id(), i);
    }
    Map<String, Integer> conf = new HashMap<>();
    conf.put(AgreementDesign.ALL, -1);
    for (int i = 0; i < AgreementDesign.CONFIDENCE.size(); i++) {
      conf.put(AgreementDesign.CONFIDENCE.get(i), i);
    }
    return Comparator.comparing((Scope s) -> comp.getOrDefault(s.competency(), Integer.MAX_VALUE))
        .thenComparing(Scope::competency)
        .thenComparing(s -> stage.getOrDefault(s.stage(), Integer.MAX_VALUE))
        .thenComparing(Scope::stage)
        .thenComparing(s -> conf.getOrDefault(s.confidence(), Integer.MAX_VALUE));
  }

  private List<AgreementRow> scope(Scope s, ReplicateSums unitSums, TreeMap<String, ReplicateSums> cellSums) {
    UnitLayout layout = design.layout(s);
    double target = job.thresholds().reliabilityTarget();
    List<ReplicateSums> ivs = new ArrayList<>(cellSums.values());
    if (unitSums == null) {
      UnitStates empty = layout.states(new double[layout.length()]);
      List<AgreementRow> rows = new ArrayList<>();
      for (Estimate e : ScopeMetrics.of(layout, empty, new CellView(ivs, 0), false, target)) {
        rows.add(new AgreementRow(s.competency(), s.stage(), s.confidence(), e.metric(), Double.NaN, Double.NaN,
            Double.NaN, 0, 0, "no_pairable_units"));
      }
      return rows;
    }
    UnitStates point = layout.states(unitSums.vector(0));
    CellView pointCells = new CellView(ivs, 0);
    boolean fullyCrossed = layout.crossed() && ScopeMetrics.fullyCrossed(point, pointCells);
    List<Estimate> estimates = ScopeMetrics.of(layout, point, pointCells, fullyCrossed, target);
    int replicates = unitSums.replicates();
    double[][] reps = new double[estimates.size()][replicates];
    for (int r = 1; r <= replicates; r++) {
      List<Estimate> rep = ScopeMetrics.of(layout, layout.states(unitSums.vector(r)), new CellView(ivs, r),
          fullyCrossed, target);
      for (int m = 0; m < estimates.size(); m++) {
        reps[m][r - 1] = rep.get(m).value();
      }
    }
    long candidates = Math.round(point.oneWay().units());
    long ratings = Math.round(point.oneWay().ratings());
    boolean small = candidates < job.thresholds().minN();
    List<AgreementRow> rows = new ArrayList<>();
    for (int m = 0; m < estimates.size(); m++) {
      Estimate e = estimates.get(m);
      double low = Double.NaN;
      double high = Double.NaN;
      boolean interval = !Double.isNaN(e.value()) && replicates >= PercentileInterval.MIN_REPLICATES
          && !WITHOUT_INTERVAL.contains(e.metric());
      if (interval) {
        PercentileInterval pi = PercentileInterval.of(reps[m], LEVEL);
        low = pi.low();
        high = pi.high();
      }
      String note = e.note();
      if (small && (note.isEmpty() || note.equals("truncated_at_zero"))) {
        note = "below_min_n";
      }
      rows.add(new AgreementRow(s.competency(), s.stage(), s.confidence(), e.metric(), e.value(), low, high,
          candidates, ratings, note));
    }
    return rows;
  }

  private InterviewerPair pair(AgreementKey key, ReplicateSums sums) {
    ValueDomain domain = design.ratings();
    int q = domain.size();
    double[] point = sums.vector(0);
    ContingencyTable t = ContingencyTable.fromVector(Arrays.copyOfRange(point, 1, 1 + q * q), domain);
    CohenKappa linear = CohenKappa.of(t, Weighting.LINEAR);
    CohenKappa quadratic = CohenKappa.of(t, Weighting.QUADRATIC);
    int replicates = sums.replicates();
    double[] repLinear = new double[replicates];
    double[] repQuadratic = new double[replicates];
    for (int r = 1; r <= replicates; r++) {
      double[] v = sums.vector(r);
      ContingencyTable rt = ContingencyTable.fromVector(Arrays.copyOfRange(v, 1, 1 + q * q), domain);
      repLinear[r - 1] = CohenKappa.of(rt, Weighting.LINEAR).value();
      repQuadratic[r - 1] = CohenKappa.of(rt, Weighting.QUADRATIC).value();
    }
    double[] li = interval(linear.value(), repLinear);
    double[] qi = interval(quadratic.value(), repQuadratic);
    String note = !quadratic.defined() ? quadratic.reason().code() : !linear.defined() ? linear.reason().code() : "";
    return new InterviewerPair(key.interviewer(), key.other(), Math.round(point[0]), Math.round(t.total()),
        linear.value(), quadratic.value(), qi[0], qi[1], li[0], li[1], note);
  }

  private static double[] interval(double value, double[] reps) {
    if (Double.isNaN(value) || reps.length < PercentileInterval.MIN_REPLICATES) {
      return new double[] {Double.NaN, Double.NaN};
    }
    PercentileInterval pi = PercentileInterval.of(reps, LEVEL);
    return new double[] {pi.low(), pi.high()};
  }

  /** One replicate's view of a scope's interviewer sums, in interviewer id order. */
  private record CellView(List<ReplicateSums> cells, int replicate) implements ScopeMetrics.Interviewers {
    @Override
    public int count() {
      return cells.size();
    }

    @Override
    public double ratings(int j) {
      return cells.get(j).value(0, replicate);
    }

    @Override
    public double sum(int j) {
      return cells.get(j).value(1, replicate);
    }

    @Override
    public double cellSquares(int j) {
      return cells.get(j).value(2, replicate);
    }
  }
}
