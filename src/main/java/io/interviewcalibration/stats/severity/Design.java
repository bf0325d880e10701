package io.interviewcalibration.stats.severity;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Which ratings a linear mixed model uses and how its columns are laid out.
 *
 * <p>The model of a rating y of competency c, given on scorecard k by interviewer j to candidate i:
 * <pre>  y = β_c + u_j + a_i + h_k + e,   a_i ~ N(0, σ²_a), h_k ~ N(0, σ²_h), e ~ N(0, σ²_e)</pre>
 * with the interviewer (unit) effects u_j either random, u_j ~ N(0, σ²_u) (the pooled severity
 * model), or fixed (the per-period drift model). A design splits the data into independent
 * <em>systems</em>: one for a pooled model, one per period for a by-period model, where a
 * candidate's scorecards in one period form one group (the candidate effect is then a
 * candidate × period effect). Each system has K fixed competency columns and its own unit
 * columns.
 *
 * @param name a label for messages and run.json
 * @param windowOnly whether only scorecards in the analysis window are used (else every scorecard
 *     of the blocks, i.e. every period up to the window's end)
 * @param byPeriod whether each period is its own system (system index = period index)
 * @param randomUnits whether unit effects are random (shrunk) rather than fixed
 * @param competencies K, the number of competency columns
 * @param unitColumns per system, per interviewer index: the unit column, or −1 when the
 *     interviewer's scorecards are left out (e.g. not connected to the rest)
 */
public record Design(String name, boolean windowOnly, boolean byPeriod, boolean randomUnits, int competencies,
    int[][] unitColumns) implements Serializable {

  public Design {
    if (competencies < 1 || unitColumns.length == 0) {
      throw new IllegalArgumentException("a design needs competencies and at least one system");
    }
    if (!byPeriod && unitColumns.length != 1) {
      throw new IllegalArgumentException("a pooled design has one system");
    }
  }

  /** Number of systems. */
  public int systems() {
    return unitColumns.length;
  }

  /** Number of unit columns of a system. */
  public int units(int system) {
    return Arrays.stream(unitColumns[system]).max().orElse(-1) + 1;
  }

  /** The system scorecard {@code k} of a block belongs to, or −1 when the design leaves it out. */
  public int system(CandidateBlock b, int k) {
    if (windowOnly && !b.inWindow(k)) {
      return -1;
    }
    int s = byPeriod ? b.period(k) : 0;
    if (s >= unitColumns.length) {
      return -1;
    }
    int j = b.interviewer(k);
    int[] cols = unitColumns[s];
    return j < cols.length && cols[j] >= 0 ? s : -1;
  }

  /** The unit column of scorecard {@code k} in its system (call only when {@link #system} ≥ 0). */
  public int unit(CandidateBlock b, int k) {
    return unitColumns[byPeriod ? b.period(k) : 0][b.interviewer(k)];
  }

  /** Interviewer index of each unit column of a system. */
  public int[] interviewersOf(int system) {
    int[] out = new int[units(system)];
    int[] cols = unitColumns[system];
    for (int j = 0; j < cols.length; j++) {
      if (cols[j] >= 0) {
        out[cols[j]] = j;
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Design d && d.name.equals(name) && d.windowOnly == windowOnly && d.byPeriod == byPeriod
        && d.randomUnits == randomUnits && d.competencies == competencies && Arrays.deepEquals(d.unitColumns, unitColumns);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.deepHashCode(unitColumns);
  }

  @Override
  public String toString() {
    return "Design[" + name + ", " + systems() + " system(s), random units " + randomUnits + "]";
  }
}
