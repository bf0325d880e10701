package io.interviewcalibration.analysis;

import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Rubric;
import io.interviewcalibration.config.Tier;
import io.interviewcalibration.stats.resample.PercentileInterval;
import io.interviewcalibration.stats.resample.PoissonWeights;
import io.interviewcalibration.stats.validity.Auc;
import io.interviewcalibration.stats.validity.AucEstimate;
import io.interviewcalibration.stats.validity.CompetencyWeight;
import io.interviewcalibration.stats.validity.CompositeValidity;
import io.interviewcalibration.stats.validity.Correlation;
import io.interviewcalibration.stats.validity.CrossValidatedComposite;
import io.interviewcalibration.stats.validity.Estimate;
import io.interviewcalibration.stats.validity.IncrementalEstimate;
import io.interviewcalibration.stats.validity.IncrementalValidity;
import io.interviewcalibration.stats.validity.LinearFit;
import io.interviewcalibration.stats.validity.LinearRegression;
import io.interviewcalibration.stats.validity.LogisticFit;
import io.interviewcalibration.stats.validity.LogisticRegression;
import io.interviewcalibration.stats.validity.Moments;
import io.interviewcalibration.stats.validity.OutcomeType;
import io.interviewcalibration.stats.validity.RangeRestriction;
import io.interviewcalibration.stats.validity.Reason;
import io.interviewcalibration.stats.validity.RelativeWeights;
import io.interviewcalibration.stats.validity.RelativeWeightsResult;
import io.interviewcalibration.stats.validity.Ridge;
import io.interviewcalibration.stats.validity.RidgeFit;
import io.interviewcalibration.stats.validity.Standardization;
import io.interviewcalibration.stats.validity.SuggestedWeights;
import io.interviewcalibration.stats.validity.TierSummary;
import io.interviewcalibration.stats.validity.WeightComparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The validity study on the driver: from per-candidate feature rows to the rows of validity.csv
 * and the tier summaries. Pure Java (no Spark), so it is tested on hand-made candidates; every
 * statistic comes from {@code stats/validity}. See {@link ValidityAnalysis} for the metrics.
 *
 * <p>Samples: per-competency figures use every candidate in the outcome's sample rated on that
 * competency; the composite's use every candidate with a composite (renormalised over the rated
 * competencies); the multivariable models, relative weights, incremental validity, suggested
 * weights and the cross-validated comparison use the candidates rated on every competency.
 */
final class ValidityStudy {
  static final double LEVEL = 0.95;
  static final String COMPOSITE_CURRENT = "composite_current";
  static final String COMPOSITE_SUGGESTED = "composite_suggested";
  static final String ADJUSTED = "_adjusted";
  static final String BELOW_MIN_N = Reason.BELOW_MIN_N;
  /**
   * Case-replicates one bootstrap may cost (cases × replicates): an outcome with more than
   * budget / B cases gets budget / n replicates, at least {@link #MIN_REPLICATES}. With the default
   * B = 1000 this starts above 50,000 cases (e.g. the hire decision of a large pool), where
   * intervals are narrow and each replicate refits models on every case.
   */
  static final long BOOTSTRAP_BUDGET = 50_000_000L;
  static final int MIN_REPLICATES = 200;
  /** Cases per coefficient below which the multivariable model is fitted with ridge (Peduzzi et al. 1996). */
  static final int CASES_PER_COEFFICIENT = 10;
  private static final Set<String> RIDGE_RESCUES = Set.of(Reason.COLLINEAR_PREDICTORS,
      Reason.COMPLETE_SEPARATION, Reason.QUASI_COMPLETE_SEPARATION, Reason.NOT_CONVERGED);

  private final JobDefinition job;
  private final Rubric rubric;
  private final List<String> competencies;
  private final int p;
  private final int minN;
  /** Rubric units per percent point: total / 100. */
  private final double unit;
  private final double[] currentPct;

  ValidityStudy(JobDefinition job) {
    this.job = job;
    this.rubric = job.rubric();
    this.competencies = rubric.competencies().stream().map(Competency::id).toList();
    this.p = competencies.size();
    this.minN = job.thresholds().minN();
    this.unit = rubric.weightTotal() / 100.0;
    this.currentPct = rubric.competencies().stream().mapToDouble(c -> c.weight() / unit).toArray();
  }

