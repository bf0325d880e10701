package io.interviewcalibration.stats.severity;

import java.io.Serializable;

/**
 * A summary computed over candidate blocks as a mergeable state: a distributed engine folds each
 * partition's blocks into a state ({@link #zero}, {@link #add}) and merges the states
 * ({@link #merge}). The result must not depend on how blocks are split into partitions (up to
 * floating-point rounding), which holds when {@code add} only adds a block's contribution and
 * {@code merge} adds states.
 *
 * @param <S> the state; serialisable so that it can travel from executors to the driver
 */
public interface BlockFold<S extends Serializable> extends Serializable {
  /** An empty state. */
  S zero();

  /** Adds one block's contribution to {@code state} (in place) and returns it. */
  S add(S state, CandidateBlock block);

  /** Adds {@code other} into {@code state} (in place) and returns it. */
  S merge(S state, S other);
}
