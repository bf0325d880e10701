package io.interviewcalibration.analysis;

import io.interviewcalibration.stats.agreement.CategoryCounts;
import io.interviewcalibration.stats.agreement.CoincidenceMatrix;
import io.interviewcalibration.stats.agreement.IntervalAlphaMoments;
import io.interviewcalibration.stats.agreement.OneWayAnova;
import io.interviewcalibration.stats.agreement.TwoWayAnova;
import io.interviewcalibration.stats.agreement.ValueDomain;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The vector one pairable unit (two or more ratings) adds to its scope: the concatenation of the
 * vectors of the linear states the scope's statistics need, so that one sum per scope gives them
 * all; and the way back from a summed vector to the states.
 *
 * <p>Segments, in order:
 * <ul>
 *   <li>categorical values (ratings on the scale, recommendations): {@link CoincidenceMatrix}
 *       (1 + q²) and {@link CategoryCounts} (4 + q + q²) over the value domain; continuous values
 *       (composites): {@link IntervalAlphaMoments} (5);</li>
 *   <li>{@link OneWayAnova} (6);</li>
 *   <li>with {@code crossed}: the candidate side of
 *       {@link io.interviewcalibration.stats.agreement.CrossedSums}, [N, Σy, Σy², 1, T²/N, N²,
 *       Σ<sub>j</sub>n<sub>j</sub>²/N, Σ<sub>j</sub>n<sub>j</sub>²] with n<sub>j</sub> the unit's
 *       ratings by interviewer j (8); the first five entries of {@link TwoWayAnova#ofTarget}
 *       (targets, incomplete targets, Σy, Σy², row total²) (5); and the design check [1 if no
 *       interviewer rated the unit twice, number of distinct interviewers] (2);</li>
 *   <li>with a hire split: {@link CategoryCounts} over {0 = no hire, 1 = hire} (4 + 2 + 4).</li>
 * </ul>
 * Entries that are equal for every pairable unit (the unit count 1, the number of ratings, Σy,
 * Σy², T²/N, N² where several states carry them) are stored once; {@link #states} restores the
 * full vectors.
 */
final class UnitLayout implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int CROSSED_LENGTH = 8;
  static final int TWO_WAY_HEADER = 5;
  static final int CHECK_LENGTH = 2;
  private static final ValueDomain SPLIT = ValueDomain.of(0, 1);

  private final ValueDomain domain;
  private final double splitAt;
  private final boolean crossed;
  private final int coincidenceAt;
  private final int countsAt;
  private final int momentsAt;
  private final int oneWayAt;
  private final int crossedAt;
  private final int twoWayAt;
  private final int checkAt;
  private final int splitCountsAt;
  /** Length of the concatenated state vectors. */
  private final int fullLength;
  /** Per entry of the full vector: its position in the stored vector (aliases share one). */
  private final int[] stored;
  /** Entries of the full vector that are stored, in order. */
  private final int[] kept;

  private UnitLayout(ValueDomain domain, double splitAt, boolean crossed) {
    this.domain = domain;
    this.splitAt = splitAt;
    this.crossed = crossed;
    int at = 0;
    if (domain != null) {
      int q = domain.size();
      coincidenceAt = at;
      at += 1 + q * q;
      countsAt = at;
      at += 4 + q + q * q;
      momentsAt = -1;
    } else {
      coincidenceAt = -1;
      countsAt = -1;
      momentsAt = at;
      at += 5;
    }
    oneWayAt = at;
    at += 6;
    if (crossed) {
      crossedAt = at;
      at += CROSSED_LENGTH;
      twoWayAt = at;
      at += TWO_WAY_HEADER;
      checkAt = at;
      at += CHECK_LENGTH;
    } else {
      crossedAt = -1;
      twoWayAt = -1;
      checkAt = -1;
    }
    if (!Double.isNaN(splitAt)) {
      splitCountsAt = at;
      at += 4 + 2 + 4;
    } else {
      splitCountsAt = -1;
    }
    fullLength = at;
    // entries that equal another for every pairable unit are stored once
    int[] alias = new int[fullLength];
    for (int i = 0; i < fullLength; i++) {
      alias[i] = i;
    }
    int one;
    int ratings;
    int sum;
    int squares;
    if (domain != null) {
      one = countsAt; // rated units
      ratings = countsAt + 2;
      alias(alias, one, coincidenceAt, countsAt + 1);
    } else {
      one = momentsAt;
      ratings = momentsAt + 1;
      alias(alias, momentsAt + 2, oneWayAt + 3);
      alias(alias, momentsAt + 3, oneWayAt + 4);
    }
    sum = oneWayAt + 3;
    squares = oneWayAt + 4;
    alias(alias, one, oneWayAt);
    alias(alias, ratings, oneWayAt + 1);
    if (crossed) {
      // [N, Σy, Σy², 1, T²/N, N², k3, k12] and [1, 0, Σy, Σy², T²]
      alias(alias, ratings, crossedAt);
      alias(alias, sum, crossedAt + 1, twoWayAt + 2);
      alias(alias, squares, crossedAt + 2, twoWayAt + 3);
      alias(alias, one, crossedAt + 3, twoWayAt);
      alias(alias, oneWayAt + 5, crossedAt + 4);
      alias(alias, oneWayAt + 2, crossedAt + 5);
    }
    if (splitCountsAt >= 0) {
      alias(alias, one, splitCountsAt, splitCountsAt + 1);
      alias(alias, ratings, splitCountsAt + 2);
    }
    stored = new int[fullLength];
    int n = 0;
    int[] keep = new int[fullLength];
    for (int i = 0; i < fullLength; i++) {
      if (alias[i] == i) {
        stored[i] = n;
        keep[n++] = i;
      }
    }
    for (int i = 0; i < fullLength; i++) {
      stored[i] = stored[alias[i]];
    }
    kept = Arrays.copyOf(keep, n);
  }

  private static void alias(int[] alias, int to, int... entries) {
    for (int e : entries) {
      alias[e] = to;
    }
  }

  /** Ratings on a categorical domain, without a hire split. */
  static UnitLayout categorical(ValueDomain domain, boolean crossed) {
    return new UnitLayout(domain, Double.NaN, crossed);
  }

  /** Categorical values with a binary split: values at or above {@code splitAt} count as one side. */
  static UnitLayout categoricalWithSplit(ValueDomain domain, double splitAt, boolean crossed) {
    return new UnitLayout(domain, splitAt, crossed);
  }

  /** Continuous values (composites). */
  static UnitLayout continuous(boolean crossed) {
    return new UnitLayout(null, Double.NaN, crossed);
  }

  /** Length of the stored vector (entries that always agree are stored once). */
  int length() {
    return kept.length;
  }

  boolean crossed() {
    return crossed;
  }

  boolean categorical() {
    return domain != null;
  }

  boolean hasSplit() {
    return splitCountsAt >= 0;
  }

  ValueDomain domain() {
    return domain;
  }

  /**
   * The contribution of one unit.
   *
   * @param values the unit's values, at least two, ordered by interviewer and then value (the
   *     order only fixes rounding)
   * @param interviewers the interviewer of each value
   */
  double[] contribution(double[] values, String[] interviewers) {
    double[] full = fullContribution(values, interviewers);
    double[] v = new double[kept.length];
    for (int i = 0; i < kept.length; i++) {
      v[i] = full[kept[i]];
    }
    return v;
  }

  /** The concatenated state vectors of one unit, aliases included. */
  double[] fullContribution(double[] values, String[] interviewers) {
    int m = values.length;
    if (m < 2 || interviewers.length != m) {
      throw new IllegalArgumentException("a pairable unit needs two or more values with their interviewers");
    }
    double[] v = new double[fullLength];
    if (domain != null) {
      put(v, coincidenceAt, CoincidenceMatrix.ofUnit(values, domain).vector());
      put(v, countsAt, CategoryCounts.ofUnit(values, domain).vector());
    } else {
      put(v, momentsAt, IntervalAlphaMoments.ofUnit(values).vector());
    }
    put(v, oneWayAt, OneWayAnova.ofUnit(values).vector());
    if (crossed) {
      double sum = 0;
      double squares = 0;
      for (double y : values) {
        sum += y;
        squares += y * y;
      }
      double cellSquares = 0;
      int distinct = 0;
      int run = 1;
      for (int i = 1; i <= m; i++) {
        if (i < m && interviewers[i].equals(interviewers[i - 1])) {
          run++;
        } else {
          cellSquares += (double) run * run;
          distinct++;
          run = 1;
        }
      }
      double[] side = {m, sum, squares, 1, sum * sum / m, (double) m * m, cellSquares / m, cellSquares};
      put(v, crossedAt, side);
      System.arraycopy(TwoWayAnova.ofTarget(values).vector(), 0, v, twoWayAt, TWO_WAY_HEADER);
      v[checkAt] = distinct == m ? 1 : 0;
      v[checkAt + 1] = distinct;
    }
    if (splitCountsAt >= 0) {
      double above = 0;
      for (double y : values) {
        if (y >= splitAt) {
          above++;
        }
      }
      put(v, splitCountsAt, CategoryCounts.ofUnitCounts(new double[] {m - above, above}, SPLIT).vector());
    }
    return v;
  }

  /** The states of a summed vector. */
  UnitStates states(double[] storedVector) {
    if (storedVector.length != kept.length) {
      throw new IllegalArgumentException("vector of " + storedVector.length + " entries, expected " + kept.length);
    }
    double[] v = new double[fullLength];
    for (int i = 0; i < fullLength; i++) {
      v[i] = storedVector[stored[i]];
    }
    CoincidenceMatrix coincidence = null;
    CategoryCounts counts = null;
    IntervalAlphaMoments moments = null;
    if (domain != null) {
      int q = domain.size();
      coincidence = CoincidenceMatrix.fromVector(slice(v, coincidenceAt, 1 + q * q), domain);
      counts = CategoryCounts.fromVector(slice(v, countsAt, 4 + q + q * q), domain);
    } else {
      moments = IntervalAlphaMoments.fromVector(slice(v, momentsAt, 5));
    }
    OneWayAnova oneWay = OneWayAnova.fromVector(slice(v, oneWayAt, 6));
    double[] side = crossed ? slice(v, crossedAt, CROSSED_LENGTH) : null;
    double[] twoWay = crossed ? slice(v, twoWayAt, TWO_WAY_HEADER) : null;
    double[] check = crossed ? slice(v, checkAt, CHECK_LENGTH) : null;
    CategoryCounts split = splitCountsAt >= 0 ? CategoryCounts.fromVector(slice(v, splitCountsAt, 10), SPLIT) : null;
    return new UnitStates(coincidence, counts, moments, oneWay, side, twoWay, check, split);
  }

  private static void put(double[] into, int at, double[] part) {
    System.arraycopy(part, 0, into, at, part.length);
  }

  private static double[] slice(double[] v, int at, int n) {
    return Arrays.copyOfRange(v, at, at + n);
  }

  /**
   * The states of summed units.
   *
   * @param coincidence coincidences of categorical values, or null
   * @param counts category counts of categorical values, or null
   * @param moments interval-alpha moments of continuous values, or null
   * @param oneWay one-way ANOVA sums
   * @param crossedCandidateSide [N, Σy, Σy², a, T_A, k1, k3, k12], or null
   * @param twoWayHeader [targets, incomplete targets, Σy, Σy², Σ row total²], or null
   * @param designCheck [units without a repeated interviewer, Σ distinct interviewers per unit], or null
   * @param hireSplit category counts of the binary split, or null
   */
  record UnitStates(CoincidenceMatrix coincidence, CategoryCounts counts, IntervalAlphaMoments moments,
      OneWayAnova oneWay, double[] crossedCandidateSide, double[] twoWayHeader, double[] designCheck,
      CategoryCounts hireSplit) {}
}
