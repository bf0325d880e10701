package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import io.interviewcalibration.config.JobDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Inter-rater agreement on Spark: per competency × stage, per competency pooled over stages, on
 * the scorecard composite, on the overall recommendation, per confidence level, and per
 * interviewer pair, each with a cluster bootstrap over candidates.
 *
 * <p>Data flow, only aggregates reaching the driver:
 * <ol>
 *   <li>the scorecards in the analysis window, grouped by candidate (one shuffle of the ratings);</li>
 *   <li>per candidate, {@link CandidateContributions} gives the vector the candidate adds to each
 *       scope it has values in (its unit's states, its interviewers' cells) and a count per
 *       interviewer pair; each partition sums these vectors per key into the point sum and the
 *       B Poisson-weighted replicate sums ({@link ReplicateSums}, weights from
 *       {@link CandidateDraws}: seed, candidate id, replicate), and the partitions' sums are
 *       merged per key (a shuffle of one sum per key and partition);</li>
 *   <li>interviewer pairs that share at least {@code pair_min_shared} candidates get their
 *       contingency tables with replicates in a second pass of the same shape over the ratings of
 *       those interviewers (so that no memory goes to the replicates of pairs that are not
 *       reported);</li>
 *   <li>{@link AgreementEstimates} turns the sums into estimates and percentile intervals.</li>
 * </ol>
 * Sums are exact (fixed point), per-candidate work does not depend on row order, and draws depend
 * on (seed, candidate, replicate) only, so results do not depend on partitioning.
 */
public final class AgreementAnalysis {
  private final JobDefinition job;
  private final AgreementDesign design;

  public AgreementAnalysis(JobDefinition job) {
    this.job = job;
    this.design = AgreementDesign.of(job);
  }

  /**
   * Agreement of the used scorecard rows (parsed columns of {@code Ingested.used()}) in the job's
   * analysis window.
   */
  public AgreementResult run(Dataset<Row> scorecards) {
    Dataset<Row> ratings = scorecards
        .filter(AnalysisWindow.within(job.period(), col("at")))
        .filter(col("rating").isNotNull().or(col("overall").isNotNull()))
        .select(col("candidate_id"), col("interviewer_id"), col("rating"),
            struct(col("scorecard_id"), col("stage"), col("interviewer_id"), col("competency"),
                col("rating"), col("overall"), col("confidence")).as("r"));
    Map<AgreementKey, ReplicateSums> sums = new HashMap<>(sums(ratings, null));
    Set<String> kept = new HashSet<>();
    Set<String> interviewers = new HashSet<>();
    int minShared = Math.max(1, job.thresholds().pairMinShared());
    for (Map.Entry<AgreementKey, ReplicateSums> e : sums.entrySet()) {
      AgreementKey k = e.getKey();
      if (k.part() == AgreementKey.Part.PAIR_COUNT && e.getValue().value(0, 0) >= minShared) {
        kept.add(pairId(k.interviewer(), k.other()));
        interviewers.add(k.interviewer());
        interviewers.add(k.other());
      }
    }
    if (!kept.isEmpty()) {
      Dataset<Row> pairRatings = ratings.filter(col("rating").isNotNull()
          .and(col("interviewer_id").isin(interviewers.toArray())));
      sums.putAll(sums(pairRatings, kept));
    }
    return new AgreementEstimates(design, job).estimate(sums);
  }

  private Map<AgreementKey, ReplicateSums> sums(Dataset<Row> ratings, Set<String> keptPairs) {
    Dataset<Row> byCandidate = ratings.groupBy(col("candidate_id")).agg(collect_list(col("r")).as("rows"));
    List<Tuple2<AgreementKey, ReplicateSums>> collected = byCandidate.javaRDD()
        .mapPartitionsToPair(new Pass(design, keptPairs))
        .reduceByKey((a, b) -> a.merge(b))
        .collect();
    Map<AgreementKey, ReplicateSums> out = new HashMap<>();
    for (Tuple2<AgreementKey, ReplicateSums> t : collected) {
      out.put(t._1(), t._2());
    }
    return out;
  }

  static String pairId(String a, String b) {
    return a + '\u0000' + b;
  }

  /** One partition's candidates → sums per key. */
  private static final class Pass implements PairFlatMapFunction<Iterator<Row>, AgreementKey, ReplicateSums> {
    private static final long serialVersionUID = 1L;
    private final AgreementDesign design;
    private final Set<String> keptPairs;

    Pass(AgreementDesign design, Set<String> keptPairs) {
      this.design = design;
      this.keptPairs = keptPairs == null ? null : new HashSet<>(keptPairs);
    }

    @Override
    public Iterator<Tuple2<AgreementKey, ReplicateSums>> call(Iterator<Row> candidates) {
      CandidateContributions contributions = new CandidateContributions(design);
      int replicates = design.replicates();
      KeySums acc = new KeySums(replicates);
      while (candidates.hasNext()) {
        Row c = candidates.next();
        String candidate = c.getString(0);
        List<CandidateContributions.Row> rows = new ArrayList<>();
        for (Row r : c.<Row>getList(1)) {
          rows.add(new CandidateContributions.Row(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
              r.isNullAt(4) ? null : r.getDouble(4), r.isNullAt(5) ? null : r.getInt(5),
              r.isNullAt(6) ? null : r.getInt(6)));
        }
        CandidateDraws draws = CandidateDraws.of(design.seed(), candidate, replicates);
        // composites are continuous: their vectors rarely repeat
        CandidateContributions.Sink sink = (key, v) -> acc.add(key, v, draws,
            !key.competency().equals(AgreementDesign.ALL));
        if (keptPairs == null) {
          contributions.units(rows, sink);
          contributions.pairs(rows, null, sink);
        } else {
          contributions.pairs(rows, (a, b) -> keptPairs.contains(pairId(a, b)), sink);
        }
      }
      return acc.result().iterator();
    }
  }
}
