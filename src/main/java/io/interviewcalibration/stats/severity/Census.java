package io.interviewcalibration.stats.severity;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * First pass over the blocks: which interviewers share a candidate (the edges of the
 * interviewer graph) and how many rated scorecards each has, for the analysis window, for every
 * period up to the window's end, and for each period alone. Only interviewer pairs and counts
 * reach the driver.
 *
 * <p>Systems: 0 = window, 1 = all periods, 2 + t = period t. In a period, two interviewers are
 * linked when they rated the same candidate in that period.
 */
public final class Census implements BlockFold<Census.State> {
  private static final long serialVersionUID = 1L;

  /** System index of the analysis window. */
  public static final int WINDOW = 0;
  /** System index of all periods up to the window's end. */
  public static final int ALL = 1;

  private final int interviewers;
  private final int periods;

  /**
   * @param interviewers size of the interviewer dictionary
   * @param periods size of the period dictionary
   */
  public Census(int interviewers, int periods) {
    this.interviewers = interviewers;
    this.periods = periods;
  }

  /** System index of period t. */
  public static int period(int t) {
    return 2 + t;
  }

  /** Per system: linked interviewer pairs and rated scorecards per interviewer. */
  public static final class State implements Serializable {
    private static final long serialVersionUID = 1L;
    final Set<Long>[] pairs;
    final long[][] scorecards;
    final int interviewers;

    @SuppressWarnings("unchecked")
    State(int systems, int interviewers) {
      this.interviewers = interviewers;
      pairs = new Set[systems];
      scorecards = new long[systems][interviewers];
      for (int s = 0; s < systems; s++) {
        pairs[s] = new HashSet<>();
      }
    }

    /** The connected components of a system's interviewer graph. */
    public Connectivity connectivity(int system) {
      return Connectivity.of(interviewers, pairs[system], scorecards[system]);
    }

    /** Rated scorecards of interviewer j in a system. */
    public long scorecards(int system, int j) {
      return scorecards[system][j];
    }
  }

  @Override
  public State zero() {
    return new State(2 + periods, interviewers);
  }

  @Override
  public State add(State state, CandidateBlock b) {
    int systems = 2 + periods;
    int[][] seen = new int[systems][b.scorecards()];
    int[] count = new int[systems];
    for (int k = 0; k < b.scorecards(); k++) {
      if (b.rated(k) == 0) {
        continue;
      }
      int j = b.interviewer(k);
      record(state, seen, count, ALL, j);
      if (b.inWindow(k)) {
        record(state, seen, count, WINDOW, j);
      }
      record(state, seen, count, period(b.period(k)), j);
    }
    for (int s = 0; s < systems; s++) {
      for (int x = 0; x < count[s]; x++) {
        for (int y = x + 1; y < count[s]; y++) {
          int a = Math.min(seen[s][x], seen[s][y]);
          int c = Math.max(seen[s][x], seen[s][y]);
          state.pairs[s].add((long) a * interviewers + c);
        }
      }
    }
    return state;
  }

  private static void record(State state, int[][] seen, int[] count, int s, int j) {
    state.scorecards[s][j]++;
    for (int x = 0; x < count[s]; x++) {
      if (seen[s][x] == j) {
        return;
      }
    }
    seen[s][count[s]++] = j;
  }

  @Override
  public State merge(State state, State other) {
    for (int s = 0; s < state.pairs.length; s++) {
      state.pairs[s].addAll(other.pairs[s]);
      for (int j = 0; j < state.interviewers; j++) {
        state.scorecards[s][j] += other.scorecards[s][j];
      }
    }
    return state;
  }
}
