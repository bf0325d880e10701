package io.interviewcalibration.analysis;

import io.interviewcalibration.stats.severity.BlockFold;
import io.interviewcalibration.stats.severity.CandidateBlock;
import io.interviewcalibration.stats.severity.Passes;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Runs {@link BlockFold}s over cached candidate blocks: one Spark job per pass, each partition
 * folded into one state, the states collected and merged on the driver in partition order (so the
 * floating-point sums are the same on every run over the same partitioning). Only fold states
 * reach the driver: at most one per partition, and their size depends on the numbers of
 * interviewers, competencies, periods and stages, never on the number of ratings.
 */
final class SparkPasses implements Passes {
  private final JavaRDD<CandidateBlock> blocks;
  private final List<Double> seconds = new ArrayList<>();

  SparkPasses(JavaRDD<CandidateBlock> blocks) {
    this.blocks = blocks;
  }

  @Override
  public <S extends Serializable> S run(BlockFold<S> fold) {
    long start = System.nanoTime();
    List<Tuple2<Integer, S>> parts = new ArrayList<>(blocks.mapPartitionsWithIndex((index, it) -> {
      S s = fold.zero();
      while (it.hasNext()) {
        s = fold.add(s, it.next());
      }
      return List.of(new Tuple2<>(index, s)).iterator();
    }, true).collect());
    parts.sort(Comparator.comparing(Tuple2::_1));
    S out = fold.zero();
    for (Tuple2<Integer, S> p : parts) {
      out = fold.merge(out, p._2());
    }
    seconds.add((System.nanoTime() - start) / 1e9);
    return out;
  }

  @Override
  public int count() {
    return seconds.size();
  }

  /** Wall seconds of each pass, in order. */
  List<Double> seconds() {
    return List.copyOf(seconds);
  }
}
