package io.interviewcalibration.stats.severity;

import java.io.Serializable;

/**
 * Runs a {@link BlockFold} over every candidate block: one pass over the data, one aggregation.
 * Implementations merge partition states in a fixed order so that the same data give the same
 * result. Only the folded state reaches the caller.
 */
public interface Passes {
  /** Folds every block and returns the merged state. */
  <S extends Serializable> S run(BlockFold<S> fold);

  /** Number of passes run so far. */
  int count();

  /** Passes over blocks held in memory, in list order (tests, simulations, small data). */
  static Passes of(Iterable<CandidateBlock> blocks) {
    return new Passes() {
      private int passes;

      @Override
      public <S extends Serializable> S run(BlockFold<S> fold) {
        passes++;
        S s = fold.zero();
        for (CandidateBlock b : blocks) {
          s = fold.add(s, b);
        }
        return s;
      }

      @Override
      public int count() {
        return passes;
      }
    };
  }
}