  /** Runs the study on the decided candidates. */
  ValidityResult run(CandidateFeatures f, ValidityCounts counts) {
    double[] composite = composites(f.means());
    double[] adjustedComposite = f.adjusted() == null ? null : composites(f.adjusted());
    double poolSd = sd(composite, i -> !Double.isNaN(composite[i]));
    Map<ValidityOutcome, Integer> complete = new LinkedHashMap<>();
    for (ValidityOutcome o : ValidityOutcome.values()) {
      complete.put(o, completeCases(f, o.values(f)).length);
    }
    ValidityOutcome primary = primary(complete);
    Map<ValidityOutcome, Integer> replicates = new java.util.EnumMap<>(ValidityOutcome.class);
    complete.forEach((o, n) -> replicates.put(o, replicates(n)));
    List<ValidityRow> rows = new ArrayList<>();
    for (ValidityOutcome o : ValidityOutcome.values()) {
      rows.addAll(new OutcomeStudy(o, f, composite, adjustedComposite, poolSd).rows());
    }
    return new ValidityResult(rubric, minN, Map.copyOf(replicates), job.cvFolds(), primary,
        primaryWhy(primary, complete), counts, f.adjusted() != null, List.copyOf(rows),
        tiers(f, composite), null);
  }

  /** Bootstrap replicates for a sample of n cases: B, or fewer within {@link #BOOTSTRAP_BUDGET}. */
  int replicates(int n) {
    int b = job.bootstrapReplicates();
    if (n == 0 || (long) b * n <= BOOTSTRAP_BUDGET) {
      return b;
    }
    return (int) Math.min(b, Math.max(MIN_REPLICATES, BOOTSTRAP_BUDGET / n));
  }

  // ------------------------------------------------------------------ primary outcome

  /** weights_from if given; else performance with at least the minimum n, else retention, never hired. */
  ValidityOutcome primary(Map<ValidityOutcome, Integer> complete) {
    if (job.weightsFrom() != null) {
      return ValidityOutcome.of(job.weightsFrom());
    }
    int perf = complete.get(ValidityOutcome.PERFORMANCE);
    int ret = complete.get(ValidityOutcome.RETAINED_12M);
    if (perf >= minN) {
      return ValidityOutcome.PERFORMANCE;
    }
    if (ret >= minN || ret > perf) {
      return ValidityOutcome.RETAINED_12M;
    }
    return ValidityOutcome.PERFORMANCE;
  }

  private String primaryWhy(ValidityOutcome primary, Map<ValidityOutcome, Integer> complete) {
    int perf = complete.get(ValidityOutcome.PERFORMANCE);
    int ret = complete.get(ValidityOutcome.RETAINED_12M);
    if (job.weightsFrom() != null) {
      return String.format(Locale.ROOT, "the job definition names %s (weights_from); %,d candidates rated on every competency",
          primary.id(), complete.get(primary));
    }
    if (primary == ValidityOutcome.PERFORMANCE && perf >= minN) {
      return String.format(Locale.ROOT, "%,d hires rated on every competency have a performance rating (minimum n %d)", perf, minN);
    }
    if (primary == ValidityOutcome.RETAINED_12M && ret >= minN) {
      return String.format(Locale.ROOT, "only %,d hires have a performance rating (fewer than %d); %,d hires have a known 12-month retention",
          perf, minN, ret);
    }
    return String.format(Locale.ROOT, "fewer than %d hires have a performance rating (%,d) or a known 12-month retention (%,d):"
        + " every recommendation is insufficient evidence", minN, perf, ret);
  }

  // ------------------------------------------------------------------ one outcome

  /** The rows of one outcome. */
  private final class OutcomeStudy {
    final ValidityOutcome o;
    final CandidateFeatures f;
    final double[] y;
    final double[] composite;
    final double[] adjustedComposite;
    final double poolSd;
    final boolean binary;
    final List<ValidityRow> rows = new ArrayList<>();
    final Double[] suggested = new Double[p];
    int replicates;

