package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.ingest.Ingested;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Predictive validity of the interview scores (the Spark side): builds one feature row per
 * candidate, distributed, and hands the few numbers per candidate to {@link ValidityStudy}.
 *
 * <p><b>Candidate scores.</b> A candidate's score on a competency is the mean of their ratings on
 * it, one per scorecard (an interviewer who saw the candidate at two stages counts twice); not
 * rated = missing. With a severity model, the adjusted score is the mean of rating + severity of
 * the rating's interviewer (severity in rating points, positive = harsher, so a harsh
 * interviewer's ratings are raised); interviewers without a severity estimate are left
 * unadjusted. The composite is {@link io.interviewcalibration.config.Rubric#composite} with the
 * current weights on 0–100, renormalised over the rated competencies when some are missing
 * (counted as partial), and its tier is {@link io.interviewcalibration.config.Rubric#tier}.
 *
 * <p><b>Outcomes</b> (see {@link ValidityOutcome}): every candidate in the inputs who reached a
 * decision, whenever interviewed (the analysis window does not apply: outcomes mature long after
 * the interview); active candidates and candidates without an outcome row are left out and
 * counted.
 *
 * <p><b>Spark plan.</b> The used ratings are aggregated once per candidate: a single
 * {@code groupBy(candidate_id)} computes every competency's mean as a conditional average (a
 * pivot without a second shuffle), and the adjusted means in the same pass (severities joined by
 * broadcast). The result is joined with the outcomes (full outer, so unmatched candidates on either
 * side are counted), cached, counted by status, and the decided candidates' rows (id, p means,
 * p adjusted means, three outcomes) stream to the driver with {@code toLocalIterator}, one
 * partition at a time, provided there are at most {@link #DRIVER_CAP} of them (DESIGN.md); above
 * the cap the analysis is skipped with a note (the distributed fit is not implemented). On the
 * driver the rows are sorted by candidate id, so results do not depend on partitioning.
 *
 * <p><b>Metrics</b> in validity.csv, per outcome: {@code r} (Pearson; point-biserial for binary
 * outcomes; Fisher-z interval), {@code auc} (binary outcomes; DeLong, logit interval), and for the
 * outcomes that exist only for hires {@code r_corrected} (Thorndike Case III with the current
 * composite as the selection variable for competencies and adjusted scores, Case II for the current
 * composite; the pool is every decided candidate; AUCs are not corrected) — per competency, for
 * {@code composite_current} and, with a severity model, for {@code <competency>_adjusted} and
 * {@code composite_current_adjusted}. On the candidates rated on every competency: {@code coef}
 * (per rating point) and {@code std_coef} (per SD of the competency score) of the logistic (binary)
 * or linear (performance) model on standardized scores — ridge when the model cannot be fitted
 * (collinear, separated) or has fewer than 10 cases (binary: of the rarer class) per coefficient;
 * {@code relative_weight} (Johnson's ε, R² units) and {@code relative_weight_pct} (share of the
 * explained variance, %); {@code delta_auc} / {@code delta_r_squared} (drop-one incremental
 * validity); {@code suggested_weight} (non-negative fit rescaled to the rubric total, unrounded,
 * bootstrap interval; the rounded whole-percent weight is in the {@code suggested_weight} column)
 * and {@code weight_change} (suggested − current with its interval and the recommendation);
 * {@code cv_auc} / {@code cv_r} of {@code composite_current} and {@code composite_suggested}
 * (k-fold out of sample) and {@code cv_auc_difference} / {@code cv_r_difference} (suggested −
 * current, paired interval). Bootstrap draws are {@link
 * io.interviewcalibration.stats.resample.PoissonWeights} keyed by (seed, candidate id, replicate).
 */
public final class ValidityAnalysis {
  /** Most per-candidate rows brought to the driver (DESIGN.md: default 2 million). */
  public static final long DRIVER_CAP = 2_000_000;

  static final String DECIDED = "decided";
  static final String ACTIVE = "active";
  static final String NO_OUTCOME = "no_outcome";
  static final String UNRATED = "unrated";

  private final SparkSession spark;
  private final JobDefinition job;
  private final long cap;

  public ValidityAnalysis(SparkSession spark, JobDefinition job) {
    this(spark, job, DRIVER_CAP);
  }

  ValidityAnalysis(SparkSession spark, JobDefinition job, long cap) {
    this.spark = spark;
    this.job = job;
    this.cap = cap;
  }

  /**
   * Runs the analysis.
   *
   * @param scorecards the scorecards input
   * @param outcomes the outcomes input
   * @param severityByInterviewer interviewer id → severity in rating points (positive = harsher),
   *     or null when no severity model ran
   */
  public ValidityResult run(Ingested scorecards, Ingested outcomes, Map<String, Double> severityByInterviewer) {
    Dataset<Row> candidates = candidates(scorecards, outcomes, severityByInterviewer)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> status = new HashMap<>();
      for (Row r : candidates.groupBy(col("status")).count().collectAsList()) {
        status.put(r.getString(0), r.getLong(1));
      }
      long decided = status.getOrDefault(DECIDED, 0L);
      long rated = decided + status.getOrDefault(ACTIVE, 0L) + status.getOrDefault(NO_OUTCOME, 0L);
      if (decided == 0 || decided > cap) {
        ValidityCounts counts = new ValidityCounts(rated, decided, status.getOrDefault(ACTIVE, 0L),
            status.getOrDefault(NO_OUTCOME, 0L), status.getOrDefault(UNRATED, 0L), 0, 0, 0, 0);
        String why = decided == 0
            ? "no candidate with ratings has reached a decision in the outcomes input"
            : String.format(Locale.ROOT, "%,d decided candidates exceed the %,d that can be fitted on the driver;"
                + " the distributed fit is not implemented yet", decided, cap);
        return ValidityResult.skipped(job.rubric(), job.thresholds().minN(), counts, why);
      }
      CandidateFeatures f = collect(candidates, (int) decided, severityByInterviewer != null);
      return new ValidityStudy(job).run(f, counts(f, status));
    } finally {
      candidates.unpersist();
    }
  }

  /**
   * One row per candidate in either input: {@code candidate_id}, {@code status} (decided, active,
   * no_outcome, unrated), {@code m0..m(p−1)} mean rating per competency in rubric order (null = not
   * rated), {@code a0..} the adjusted means when severities are given, {@code hired} (1/0, null
   * unless decided), {@code performance} and {@code retained_12m} (1/0) for hires where known.
   */
  public Dataset<Row> candidates(Ingested scorecards, Ingested outcomes, Map<String, Double> severityByInterviewer) {
    List<Competency> comps = job.rubric().competencies();
    Dataset<Row> ratings = scorecards.used().filter(col("rating").isNotNull())
        .select(col("candidate_id"), col("competency"), col("interviewer_id"), col("rating"));
    boolean adjust = severityByInterviewer != null;
    if (adjust) {
      ratings = ratings.join(broadcast(severities(severityByInterviewer)), "interviewer_id", "left")
          .withColumn("adjusted", col("rating").plus(coalesce(col("severity"), lit(0.0))));
    }
    List<Column> aggs = new ArrayList<>();
    for (int j = 0; j < comps.size(); j++) {
      Column is = col("competency").equalTo(comps.get(j).id());
      aggs.add(avg(when(is, col("rating"))).as("m" + j));
      if (adjust) {
        aggs.add(avg(when(is, col("adjusted"))).as("a" + j));
      }
    }
    Dataset<Row> scores = ratings.groupBy(col("candidate_id"))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
        .withColumn("_rated", lit(true));

    Column decision = col("decision");
    Column start = to_date(col("start_date"));
    Column anniversary = add_months(start, 12);
    Column retained = job.outcomesAsOf() == null ? lit(null).cast(DataTypes.IntegerType)
        : when(decision.equalTo("hired").and(start.isNotNull())
                .and(anniversary.leq(lit(job.outcomesAsOf().toString()).cast(DataTypes.DateType))),
            when(col("terminated_at").isNotNull().and(to_date(col("terminated_at")).lt(anniversary)), lit(0))
                .otherwise(lit(1)));
    Dataset<Row> known = outcomes.used().select(
        col("candidate_id"),
        decision,
        when(decision.equalTo("hired"), lit(1)).when(decision.isin("rejected", "withdrew"), lit(0)).as("hired"),
        when(decision.equalTo("hired"), col("performance_rating")).as("performance"),
        retained.as("retained_12m"));

    Dataset<Row> joined = scores.join(known, scores.col("candidate_id").equalTo(known.col("candidate_id")),
        "full_outer");
    Column status = when(col("_rated").isNull(), lit(UNRATED))
        .when(decision.isNull(), lit(NO_OUTCOME))
        .when(decision.equalTo("active"), lit(ACTIVE))
        .otherwise(lit(DECIDED));
    List<Column> out = new ArrayList<>();
    out.add(coalesce(scores.col("candidate_id"), known.col("candidate_id")).as("candidate_id"));
    out.add(status.as("status"));
    for (int j = 0; j < comps.size(); j++) {
      out.add(col("m" + j));
      if (adjust) {
        out.add(col("a" + j));
      }
    }
    out.add(col("hired"));
    out.add(col("performance"));
    out.add(col("retained_12m"));
    return joined.select(out.toArray(new Column[0]));
  }

  private Dataset<Row> severities(Map<String, Double> severity) {
    StructType schema = new StructType()
        .add("interviewer_id", DataTypes.StringType, false)
        .add("severity", DataTypes.DoubleType, true);
    List<Row> rows = new ArrayList<>();
    severity.forEach((id, s) -> {
      if (s != null && Double.isFinite(s)) {
        rows.add(RowFactory.create(id, s));
      }
    });
    return spark.createDataFrame(rows, schema);
  }

  /** Streams the decided candidates' rows to the driver and orders them by candidate id. */
  private CandidateFeatures collect(Dataset<Row> candidates, int n, boolean adjust) {
    int p = job.rubric().competencies().size();
    List<Column> cols = new ArrayList<>();
    cols.add(col("candidate_id"));
    for (int j = 0; j < p; j++) {
      cols.add(col("m" + j));
    }
    if (adjust) {
      for (int j = 0; j < p; j++) {
        cols.add(col("a" + j));
      }
    }
    cols.add(col("hired"));
    cols.add(col("performance"));
    cols.add(col("retained_12m"));
    Iterator<Row> it = candidates.filter(col("status").equalTo(DECIDED)).select(cols.toArray(new Column[0]))
        .toLocalIterator();
    String[] ids = new String[n];
    double[][] means = new double[n][];
    double[][] adjusted = adjust ? new double[n][] : null;
    double[] hired = new double[n];
    double[] perf = new double[n];
    double[] ret = new double[n];
    int i = 0;
    while (it.hasNext()) {
      Row r = it.next();
      ids[i] = r.getString(0);
      means[i] = doubles(r, 1, p);
      int next = 1 + p;
      if (adjust) {
        adjusted[i] = doubles(r, next, p);
        next += p;
      }
      hired[i] = r.getInt(next);
      perf[i] = r.isNullAt(next + 1) ? Double.NaN : r.getDouble(next + 1);
      ret[i] = r.isNullAt(next + 2) ? Double.NaN : r.getInt(next + 2);
      i++;
    }
    if (i != n) {
      throw new IllegalStateException("expected " + n + " decided candidates, read " + i);
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, Comparator.comparing(k -> ids[k]));
    int[] idx = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    return new CandidateFeatures(ValidityStudy.pick(ids, idx), ValidityStudy.pickRows(means, idx),
        adjust ? ValidityStudy.pickRows(adjusted, idx) : null, ValidityStudy.pick(hired, idx),
        ValidityStudy.pick(perf, idx), ValidityStudy.pick(ret, idx));
  }

  private static double[] doubles(Row r, int from, int count) {
    double[] out = new double[count];
    for (int j = 0; j < count; j++) {
      out[j] = r.isNullAt(from + j) ? Double.NaN : r.getDouble(from + j);
    }
    return out;
  }

  private static ValidityCounts counts(CandidateFeatures f, Map<String, Long> status) {
    long hires = 0;
    long perf = 0;
    long ret = 0;
    long partial = 0;
    for (int i = 0; i < f.size(); i++) {
      hires += f.hired()[i] == 1 ? 1 : 0;
      perf += Double.isNaN(f.performance()[i]) ? 0 : 1;
      ret += Double.isNaN(f.retained()[i]) ? 0 : 1;
      boolean any = Arrays.stream(f.means()[i]).anyMatch(v -> !Double.isNaN(v));
      boolean all = Arrays.stream(f.means()[i]).noneMatch(Double::isNaN);
      partial += any && !all ? 1 : 0;
    }
    long decided = f.size();
    long active = status.getOrDefault(ACTIVE, 0L);
    long noOutcome = status.getOrDefault(NO_OUTCOME, 0L);
    return new ValidityCounts(decided + active + noOutcome, decided, active, noOutcome,
        status.getOrDefault(UNRATED, 0L), hires, perf, ret, partial);
  }
}
