package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import io.interviewcalibration.analysis.StagesResult.CohortRow;
import io.interviewcalibration.analysis.StagesResult.Feedback;
import io.interviewcalibration.analysis.StagesResult.StageRow;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Period;
import io.interviewcalibration.config.StageDef;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.stats.durations.Cohort;
import io.interviewcalibration.stats.durations.DayCount;
import io.interviewcalibration.stats.durations.DurationSketch;
import io.interviewcalibration.stats.durations.ExitReason;
import io.interviewcalibration.stats.durations.QuantileInterval;
import io.interviewcalibration.stats.durations.StageVisits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import scala.Tuple4;
import scala.Tuple5;

/**
 * The Spark side of "how long do candidates wait at each stage?": folds the accepted stage visits
 * (and scorecards and outcomes, when given) into small mergeable states per group, brings only
 * those states to the driver, pools them into the {@code ALL} groups there, and turns them into
 * figures with the pure statistics of {@code stats.durations}.
 *
 * <p>Groups and aggregations, each one scan of the cached input; no raw row reaches the driver:
 * <ol>
 *   <li>Export time: the latest {@code entered_at}/{@code exited_at} of the stages input (a global
 *       maximum).</li>
 *   <li>Time in stage (one shuffle): visits by job × stage × period of {@code entered_at} (UTC, the
 *       job's period unit) × where the entry lies relative to the analysis window (before, in,
 *       after), each group folded into a {@link StageVisits} by a typed {@link Aggregator} whose
 *       buffer is the state itself. Groups after the window's end are not measured; they only
 *       name the stages found. The window's groups give {@link StagesResult#stages()} (pooled into
 *       {@code ALL} on the driver); the groups up to the window's end give
 *       {@link StagesResult#byPeriod()}.</li>
 *   <li>Funnel and time to decision (three shuffles: per candidate, the join, per cohort): visits
 *       by candidate × job into the first entry and a bit mask of the stages reached, joined to
 *       outcomes by candidate, then by job × period of the first entry into a {@link Cohort}. Only
 *       candidates whose first entry lies in the window.</li>
 *   <li>Feedback latency (two shuffles): scorecard rows in the window by scorecard (one latency per
 *       scorecard), then by job × stage × period of the interview into a {@link DurationSketch} of
 *       hours.</li>
 * </ol>
 * Sketches are exact up to {@code exactCap} values per group and binned beyond it, with the error
 * bound {@link DurationSketch} states (reported as {@code p50Error}/{@code p90Error}).
 *
 * <p>Days are calendar days, or business days when the job definition says so
 * ({@link DayCount}); SLA limits are read in the same count. Visits still open at export are
 * measured to the export time and censored; the export time is the latest timestamp seen in the
 * stages input, a lower bound of the real export moment (the export itself carries no timestamp).
 * Feedback latency is in calendar hours.
 */
public final class StagesAnalysis {
  /** The grouping value that means "pooled over this column". */
  public static final String ALL = "ALL";
  private static final String SEP = "\u001f";
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final JobDefinition job;
  private final int exactCap;

  /** An analysis whose sketches are exact up to {@link DurationSketch#DEFAULT_EXACT_CAP} values per group. */
  public StagesAnalysis(JobDefinition job) {
    this(job, DurationSketch.DEFAULT_EXACT_CAP);
  }

  /** An analysis whose sketches are exact up to {@code exactCap} values per group (tests use small caps). */
  public StagesAnalysis(JobDefinition job, int exactCap) {
    this.job = job;
    this.exactCap = exactCap;
  }

  private record Key(String job, String stage, String period) {}

  private record CohortKey(String job, String period) {}

