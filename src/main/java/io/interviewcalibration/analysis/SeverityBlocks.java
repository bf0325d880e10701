package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.PeriodUnit;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.stats.severity.CandidateBlock;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The scorecards up to the window's end as one {@link CandidateBlock} per candidate, cached, plus
 * the dictionaries the blocks' indices refer to.
 *
 * <p>Spark work: one aggregation for the dictionaries (distinct interviewer × period × stage, at
 * most a few thousand rows to the driver), then one shuffle: the rating rows (and, when outcomes
 * are given, one decision row per candidate) are hash-partitioned by candidate into a number of
 * partitions that depends only on the input's size, grouped by candidate and sorted within
 * partitions, so that every later pass folds the same blocks in the same order whatever the
 * cluster. The grouped rows stay on the executors as blocks; nothing per candidate reaches the
 * driver.
 *
 * @param blocks the cached blocks
 * @param interviewers interviewer ids (sorted)
 * @param periods period labels in calendar order
 * @param ordinals each period's calendar position
 * @param stages stage ids: the job's stage order first, then unknown stages sorted
 * @param partitions number of partitions
 */
record SeverityBlocks(JavaRDD<CandidateBlock> blocks, List<String> interviewers, List<String> periods, int[] ordinals,
    List<String> stages, int partitions) {

  /** Most partitions of the blocks: bounds the fold states the driver holds at once. */
  static final int MAX_PARTITIONS = 64;
  /** Rating rows per partition aimed at. */
  static final long ROWS_PER_PARTITION = 200_000;

  /** Builds and caches the blocks of a job's scorecards (and outcomes, or null). */
  static SeverityBlocks build(JobDefinition job, Ingested scorecards, Ingested outcomes) {
    Dataset<Row> used = scorecards.used().filter(AnalysisWindow.upToEnd(job.period(), col("at")));
    List<Row> dict = used.groupBy(col("interviewer_id"), col("period"), col("stage")).agg(count(lit(1)))
        .collectAsList();
    TreeSet<String> ivs = new TreeSet<>();
    TreeMap<Integer, String> periodByOrdinal = new TreeMap<>();
    TreeSet<String> stageSet = new TreeSet<>();
    for (Row r : dict) {
      ivs.add(r.getString(0));
      periodByOrdinal.put(ordinal(r.getString(1), job.periodUnit()), r.getString(1));
      stageSet.add(r.getString(2));
    }
    List<String> stages = new ArrayList<>();
    job.stages().forEach(s -> {
      if (stageSet.remove(s.id())) {
        stages.add(s.id());
      }
    });
    stages.addAll(stageSet);
    List<String> interviewers = new ArrayList<>(ivs);
    List<String> periods = new ArrayList<>(periodByOrdinal.values());
    int[] ordinals = periodByOrdinal.keySet().stream().mapToInt(Integer::intValue).toArray();
    List<String> competencies = job.rubric().competencies().stream().map(Competency::id).toList();

    long rows = Math.max(1, scorecards.counts().accepted());
    int partitions = (int) Math.max(2, Math.min(MAX_PARTITIONS, (rows + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION));

    Column latency = unix_micros(col("submitted_at")).minus(unix_micros(col("interviewed_at"))).divide(3.6e9);
    Dataset<Row> ratings = used.select(
        col("candidate_id"),
        struct(col("scorecard_id"), col("interviewer_id"), col("period"), col("stage"),
            coalesce(col("overall"), lit(0)).as("overall"), latency.as("latency"),
            coalesce(AnalysisWindow.within(job.period(), col("at")), lit(false)).as("in_window"), col("competency"), col("rating"),
            coalesce(col("evidence_chars"), lit(0)).gt(0).as("evidence")).as("r"),
        lit(null).cast(DataTypes.IntegerType).as("decision"));
    Dataset<Row> all = ratings;
    if (outcomes != null) {
      Dataset<Row> decisions = outcomes.used().select(
          col("candidate_id"),
          lit(null).cast(ratings.schema().apply("r").dataType()).as("r"),
          when(col("decision").equalTo("hired"), lit(1)).when(col("decision").equalTo("rejected"), lit(0))
              .cast(DataTypes.IntegerType).as("decision"));
      all = ratings.unionByName(decisions);
    }
    Dataset<Row> grouped = all.repartition(partitions, col("candidate_id"))
        .groupBy(col("candidate_id"))
        .agg(collect_list(col("r")).as("r"), max(col("decision")).as("decision"))
        .where(size(col("r")).gt(0))
        .sortWithinPartitions(col("candidate_id"));
    JavaRDD<CandidateBlock> blocks = grouped.javaRDD()
        .map(new ToBlock(index(interviewers), index(periods), index(stages), index(competencies)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new SeverityBlocks(blocks, interviewers, periods, ordinals, stages, partitions);
  }

  /** The calendar position of a period label: quarters or months since year 0. */
  static int ordinal(String label, PeriodUnit unit) {
    int year = Integer.parseInt(label.substring(0, 4));
    return switch (unit) {
      case QUARTER -> year * 4 + Integer.parseInt(label.substring(6)) - 1;
      case MONTH -> year * 12 + Integer.parseInt(label.substring(5, 7)) - 1;
    };
  }

  private static Map<String, Integer> index(List<String> values) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      m.put(values.get(i), i);
    }
    return m;
  }

  /** Frees the cached blocks. */
  void release() {
    blocks.unpersist(false);
  }

  /** A grouped row (candidate_id, r: array of rating structs, decision) as a block. */
  private static final class ToBlock implements org.apache.spark.api.java.function.Function<Row, CandidateBlock>,
      Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, Integer> interviewers;
    private final Map<String, Integer> periods;
    private final Map<String, Integer> stages;
    private final Map<String, Integer> competencies;

    ToBlock(Map<String, Integer> interviewers, Map<String, Integer> periods, Map<String, Integer> stages,
        Map<String, Integer> competencies) {
      this.interviewers = interviewers;
      this.periods = periods;
      this.stages = stages;
      this.competencies = competencies;
    }

    @Override
    public CandidateBlock call(Row row) {
      List<Row> rs = new ArrayList<>(row.getList(1));
      rs.sort(Comparator.comparing((Row r) -> r.getString(0))
          .thenComparingInt(r -> competencies.getOrDefault(r.getString(7), -1)));
      CandidateBlock.Builder b = CandidateBlock.builder();
      if (!row.isNullAt(2)) {
        b.decision((byte) row.getInt(2));
      }
      String current = null;
      for (Row r : rs) {
        Integer comp = competencies.get(r.getString(7));
        if (comp == null) {
          continue;
        }
        if (!r.getString(0).equals(current)) {
          current = r.getString(0);
          b.scorecard(interviewers.get(r.getString(1)), periods.get(r.getString(2)), stages.get(r.getString(3)),
              r.getInt(4), r.isNullAt(5) ? Double.NaN : r.getDouble(5), r.getBoolean(6));
        }
        b.rating(comp, r.isNullAt(8) ? Double.NaN : r.getDouble(8), r.getBoolean(9));
      }
      return b.build();
    }
  }
}