    OutcomeStudy(ValidityOutcome o, CandidateFeatures f, double[] composite, double[] adjustedComposite,
        double poolSd) {
      this.o = o;
      this.f = f;
      this.y = o.values(f);
      this.composite = composite;
      this.adjustedComposite = adjustedComposite;
      this.poolSd = poolSd;
      this.binary = o.type() == OutcomeType.BINARY;
    }

    List<ValidityRow> rows() {
      int[] complete = completeCases(f, y);
      double[][] x = pickRows(f.means(), complete);
      double[] yc = pick(y, complete);
      String[] ids = pick(f.ids(), complete);
      boolean enough = complete.length >= p + 2;
      replicates = replicates(complete.length);
      WeightComparison weights = enough ? SuggestedWeights.compare(x, yc, o.type(), currentPct, 100, ids,
          job.seed(), replicates, LEVEL, minN) : null;
      if (weights != null && weights.suggestion().rounded() != null) {
        for (int j = 0; j < p; j++) {
          suggested[j] = weights.suggestion().rounded()[j] * unit;
        }
      }
      for (int j = 0; j < p; j++) {
        univariate(j, competencies.get(j), f.means());
      }
      univariateComposite(COMPOSITE_CURRENT, composite, false);
      if (f.adjusted() != null) {
        for (int j = 0; j < p; j++) {
          univariate(j, competencies.get(j) + ADJUSTED, f.adjusted());
        }
        univariateComposite(COMPOSITE_CURRENT + ADJUSTED, adjustedComposite, true);
      }
      if (!enough) {
        String[] metrics = binary
            ? new String[] {"coef", "std_coef", "relative_weight", "relative_weight_pct", IncrementalValidity.DELTA_AUC,
                "suggested_weight", "weight_change"}
            : new String[] {"coef", "std_coef", "relative_weight", "relative_weight_pct",
                IncrementalValidity.DELTA_R_SQUARED, "suggested_weight", "weight_change"};
        for (int j = 0; j < p; j++) {
          for (String m : metrics) {
            add(competencies.get(j), j, m, "", Estimate.undefined(complete.length, Reason.TOO_FEW_CASES), Double.NaN,
                "weight_change".equals(m) ? "insufficient_evidence" : null);
          }
        }
        return rows;
      }
      models(x, yc);
      importance(x, yc, ids);
      incremental(x, yc, ids);
      weightRows(weights);
      crossValidated(x, yc, ids);
      return rows;
    }

    private void univariate(int j, String predictor, double[][] scores) {
      int[] idx = where(f.size(), i -> !Double.isNaN(y[i]) && !Double.isNaN(scores[i][j]));
      double[] x = column(scores, j, idx);
      double[] yy = pick(y, idx);
      Estimate r = Correlation.pearson(x, yy, LEVEL);
      add(predictor, j, "r", binary ? "point_biserial_fisher_z" : "pearson_fisher_z", r, Double.NaN, null);
      if (binary) {
        AucEstimate a = Auc.of(x, yy, LEVEL);
        add(predictor, j, "auc", "mann_whitney_delong_logit", a.estimate(), a.se(), null);
      }
      if (o.hiresOnly()) {
        double[] z = pick(composite, idx);
        add(predictor, j, "r_corrected", "thorndike_case_iii", caseIII(r, x, yy, z), Double.NaN, null);
      }
    }

    private void univariateComposite(String predictor, double[] score, boolean adjusted) {
      int[] idx = where(f.size(), i -> !Double.isNaN(y[i]) && !Double.isNaN(score[i]));
      double[] x = pick(score, idx);
      double[] yy = pick(y, idx);
      Estimate r = Correlation.pearson(x, yy, LEVEL);
      add(predictor, -1, "r", binary ? "point_biserial_fisher_z" : "pearson_fisher_z", r, Double.NaN, null);
      if (binary) {
        AucEstimate a = Auc.of(x, yy, LEVEL);
        add(predictor, -1, "auc", "mann_whitney_delong_logit", a.estimate(), a.se(), null);
      }
      if (o.hiresOnly()) {
        if (adjusted) {
          add(predictor, -1, "r_corrected", "thorndike_case_iii", caseIII(r, x, yy, pick(composite, idx)), Double.NaN,
              null);
        } else {
          Estimate c = r.defined() ? RangeRestriction.caseII(r, sd(x), poolSd) : r;
          add(predictor, -1, "r_corrected", "thorndike_case_ii", c, Double.NaN, null);
        }
      }
    }