  /**
   * Runs the analysis.
   *
   * @param stages     the validated stages input
   * @param scorecards the validated scorecards input, or null when absent
   * @param outcomes   the validated outcomes input, or null when absent
   */
  public StagesResult run(Ingested stages, Ingested scorecards, Ingested outcomes) {
    DayCount dayCount = job.businessDays() ? DayCount.BUSINESS : DayCount.CALENDAR;
    Period window = job.period();
    Dataset<Row> visits = stages.used()
        .select("candidate_id", "job_id", "stage", "entered_at", "exited_at", "exit_reason");

    Row latest = visits.agg(max(unix_micros(greatest(col("entered_at"),
        coalesce(col("exited_at"), col("entered_at")))))).first();
    if (latest.isNullAt(0)) {
      return new StagesResult(null, "the stages input has no accepted rows", dayCount, window,
          displayOrder(Set.of()), List.of(), List.of(), List.of(), List.of(),
          scorecards != null, outcomes != null);
    }
    long exportMicros = latest.getLong(0);
    Instant exportAt = instant(exportMicros);
    HashMap<String, Double> sla = new HashMap<>();
    for (StageDef s : job.stages()) {
      sla.put(s.id(), s.slaDays() == null ? Double.NaN : s.slaDays());
    }

    // ---- time in stage: one aggregation by job × stage × period × place relative to the window.
    // Visits after the window's end are not measured (null entry); their groups only name stages.
    UserDefinedFunction visitsAgg = functions.udaf(new VisitsAggregator(sla, dayCount, exportMicros, exactCap),
        Encoders.tuple(Encoders.STRING(), Encoders.LONG(), Encoders.LONG(), Encoders.STRING()));
    Column scope = windowScope(col("entered_at"), window);
    List<Row> visitGroups = visits
        .groupBy(col("job_id"), col("stage"), expr(job.periodUnit().sqlLabel("entered_at")).as("period"),
            scope.as("scope"))
        .agg(visitsAgg.apply(col("stage"), when(scope.notEqual(AFTER), unix_micros(col("entered_at"))),
            unix_micros(col("exited_at")), col("exit_reason")).as("state"))
        .collectAsList();
    Map<Key, StageVisits> inWindow = new HashMap<>();
    Map<Key, StageVisits> trend = new HashMap<>();
    Set<String> stagesSeen = new TreeSet<>();
    for (Row r : visitGroups) {
      String jobId = r.getString(0);
      String stage = r.getString(1);
      String period = r.getString(2);
      stagesSeen.add(stage);
      if (r.getString(3).equals(AFTER)) {
        continue;
      }
      StageVisits state = StageVisits.fromBytes((byte[]) r.get(4));
      double limit = sla.getOrDefault(stage, Double.NaN);
      if (r.getString(3).equals(IN)) {
        for (Key k : List.of(new Key(jobId, stage, period), new Key(jobId, stage, ALL),
            new Key(ALL, stage, period), new Key(ALL, stage, ALL))) {
          inWindow.computeIfAbsent(k, x -> StageVisits.create(limit, exactCap)).merge(state);
        }
      }
      for (Key k : List.of(new Key(jobId, stage, period), new Key(ALL, stage, period))) {
        trend.computeIfAbsent(k, x -> StageVisits.create(limit, exactCap)).merge(state);
      }
    }

    // ---- feedback latency: per scorecard, then by job × stage × period
    Map<Key, FeedbackState> feedback = new HashMap<>();
    if (scorecards != null) {
      for (Row r : feedbackGroups(scorecards, window)) {
        FeedbackState f = new FeedbackState(DurationSketch.fromBytes((byte[]) r.get(3)),
            r.getLong(4), r.getLong(5), r.getLong(6));
        String stage = r.getString(1);
        stagesSeen.add(stage);
        for (Key k : List.of(new Key(r.getString(0), stage, r.getString(2)), new Key(r.getString(0), stage, ALL),
            new Key(ALL, stage, r.getString(2)), new Key(ALL, stage, ALL))) {
          feedback.computeIfAbsent(k, x -> new FeedbackState(DurationSketch.create(exactCap), 0, 0, 0)).merge(f);
        }
      }
    }

    List<String> order = displayOrder(stagesSeen);
    List<String> unknown = order.stream().filter(s -> job.stage(s).isEmpty()).toList();
    List<String> known = job.stages().stream().map(StageDef::id).toList();

    // ---- funnel and time to decision: per candidate × job, join outcomes, by job × period
    Map<CohortKey, Cohort> cohorts = new HashMap<>();
    for (Row r : cohortGroups(visits, outcomes, window, known, order, dayCount, exportMicros)) {
      Cohort c = (Cohort) deserialize((byte[]) r.get(2));
      String jobId = r.getString(0);
      String period = r.getString(1);
      for (CohortKey k : List.of(new CohortKey(jobId, period), new CohortKey(jobId, ALL),
          new CohortKey(ALL, period), new CohortKey(ALL, ALL))) {
        cohorts.computeIfAbsent(k, x -> Cohort.create(known, exactCap)).merge(c);
      }
    }

    Comparator<Key> keyOrder = Comparator.comparing(Key::job, StagesAnalysis::groupOrder)
        .thenComparingInt(k -> order.indexOf(k.stage()))
        .thenComparing(Key::period, StagesAnalysis::groupOrder);
    Set<Key> keys = new TreeSet<>(keyOrder);
    keys.addAll(inWindow.keySet());
    keys.addAll(feedback.keySet());
    List<StageRow> stageRows = new ArrayList<>();
    for (Key k : keys) {
      stageRows.add(stageRow(k, inWindow.get(k), feedback.get(k), sla));
    }
    Set<Key> trendKeys = new TreeSet<>(keyOrder);
    trendKeys.addAll(trend.keySet());
    List<StageRow> trendRows = new ArrayList<>();
    for (Key k : trendKeys) {
      trendRows.add(stageRow(k, trend.get(k), null, sla));
    }
    List<CohortRow> cohortRows = new ArrayList<>();
    cohorts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(CohortKey::job, StagesAnalysis::groupOrder)
            .thenComparing(CohortKey::period, StagesAnalysis::groupOrder)))
        .forEach(e -> cohortRows.add(cohortRow(e.getKey(), e.getValue(), order)));

    String basis = "the latest entered_at or exited_at in the stages input, " + MINUTE.format(exportAt);
    return new StagesResult(exportAt, basis, dayCount, window, order, unknown, stageRows, trendRows,
        cohortRows, scorecards != null, outcomes != null);
  }

  // ---------------------------------------------------------------- Spark queries

  private static Column day(Column timestamp) {
    return to_date(timestamp);
  }

  private static final String BEFORE = "before";
  private static final String IN = "in";
  private static final String AFTER = "after";

  /** Where a timestamp's UTC day lies relative to the window: before, in or after it. */
  static Column windowScope(Column timestamp, Period window) {
    if (window.isAll()) {
      return lit(IN);
    }
    return when(day(timestamp).gt(lit(window.to().toString()).cast(DataTypes.DateType)), lit(AFTER))
        .when(day(timestamp).geq(lit(window.from().toString()).cast(DataTypes.DateType)), lit(IN))
        .otherwise(lit(BEFORE));
  }

  /** Whether a timestamp's UTC day lies in the window. */
  static Column inWindow(Column timestamp, Period window) {
    return window.isAll() ? lit(true)
        : day(timestamp).geq(lit(window.from().toString()).cast(DataTypes.DateType))
            .and(day(timestamp).leq(lit(window.to().toString()).cast(DataTypes.DateType)));
  }

  /** Rows: job_id, stage, period, sketch bytes, scorecards, no interview time, negative. */
  private List<Row> feedbackGroups(Ingested scorecards, Period window) {
    UserDefinedFunction latencyAgg = functions.udaf(new SketchAggregator(exactCap), Encoders.DOUBLE());
    Dataset<Row> perScorecard = scorecards.used()
        .filter(inWindow(col("at"), window))
        .groupBy(col("scorecard_id"))
        .agg(min("job_id").as("job_id"), min("stage").as("stage"), min("period").as("period"),
            min("interviewed_at").as("interviewed_at"), max("submitted_at").as("submitted_at"))
        .withColumn("hours", unix_micros(col("submitted_at")).minus(unix_micros(col("interviewed_at"))).divide(3.6e9));
    return perScorecard.groupBy(col("job_id"), col("stage"), col("period"))
        .agg(latencyAgg.apply(when(col("hours").geq(0), col("hours"))).as("state"),
            count(lit(1)).as("scorecards"),
            sum(when(col("interviewed_at").isNull(), 1).otherwise(0)).cast(DataTypes.LongType),
            sum(when(col("hours").lt(0), 1).otherwise(0)).cast(DataTypes.LongType))
        .collectAsList();
  }

  /** Stages tracked in a candidate's bit mask of stages reached; any further ones travel by name. */
  private static final int MASK_BITS = 62;

  /** Rows: job_id, period, serialised {@link Cohort}. */
  private List<Row> cohortGroups(Dataset<Row> visits, Ingested outcomes, Period window,
      List<String> known, List<String> order, DayCount dayCount, long exportMicros) {
    // stages reached: a bit per stage of the display order (combined by a plain hash aggregation);
    // names only for stages beyond the mask's width, which needs a collected set
    List<String> masked = order.subList(0, Math.min(order.size(), MASK_BITS));
    List<Column> kv = new ArrayList<>();
    for (int i = 0; i < masked.size(); i++) {
      kv.add(lit(masked.get(i)));
      kv.add(lit(i));
    }
    Column bit = kv.isEmpty() ? lit(null).cast(DataTypes.IntegerType)
        : element_at(functions.map(kv.toArray(new Column[0])), col("stage"));
    Column others = order.size() <= MASK_BITS ? lit("")
        : concat_ws(SEP, collect_set(when(bit.isNull(), col("stage"))));
    Dataset<Row> perCandidate = visits.groupBy(col("candidate_id"), col("job_id"))
        .agg(min("entered_at").as("first_entry"),
            bit_or(when(bit.isNotNull(), functions.call_function("shiftleft", lit(1L), bit)).otherwise(lit(0L)))
                .as("stages_mask"),
            others.as("other_stages"))
        .filter(inWindow(col("first_entry"), window));
    Dataset<Row> joined;
    if (outcomes != null) {
      joined = perCandidate.join(outcomes.used().select("candidate_id", "decision", "decided_at"),
          new String[] {"candidate_id"}, "left");
    } else {
      joined = perCandidate.withColumn("decision", lit(null).cast(DataTypes.StringType))
          .withColumn("decided_at", lit(null).cast(DataTypes.TimestampType));
    }
    UserDefinedFunction cohortAgg = functions.udaf(
        new CohortAggregator(known, masked, dayCount, exportMicros, exactCap, outcomes != null),
        Encoders.tuple(Encoders.LONG(), Encoders.STRING(), Encoders.LONG(), Encoders.STRING(), Encoders.LONG()));
    return joined.groupBy(col("job_id"), expr(job.periodUnit().sqlLabel("first_entry")).as("period"))
        .agg(cohortAgg.apply(col("stages_mask"), col("other_stages"), unix_micros(col("first_entry")),
            col("decision"), unix_micros(col("decided_at"))).as("state"))
        .collectAsList();
  }

  // ---------------------------------------------------------------- results

  private StageRow stageRow(Key k, StageVisits v, FeedbackState f, Map<String, Double> sla) {
    double limit = sla.getOrDefault(k.stage(), Double.NaN);
    Feedback fb = f == null ? null
        : new Feedback(f.scorecards, f.noInterviewTime, f.negative, f.hours.summary());
    if (v == null) {
      return new StageRow(k.job(), k.stage(), k.period(), limit, null, null, null, fb);
    }
    return new StageRow(k.job(), k.stage(), k.period(), limit, v.result(),
        QuantileInterval.of(v.durations(), 0.5, QuantileInterval.CONFIDENCE_95),
        QuantileInterval.of(v.durations(), 0.9, QuantileInterval.CONFIDENCE_95), fb);
  }

  private static CohortRow cohortRow(CohortKey k, Cohort c, List<String> order) {
    return new CohortRow(k.job(), k.period(), c.candidates(), c.hired(), c.rejected(), c.withdrew(),
        c.active(), c.untimed(Cohort.Untimed.NO_OUTCOME), c.untimed(Cohort.Untimed.NO_DECISION_DATE),
        c.untimed(Cohort.Untimed.DECIDED_BEFORE_ENTRY), c.days().summary(),
        QuantileInterval.of(c.days(), 0.5, QuantileInterval.CONFIDENCE_95), c.funnel(order));
  }

  /** The job's process order, then the other stages seen, by name. */
  private List<String> displayOrder(Set<String> seen) {
    Set<String> out = new LinkedHashSet<>();
    job.stages().forEach(s -> out.add(s.id()));
    new TreeSet<>(seen).forEach(out::add);
    return List.copyOf(out);
  }

  /** Sorts group values by name with {@link #ALL} last. */
  static int groupOrder(String a, String b) {
    boolean allA = ALL.equals(a);
    boolean allB = ALL.equals(b);
    if (allA || allB) {
      return Boolean.compare(allA, allB);
    }
    return a.compareTo(b);
  }

  static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  static byte[] serialize(Object o) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] b) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- aggregation states

  /** Feedback latency of a group: the sketch of hours plus the scorecards it could not measure. */
  private static final class FeedbackState {
    final DurationSketch hours;
    long scorecards;
    long noInterviewTime;
    long negative;

    FeedbackState(DurationSketch hours, long scorecards, long noInterviewTime, long negative) {
      this.hours = hours;
      this.scorecards = scorecards;
      this.noInterviewTime = noInterviewTime;
      this.negative = negative;
    }

    void merge(FeedbackState o) {
      hours.merge(o.hours);
      scorecards += o.scorecards;
      noInterviewTime += o.noInterviewTime;
      negative += o.negative;
    }
  }

  /**
   * Folds visits (stage, entered µs, exited µs or null, exit reason or null) of one group into a
   * {@link StageVisits}. The empty state is the identity of {@link #merge}: it is created without
   * an SLA limit and replaced by the first visit's stage state, so that the group's state carries
   * its stage's limit.
   */
  static final class VisitsAggregator extends Aggregator<Tuple4<String, Long, Long, String>, StageVisits, byte[]> {
    private final HashMap<String, Double> sla;
    private final DayCount dayCount;
    private final long exportMicros;
    private final int exactCap;

    VisitsAggregator(HashMap<String, Double> sla, DayCount dayCount, long exportMicros, int exactCap) {
      this.sla = sla;
      this.dayCount = dayCount;
      this.exportMicros = exportMicros;
      this.exactCap = exactCap;
    }

    @Override
    public StageVisits zero() {
      return StageVisits.create(Double.NaN, exactCap);
    }

    @Override
    public StageVisits reduce(StageVisits b, Tuple4<String, Long, Long, String> v) {
      if (v._2() == null) {
        return b;
      }
      StageVisits s = b;
      if (s.durations().visits() == 0) {
        s = StageVisits.create(sla.getOrDefault(v._1(), Double.NaN), exactCap);
      }
      Instant entered = instant(v._2());
      if (v._3() == null) {
        s.addInProgress(Math.max(0, dayCount.between(entered, instant(Math.max(v._2(), exportMicros)))));
      } else {
        String reason = v._4();
        s.addCompleted(Math.max(0, dayCount.between(entered, instant(v._3()))),
            reason == null ? null : ExitReason.valueOf(reason.toUpperCase(Locale.ROOT)));
      }
      return s;
    }

    @Override
    public StageVisits merge(StageVisits a, StageVisits b) {
      if (b.durations().visits() == 0) {
        return a;
      }
      if (a.durations().visits() == 0) {
        return b;
      }
      return a.merge(b);
    }

    @Override
    public byte[] finish(StageVisits b) {
      return b.toBytes();
    }

    @Override
    public Encoder<StageVisits> bufferEncoder() {
      return Encoders.javaSerialization(StageVisits.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
      return Encoders.BINARY();
    }
  }

  /** Folds non-negative values (null = skip) into a {@link DurationSketch} of completed values. */
  static final class SketchAggregator extends Aggregator<Double, DurationSketch, byte[]> {
    private final int exactCap;

    SketchAggregator(int exactCap) {
      this.exactCap = exactCap;
    }

    @Override
    public DurationSketch zero() {
      return DurationSketch.create(exactCap);
    }

    @Override
    public DurationSketch reduce(DurationSketch b, Double v) {
      return v == null ? b : b.addCompleted(v);
    }

    @Override
    public DurationSketch merge(DurationSketch a, DurationSketch b) {
      return a.merge(b);
    }

    @Override
    public byte[] finish(DurationSketch b) {
      return b.toBytes();
    }

    @Override
    public Encoder<DurationSketch> bufferEncoder() {
      return Encoders.javaSerialization(DurationSketch.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
      return Encoders.BINARY();
    }
  }

  /**
   * Folds candidates (bit mask of the stages reached, further stages reached joined by U+001F,
   * first entry µs, decision or null, decided µs or null) into a {@link Cohort}.
   */
  static final class CohortAggregator
      extends Aggregator<Tuple5<Long, String, Long, String, Long>, Cohort, byte[]> {
    private final ArrayList<String> stageOrder;
    private final ArrayList<String> maskStages;
    private final DayCount dayCount;
    private final long exportMicros;
    private final int exactCap;
    private final boolean outcomesGiven;

    CohortAggregator(List<String> stageOrder, List<String> maskStages, DayCount dayCount, long exportMicros,
        int exactCap, boolean outcomesGiven) {
      this.stageOrder = new ArrayList<>(stageOrder);
      this.maskStages = new ArrayList<>(maskStages);
      this.dayCount = dayCount;
      this.exportMicros = exportMicros;
      this.exactCap = exactCap;
      this.outcomesGiven = outcomesGiven;
    }

    @Override
    public Cohort zero() {
      return Cohort.create(stageOrder, exactCap);
    }

    @Override
    public Cohort reduce(Cohort b, Tuple5<Long, String, Long, String, Long> c) {
      List<String> reached = new ArrayList<>();
      long mask = c._1();
      for (int i = 0; i < maskStages.size(); i++) {
        if ((mask & (1L << i)) != 0) {
          reached.add(maskStages.get(i));
        }
      }
      if (!c._2().isEmpty()) {
        reached.addAll(Arrays.asList(c._2().split(SEP, -1)));
      }
      b.addCandidate(reached);
      long firstMicros = c._3();
      Instant first = instant(firstMicros);
      String decision = c._4();
      Long decidedMicros = c._5();
      if (decision == null) {
        if (outcomesGiven) {
          b.addUntimed(Cohort.Untimed.NO_OUTCOME);
        }
      } else if (decision.equals("active")) {
        b.addActive(Math.max(0, dayCount.between(first, instant(Math.max(firstMicros, exportMicros)))));
      } else if (decidedMicros == null) {
        b.addUntimed(Cohort.Untimed.NO_DECISION_DATE);
      } else if (decidedMicros < firstMicros) {
        b.addUntimed(Cohort.Untimed.DECIDED_BEFORE_ENTRY);
      } else {
        b.addDecided(ExitReason.valueOf(decision.toUpperCase(Locale.ROOT)),
            Math.max(0, dayCount.between(first, instant(decidedMicros))));
      }
      return b;
    }

    @Override
    public Cohort merge(Cohort a, Cohort b) {
      return a.merge(b);
    }

    @Override
    public byte[] finish(Cohort b) {
      return serialize(b);
    }

    @Override
    public Encoder<Cohort> bufferEncoder() {
      return Encoders.javaSerialization(Cohort.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
      return Encoders.BINARY();
    }
  }
}
