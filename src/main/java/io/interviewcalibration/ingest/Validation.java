package io.interviewcalibration.ingest;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.rint;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Scale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The validation rules of each input. A row breaks at most one rule: the first, in the order
 * listed, is its reason. Row rules run first; then the rules that compare rows (duplicates,
 * inconsistent scorecards, overlapping visits) run among the rows that passed, in one shuffle per
 * input. Accepted rows may still be excluded from calibration (shadow interviewers, roles out of
 * scope); they are counted by reason.
 *
 * <p>Added columns: {@code _reason}, {@code _column}, {@code _value} (null when accepted) and
 * {@code _excluded} (null when used).
 */
public final class Validation {
  public static final String REASON = "_reason";
  public static final String COLUMN = "_column";
  public static final String VALUE = "_value";
  public static final String EXCLUDED = "_excluded";

  /** ISO-8601 date or date-time, with or without offset (no offset = UTC). */
  static final String TIMESTAMP =
      "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?(Z|[+-]\\d{2}:\\d{2})?$";
  static final String NUMBER = "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$";

  private final JobDefinition job;

  public Validation(JobDefinition job) {
    this.job = job;
  }

  /** A row rule: rows where {@code fails} holds are rejected with {@code reason}. */
  record Rule(String reason, String column, Column fails, Column value) {}

  /** Parses an ISO timestamp; null when absent or unparseable. */
  public static Column timestamp(Column raw) {
    return when(raw.rlike(TIMESTAMP), raw.cast(DataTypes.TimestampType));
  }

  static Column number(Column raw) {
    return when(raw.rlike(NUMBER), raw.cast(DataTypes.DoubleType));
  }

  /** A timestamp cell that is given but does not parse; uses the parsed column {@code _p_<c>}. */
  private static Column badTimestamp(String c) {
    return col(c).isNotNull().and(col("_p_" + c).isNull());
  }

  private static Column onScale(Column v, Scale s) {
    Column k = v.minus(s.min()).divide(s.step());
    return v.geq(s.min() - 1e-9).and(v.leq(s.max() + 1e-9)).and(abs(k.minus(rint(k))).lt(1e-9));
  }

  private static Column mapOf(Map<String, ?> entries) {
    List<Column> kv = new ArrayList<>();
    entries.forEach((k, v) -> {
      kv.add(lit(k));
      kv.add(lit(v));
    });
    return org.apache.spark.sql.functions.map(kv.toArray(new Column[0]));
  }