    /** Case III with the current composite z as the selection variable, the pool's SD of z unrestricted. */
    private Estimate caseIII(Estimate r, double[] x, double[] yy, double[] z) {
      if (!r.defined()) {
        return r;
      }
      return RangeRestriction.caseIII(r, Correlation.r(x, z), Correlation.r(yy, z), sd(z), poolSd);
    }

    /** coef (per rating point) and std_coef (per SD of the competency), logistic or linear, else ridge. */
    private void models(double[][] x, double[] yc) {
      int n = yc.length;
      Standardization s = Standardization.of(x);
      double[][] z = s.apply(x);
      int pos = (int) Arrays.stream(yc).filter(v -> v == 1).count();
      boolean small = binary ? Math.min(pos, n - pos) < CASES_PER_COEFFICIENT * p
          : n < CASES_PER_COEFFICIENT * (p + 1);
      double[] b = null;
      double[] se = null;
      double[] lo = null;
      double[] hi = null;
      String reason = null;
      String method = binary ? "logistic_wald" : "ols_t";
      boolean ridge = small;
      if (!small) {
        if (binary) {
          LogisticFit fit = LogisticRegression.fit(z, yc, null, LEVEL);
          b = fit.coefficients();
          se = fit.standardErrors();
          lo = fit.ciLow();
          hi = fit.ciHigh();
          reason = fit.reason();
        } else {
          LinearFit fit = LinearRegression.fit(z, yc, null, LEVEL);
          b = fit.coefficients();
          se = fit.standardErrors();
          lo = fit.ciLow();
          hi = fit.ciHigh();
          reason = fit.reason();
        }
        ridge = reason != null && RIDGE_RESCUES.contains(reason);
      }
      if (ridge) {
        RidgeFit fit = binary ? Ridge.logistic(x, yc, LEVEL) : Ridge.linear(x, yc, LEVEL);
        b = fit.coefficients();
        se = fit.standardErrors();
        lo = fit.ciLow();
        hi = fit.ciHigh();
        reason = fit.reason();
        method = "ridge_" + fit.lambdaRule();
      }
      for (int j = 0; j < p; j++) {
        double sd = s.sds()[j];
        Estimate std = new Estimate(b[j + 1], lo[j + 1], hi[j + 1], n, reason);
        Estimate raw = sd > 0 ? new Estimate(b[j + 1] / sd, lo[j + 1] / sd, hi[j + 1] / sd, n, reason)
            : Estimate.undefined(n, reason == null ? Reason.CONSTANT_PREDICTOR : reason);
        add(competencies.get(j), j, "coef", method, raw, sd > 0 ? se[j + 1] / sd : Double.NaN, null);
        add(competencies.get(j), j, "std_coef", method, std, se[j + 1], null);
      }
    }

    /**
     * Johnson's relative weights with Poisson-bootstrap percentile intervals: each replicate refits
     * on the rows repeated by their counts (RelativeWeights takes no case weights). Replicates run
     * in parallel and are combined in replicate order.
     */
    private void importance(double[][] x, double[] yc, String[] ids) {
      int n = yc.length;
      RelativeWeightsResult point = relativeWeights(x, yc);
      int b = replicates;
      RelativeWeightsResult[] reps = new RelativeWeightsResult[b];
      if (point.reason() == null) {
        long[] keys = Arrays.stream(ids).mapToLong(PoissonWeights::keyHash).toArray();
        IntStream.range(0, b).parallel().forEach(r -> {
          int[] w = new int[n];
          int total = 0;
          for (int i = 0; i < n; i++) {
            w[i] = PoissonWeights.weight(job.seed(), keys[i], r);
            total += w[i];
          }
          double[][] xr = new double[total][];
          double[] yr = new double[total];
          for (int i = 0, k = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++, k++) {
              xr[k] = x[i];
              yr[k] = yc[i];
            }
          }
          reps[r] = relativeWeights(xr, yr);
        });
      }
      double[][] raw = new double[p][b];
      double[][] pct = new double[p][b];
      int used = 0;
      for (RelativeWeightsResult rep : reps) {
        if (rep != null && rep.reason() == null) {
          for (int j = 0; j < p; j++) {
            raw[j][used] = rep.weights()[j];
            pct[j][used] = rep.percent()[j];
          }
          used++;
        }
      }
      String reason = point.reason();
      if (reason == null && (used < 20 || used < b / 2.0)) {
        reason = Reason.TOO_FEW_REPLICATES;
      }
      String method = binary ? "johnson_logistic_poisson_bootstrap" : "johnson_poisson_bootstrap";
      for (int j = 0; j < p; j++) {
        PercentileInterval ir = PercentileInterval.of(Arrays.copyOf(raw[j], used), LEVEL);
        PercentileInterval ip = PercentileInterval.of(Arrays.copyOf(pct[j], used), LEVEL);
        boolean interval = reason == null;
        add(competencies.get(j), j, "relative_weight", method, new Estimate(point.weights()[j],
            interval ? ir.low() : Double.NaN, interval ? ir.high() : Double.NaN, n, reason), Double.NaN, null);
        add(competencies.get(j), j, "relative_weight_pct", method, new Estimate(point.percent()[j],
            interval ? ip.low() : Double.NaN, interval ? ip.high() : Double.NaN, n, reason), Double.NaN, null);
      }
    }

    private RelativeWeightsResult relativeWeights(double[][] x, double[] yc) {
      return binary ? RelativeWeights.logistic(x, yc) : RelativeWeights.linear(x, yc);
    }

    private void incremental(double[][] x, double[] yc, String[] ids) {
      List<IncrementalEstimate> inc = IncrementalValidity.dropOne(x, yc, o.type(), ids, job.seed(),
          replicates, LEVEL);
      for (IncrementalEstimate e : inc) {
        add(competencies.get(e.predictor()), e.predictor(), e.metric(), "drop_one_poisson_bootstrap", e.estimate(),
            Double.NaN, null);
      }
    }

    private void weightRows(WeightComparison c) {
      String method = binary ? "nonnegative_logistic_poisson_bootstrap" : "nnls_poisson_bootstrap";
      int n = c.suggestion().n();
      for (CompetencyWeight w : c.competencies()) {
        int j = w.predictor();
        add(competencies.get(j), j, "suggested_weight", method,
            new Estimate(w.suggested() * unit, w.ciLow() * unit, w.ciHigh() * unit, n, c.reason()), Double.NaN, null);
        add(competencies.get(j), j, "weight_change", method,
            new Estimate((w.suggested() - w.current()) * unit, w.differenceLow() * unit, w.differenceHigh() * unit, n,
                c.reason()), Double.NaN, w.recommendation().label());
      }
    }

    private void crossValidated(double[][] x, double[] yc, String[] ids) {
      CompositeValidity cv = CrossValidatedComposite.evaluate(x, yc, o.type(), currentPct, ids, job.seed(),
          job.cvFolds(), LEVEL);
      String metric = "cv_" + cv.metric();
      String how = binary ? "_delong" : "_fisher_z";
      String method = "k" + cv.k() + "_fold" + how;
      add(COMPOSITE_CURRENT, -1, metric, method, cv.current(), Double.NaN, null);
      add(COMPOSITE_SUGGESTED, -1, metric, method, cv.suggested(), Double.NaN, null);
      add(COMPOSITE_SUGGESTED, -1, metric + "_difference",
          "k" + cv.k() + "_fold" + (binary ? "_paired_delong" : "_zou_2007"), cv.difference(), Double.NaN, null);
    }