  private static List<Rule> required(InputKind kind) {
    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule("malformed_row", "", col(SourceReader.MALFORMED).isNotNull(),
        substring(col(SourceReader.MALFORMED), 1, 200)));
    for (String c : kind.required()) {
      rules.add(new Rule("missing_required_value", c, col(c).isNull(), lit(null)));
    }
    return rules;
  }

  /**
   * Applies rules in priority order: the first that fails gives the row its reason, column and
   * value. Rows already rejected (when the frame has a reason column) keep theirs. The rule index
   * is computed once; reason, column and value are looked up from it, so no condition is
   * evaluated twice.
   */
  private static Dataset<Row> applyRules(Dataset<Row> df, List<Rule> rules) {
    boolean existing = List.of(df.columns()).contains(REASON);
    Column rule = existing ? when(col(REASON).isNotNull(), lit(-1)) : null;
    Column[] reasons = new Column[rules.size()];
    Column[] columns = new Column[rules.size()];
    Column value = null;
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      rule = rule == null ? when(r.fails(), lit(i)) : rule.when(r.fails(), lit(i));
      reasons[i] = lit(r.reason());
      columns[i] = lit(r.column());
      Column v = r.value() == null ? col(r.column()) : r.value();
      Column hit = col("_rule").equalTo(i);
      value = value == null ? when(hit, v) : value.when(hit, v);
    }
    Column picked = col("_rule").geq(0);
    Dataset<Row> out = df.withColumn("_rule", rule);
    return out
        .withColumn(REASON, when(picked, element_at(array(reasons), col("_rule").plus(1)))
            .otherwise(existing ? col(REASON) : lit(null).cast(DataTypes.StringType)))
        .withColumn(COLUMN, when(picked, element_at(array(columns), col("_rule").plus(1)))
            .otherwise(existing ? col(COLUMN) : lit(null).cast(DataTypes.StringType)))
        .withColumn(VALUE, when(picked, value)
            .otherwise(existing ? col(VALUE) : lit(null).cast(DataTypes.StringType)))
        .drop("_rule");
  }

  private static Column valid() {
    return col(REASON).isNull();
  }

  /** Identity of a row's content, for exact-duplicate detection. */
  private static Column content(InputKind kind) {
    return xxhash64(kind.columns().stream().map(c -> coalesce(col(c), lit("\u0000"))).toArray(Column[]::new));
  }

  private static Column origin() {
    return struct(col(SourceReader.FILE), col(SourceReader.LINE));
  }

  /**
   * Duplicate rules over a key: identical rows keep the first (by file and record number) and
   * reject the rest as {@code duplicate}; rows of the key whose contents differ are all rejected
   * as {@code conflicting_duplicate}.
   */
  private static List<Rule> duplicateRules(WindowSpec key, String column, Column contentHash) {
    Column n = count(when(valid(), lit(1))).over(key);
    Column hmin = min(when(valid(), contentHash)).over(key);
    Column hmax = max(when(valid(), contentHash)).over(key);
    Column first = min(when(valid(), origin())).over(key);
    return List.of(
        new Rule("conflicting_duplicate", column, n.gt(1).and(hmin.notEqual(hmax)), null),
        new Rule("duplicate", column, n.gt(1).and(origin().notEqual(first)), null));
  }

  // ---------------------------------------------------------------- scorecards

  /** Validates raw scorecard rows and adds the parsed columns. */
  public Dataset<Row> scorecards(Dataset<Row> raw) {
    Scale scale = job.rubric().scale();
    Map<String, String> comps = new LinkedHashMap<>();
    job.rubric().competencies().forEach(c -> comps.put(c.id(), c.id()));
    Column ratingKey = lower(col("rating"));
    Column notRated = col("rating").isNull().or(ratingKey.equalTo("no_decision"));
    Column ratingValue = coalesce(number(col("rating")),
        job.rubric().ratingWords().isEmpty() ? lit(null).cast(DataTypes.DoubleType)
            : element_at(mapOf(job.rubric().ratingWords()), ratingKey));
    Map<String, Integer> overall = new LinkedHashMap<>();
    overall.put("definitely_not", 1);
    overall.put("no", 2);
    overall.put("yes", 3);
    overall.put("strong_yes", 4);
    for (int i = 1; i <= 4; i++) {
      overall.put(String.valueOf(i), i);
    }
    Column overallKey = lower(col("overall_recommendation"));
    Column overallValue = element_at(mapOf(overall), overallKey);
    Map<String, Integer> conf = Map.of("low", 1, "medium", 2, "high", 3, "1", 1, "2", 2, "3", 3);
    Column confValue = element_at(mapOf(conf), lower(col("confidence")));
    Column compKey = element_at(mapOf(comps), lower(col("competency")));
    // parse every cell once; the rules and the output refer to the parsed columns
    raw = raw.withColumn("_p_rating", ratingValue).withColumn("_p_not_rated", notRated)
        .withColumn("_p_overall", overallValue).withColumn("_p_conf", confValue)
        .withColumn("_p_comp", compKey);
    ratingValue = col("_p_rating");
    notRated = col("_p_not_rated");
    overallValue = col("_p_overall");
    confValue = col("_p_conf");
    compKey = col("_p_comp");
    for (String c : List.of("submitted_at", "interviewed_at", "interview_started_at", "interview_ended_at")) {
      raw = raw.withColumn("_p_" + c, timestamp(col(c)));
    }

    List<Rule> rules = required(InputKind.SCORECARDS);
    for (String c : List.of("submitted_at", "interviewed_at", "interview_started_at", "interview_ended_at")) {
      rules.add(new Rule("unparseable_timestamp", c, badTimestamp(c), null));
    }
    rules.add(new Rule("unknown_competency", "competency", compKey.isNull(), null));
    rules.add(new Rule("invalid_rating", "rating",
        not(notRated).and(ratingValue.isNull().or(not(onScale(ratingValue, scale)))), null));
    rules.add(new Rule("invalid_overall_recommendation", "overall_recommendation",
        col("overall_recommendation").isNotNull().and(overallKey.notEqual("no_decision"))
            .and(overallValue.isNull()), null));
    rules.add(new Rule("invalid_confidence", "confidence",
        col("confidence").isNotNull().and(confValue.isNull()), null));
    Dataset<Row> checked = applyRules(raw, rules);
    // Derive what needs the raw text, then drop the wide text columns before the shuffle.
    Column minutesRaw = coalesce(number(col("duration_minutes")),
        unix_micros(col("_p_interview_ended_at")).minus(unix_micros(col("_p_interview_started_at"))).divide(60e6));
    checked = checked
        .withColumn("_hash", content(InputKind.SCORECARDS))
        .withColumn("_p_minutes", minutesRaw)
        .withColumn("_p_duration_dropped",
            when(col("duration_minutes").isNotNull().and(number(col("duration_minutes")).isNull()), lit("unparseable_duration"))
                .when(minutesRaw.lt(0), lit("negative_duration"))
                .when(minutesRaw.gt(1440), lit("duration_over_a_day")))
        .withColumn("_p_evidence_chars", length(col("evidence")))
        .withColumn("_p_risk_chars", length(col("risk")))
        .drop("evidence", "risk", "rating", "overall_recommendation", "confidence", "duration_minutes",
            "submitted_at", "interviewed_at", "interview_started_at", "interview_ended_at", SourceReader.MALFORMED);

    // Both windows need the rows sorted by scorecard and competency, so one sort serves both.
    checked = checked.withColumn("_ckey", lower(col("competency")));
    WindowSpec byRating = Window.partitionBy(col("scorecard_id"), col("_ckey"));
    WindowSpec byScorecard = Window.partitionBy(col("scorecard_id")).orderBy(col("_ckey"))
        .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    List<Rule> group = new ArrayList<>();
    for (String c : List.of("candidate_id", "interviewer_id", "stage")) {
      Column lo = min(when(valid(), lower(col(c)))).over(byScorecard);
      Column hi = max(when(valid(), lower(col(c)))).over(byScorecard);
      group.add(new Rule("inconsistent_scorecard", c, valid().and(lo.notEqual(hi)), null));
    }
    for (Rule r : duplicateRules(byRating, "competency", col("_hash"))) {
      group.add(new Rule(r.reason(), r.column(), valid().and(r.fails()), r.value()));
    }
    checked = applyRules(checked, group);

    Column interviewed = col("_p_interviewed_at");
    Column submitted = col("_p_submitted_at");
    Column started = col("_p_interview_started_at");
    Column ended = col("_p_interview_ended_at");
    Column minutes = col("_p_minutes");
    Column role = lower(col("interviewer_role"));
    Column excluded = when(role.isin("shadow", "reverse_shadow"), lit("shadow_interviewer"));
    if (!job.jobIds().isEmpty()) {
      excluded = excluded.when(not(coalesce(col("job_id"), lit("")).isin(job.jobIds().toArray())),
          lit("out_of_scope_job"));
    }
    checked = checked.withColumn("_at", coalesce(interviewed, submitted));
    return checked.select(
        col("scorecard_id"),
        coalesce(col("interview_id"), col("scorecard_id")).as("interview_id"),
        col("candidate_id"),
        coalesce(col("job_id"), lit(NO_JOB)).as("job_id"),
        lower(col("stage")).as("stage"),
        col("interviewer_id"),
        role.as("interviewer_role"),
        interviewed.as("interviewed_at"),
        submitted.as("submitted_at"),
        col("_at").as("at"),
        expr(job.periodUnit().sqlLabel("_at")).as("period"),
        compKey.as("competency"),
        when(not(notRated), ratingValue).as("rating"),
        overallValue.cast(DataTypes.IntegerType).as("overall"),
        confValue.cast(DataTypes.IntegerType).as("confidence"),
        started.as("interview_started_at"),
        ended.as("interview_ended_at"),
        when(minutes.geq(0).and(minutes.leq(1440)), minutes).as("duration_minutes"),
        col("_p_duration_dropped").as("duration_dropped"),
        col("_p_evidence_chars").as("evidence_chars"),
        col("_p_risk_chars").as("risk_chars"),
        col(SourceReader.FILE), col(SourceReader.LINE),
        col(REASON), col(COLUMN), col(VALUE),
        when(valid(), excluded).as(EXCLUDED));
  }

  /** The {@code job_id} of rows that have none: one pool. */
  public static final String NO_JOB = "unassigned";

  // ---------------------------------------------------------------- stages

  /** Validates raw stage-visit rows and adds the parsed columns. */
  public Dataset<Row> stages(Dataset<Row> raw) {
    raw = raw.withColumn("_p_entered_at", timestamp(col("entered_at")))
        .withColumn("_p_exited_at", timestamp(col("exited_at")));
    Column entered = col("_p_entered_at");
    Column exited = col("_p_exited_at");
    Column exitReason = lower(col("exit_reason"));
    List<Rule> rules = required(InputKind.STAGES);
    rules.add(new Rule("unparseable_timestamp", "entered_at", badTimestamp("entered_at"), null));
    rules.add(new Rule("unparseable_timestamp", "exited_at", badTimestamp("exited_at"), null));
    rules.add(new Rule("invalid_exit_reason", "exit_reason",
        col("exit_reason").isNotNull().and(not(exitReason.isin("advanced", "rejected", "withdrew", "hired"))), null));
    rules.add(new Rule("exit_before_entry", "exited_at", exited.lt(entered), null));
    Dataset<Row> checked = applyRules(raw, rules);

    Column jobKey = coalesce(col("job_id"), lit(NO_JOB));
    WindowSpec byVisit = Window.partitionBy(col("candidate_id"), jobKey, lower(col("stage")), entered);
    List<Rule> dup = new ArrayList<>();
    for (Rule r : duplicateRules(byVisit, "entered_at", content(InputKind.STAGES))) {
      dup.add(new Rule(r.reason(), r.column(), valid().and(r.fails()), r.value()));
    }
    checked = applyRules(checked, dup);
    // A visit that starts before an earlier visit of the same candidate to the same stage ended.
    WindowSpec earlier = Window.partitionBy(col("candidate_id"), jobKey, lower(col("stage")))
        .orderBy(entered, col(SourceReader.FILE), col(SourceReader.LINE))
        .rowsBetween(Window.unboundedPreceding(), -1);
    Column farFuture = lit("9999-12-31").cast(DataTypes.TimestampType);
    Column previousExit = max(when(valid(), coalesce(exited, farFuture))).over(earlier);
    checked = applyRules(checked, List.of(new Rule("overlapping_visit", "entered_at",
        valid().and(previousExit.gt(entered)), null)));

    Column excluded = lit(null).cast(DataTypes.StringType);
    if (!job.jobIds().isEmpty()) {
      excluded = when(not(coalesce(col("job_id"), lit("")).isin(job.jobIds().toArray())), lit("out_of_scope_job"));
    }
    return checked.select(
        col("candidate_id"),
        jobKey.as("job_id"),
        lower(col("stage")).as("stage"),
        entered.as("entered_at"),
        exited.as("exited_at"),
        exitReason.as("exit_reason"),
        col(SourceReader.FILE), col(SourceReader.LINE),
        col(REASON), col(COLUMN), col(VALUE),
        when(valid(), excluded).as(EXCLUDED));
  }

  // ---------------------------------------------------------------- outcomes

  /** Validates raw outcome rows and adds the parsed columns. */
  public Dataset<Row> outcomes(Dataset<Row> raw) {
    Map<String, String> decisions = Map.of("hired", "hired", "rejected", "rejected", "withdrew",
        "withdrew", "active", "active", "1", "hired", "0", "rejected");
    for (String c : List.of("decided_at", "start_date", "terminated_at")) {
      raw = raw.withColumn("_p_" + c, timestamp(col(c)));
    }
    raw = raw.withColumn("_p_decision", element_at(mapOf(decisions), lower(col("decision"))))
        .withColumn("_p_perf", number(col("performance_rating")));
    Column decision = col("_p_decision");
    Column perf = col("_p_perf");
    Scale ps = job.performanceScale();
    List<Rule> rules = required(InputKind.OUTCOMES);
    rules.add(new Rule("unknown_decision", "decision", decision.isNull(), null));
    for (String c : List.of("decided_at", "start_date", "terminated_at")) {
      rules.add(new Rule("unparseable_timestamp", c, badTimestamp(c), null));
    }
    rules.add(new Rule("invalid_performance_rating", "performance_rating",
        col("performance_rating").isNotNull().and(perf.isNull().or(perf.lt(ps.min())).or(perf.gt(ps.max()))), null));
    Dataset<Row> checked = applyRules(raw, rules);
    List<Rule> dup = new ArrayList<>();
    for (Rule r : duplicateRules(Window.partitionBy(col("candidate_id")), "candidate_id", content(InputKind.OUTCOMES))) {
      dup.add(new Rule(r.reason(), r.column(), valid().and(r.fails()), r.value()));
    }
    checked = applyRules(checked, dup);
    return checked.select(
        col("candidate_id"),
        decision.as("decision"),
        col("_p_decided_at").as("decided_at"),
        col("_p_start_date").as("start_date"),
        perf.as("performance_rating"),
        col("_p_terminated_at").as("terminated_at"),
        col(SourceReader.FILE), col(SourceReader.LINE),
        col(REASON), col(COLUMN), col(VALUE),
        lit(null).cast(DataTypes.StringType).as(EXCLUDED));
  }
}