    /** Adds a row; competency rows (j ≥ 0) carry the outcome's current and suggested weights. */
    private void add(String predictor, int j, String metric, String method, Estimate e, double se,
        String recommendation) {
      rows.add(new ValidityRow(o.id(), predictor, e.n(), e.value(), e.ciLow(), e.ciHigh(), se, metric, method,
          j >= 0 ? rubric.competencies().get(j).weight() : null, j >= 0 ? suggested[j] : null, recommendation,
          note(e)));
    }
  }

  /** The note of an estimate: its reason when the value is missing; below_min_n on fewer than min n; else its reason. */
  String note(Estimate e) {
    if (!e.defined()) {
      return e.reason() == null ? Reason.NON_FINITE_INPUT : e.reason();
    }
    if (e.n() < minN) {
      return BELOW_MIN_N;
    }
    return e.reason();
  }

  // ------------------------------------------------------------------ tiers

  private List<ValidityResult.TierRow> tiers(CandidateFeatures f, double[] composite) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, Moments> perf = new HashMap<>();
    List<String> names = new ArrayList<>(rubric.tiers().stream().map(Tier::name).toList());
    names.add("ALL");
    for (String t : names) {
      counts.put(t, new long[4]);
      perf.put(t, Moments.EMPTY);
    }
    for (int i = 0; i < f.size(); i++) {
      if (Double.isNaN(composite[i])) {
        continue;
      }
      for (String t : List.of(rubric.tier(composite[i]).name(), "ALL")) {
        long[] c = counts.get(t);
        c[0]++;
        if (f.hired()[i] == 1) {
          c[1]++;
          if (!Double.isNaN(f.performance()[i])) {
            perf.put(t, perf.get(t).add(f.performance()[i]));
          }
          if (!Double.isNaN(f.retained()[i])) {
            c[3]++;
            c[2] += f.retained()[i] == 1 ? 1 : 0;
          }
        }
      }
    }
    List<ValidityResult.TierRow> out = new ArrayList<>();
    for (Tier t : rubric.tiers()) {
      long[] c = counts.get(t.name());
      out.add(new ValidityResult.TierRow(t.name(), t.min(), t.signal(), c[1],
          TierSummary.of(t.name(), c[0], c[1], perf.get(t.name()), c[2], c[3], LEVEL, minN)));
    }
    long[] c = counts.get("ALL");
    out.add(new ValidityResult.TierRow("ALL", Double.NaN, "", c[1],
        TierSummary.of("ALL", c[0], c[1], perf.get("ALL"), c[2], c[3], LEVEL, minN)));
    return out;
  }

  // ------------------------------------------------------------------ helpers

  /** The composite with current weights on 0–100 per candidate (Rubric.composite; NaN when nothing is rated). */
  double[] composites(double[][] means) {
    double[] out = new double[means.length];
    Map<String, Double> m = new HashMap<>();
    for (int i = 0; i < means.length; i++) {
      m.clear();
      for (int j = 0; j < p; j++) {
        m.put(competencies.get(j), means[i][j]);
      }
      out[i] = rubric.composite(m);
    }
    return out;
  }

  /** Candidates in the outcome's sample rated on every competency. */
  static int[] completeCases(CandidateFeatures f, double[] y) {
    return where(f.size(), i -> !Double.isNaN(y[i]) && Arrays.stream(f.means()[i]).noneMatch(Double::isNaN));
  }

  static int[] where(int n, IntPredicate keep) {
    return IntStream.range(0, n).filter(keep).toArray();
  }

  static double[] pick(double[] v, int[] idx) {
    double[] out = new double[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = v[idx[i]];
    }
    return out;
  }

  static String[] pick(String[] v, int[] idx) {
    String[] out = new String[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = v[idx[i]];
    }
    return out;
  }

  static double[][] pickRows(double[][] m, int[] idx) {
    double[][] out = new double[idx.length][];
    for (int i = 0; i < idx.length; i++) {
      out[i] = m[idx[i]];
    }
    return out;
  }

  static double[] column(double[][] m, int j, int[] idx) {
    double[] out = new double[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = m[idx[i]][j];
    }
    return out;
  }

  /** Sample SD (n − 1); NaN for fewer than two values. */
  static double sd(double[] v) {
    return Math.sqrt(Moments.of(v).variance());
  }

  static double sd(double[] v, IntPredicate keep) {
    return sd(pick(v, where(v.length, keep)));
  }
}
