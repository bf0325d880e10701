package io.interviewcalibration.stats.severity;

import java.io.Serializable;

/**
 * Mergeable state of one system of a {@link Design} at fixed variance ratios: the cross products
 * W′V₀⁻¹W of W = [X | ZΛ | y] (X the K competency indicators, Z the unit indicators, Λ the
 * relative standard deviation of random units or 1 for fixed units), the log-determinant of V₀
 * summed over groups, and counts.
 *
 * <p>Here V₀ = V/σ²<sub>e</sub> is the covariance of one group's ratings (a candidate's, or a
 * candidate's in one period) given the unit effects, in units of the residual variance: with
 * λ<sub>a</sub> = σ²<sub>a</sub>/σ²<sub>e</sub> (candidate) and λ<sub>h</sub> = σ²<sub>h</sub>/σ²<sub>e</sub>
 * (scorecard), V₀ = I + λ<sub>h</sub>Z<sub>h</sub>Z<sub>h</sub>′ + λ<sub>a</sub>11′. Its inverse
 * has a closed form (two Sherman–Morrison–Woodbury steps): with a scorecard's block
 * R<sub>k</sub> = I + λ<sub>h</sub>J of m<sub>k</sub> ratings, R<sub>k</sub>⁻¹ = I − g<sub>k</sub>J,
 * g<sub>k</sub> = λ<sub>h</sub>/(1 + m<sub>k</sub>λ<sub>h</sub>), and with α = 1′R⁻¹1 =
 * Σ m<sub>k</sub>/(1 + m<sub>k</sub>λ<sub>h</sub>),
 * <pre>
 *   w′V₀⁻¹v = Σ_k [Σ_r w_r v_r − g_k S_k(w) S_k(v)] − λ_a/(1 + λ_a α) · (1′R⁻¹w)(1′R⁻¹v),
 *   1′R⁻¹w  = Σ_k S_k(w)/(1 + m_k λ_h),
 *   log|V₀|  = Σ_k log(1 + m_k λ_h) + log(1 + λ_a α),
 * </pre>
 * where S<sub>k</sub>(w) is the sum of w over the scorecard's ratings. A group's contribution is
 * therefore computed from its own ratings, and the state of a system is the sum over groups:
 * {@link #merge} adds two states (the merge law holds up to floating-point rounding).
 *
 * <p>Layout: columns 0..K−1 are the competencies, K..K+q−1 the units, K+q is y; the symmetric
 * matrix is kept as its upper triangle, row by row.
 */
public final class NormalEquations implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int k;
  private final int q;
  private final int n;
  private final double[] packed;
  private double logDetV;
  private long ratings;
  private long groups;
  private final long[] fixedRatings;
  private final long[] unitRatings;
  private final long[] unitScorecards;
  private final long[] unitGroups;

  /** An empty state for K competency columns and q unit columns. */
  public NormalEquations(int competencies, int units) {
    if (competencies < 1 || units < 0) {
      throw new IllegalArgumentException("need at least one competency column and q ≥ 0");
    }
    k = competencies;
    q = units;
    n = k + q + 1;
    packed = new double[n * (n + 1) / 2];
    fixedRatings = new long[k];
    unitRatings = new long[q];
    unitScorecards = new long[q];
    unitGroups = new long[q];
  }

  /** Index of (i, j), i ≤ j, in the packed upper triangle of an n × n matrix. */
  static int index(int i, int j, int n) {
    return i * (2 * n - i + 1) / 2 + (j - i);
  }

  /** K, the number of competency columns. */
  public int competencies() {
    return k;
  }

  /** q, the number of unit columns. */
  public int units() {
    return q;
  }

  /** Dimension of the cross-product matrix, K + q + 1. */
  public int dimension() {
    return n;
  }

  /** Entry (i, j) of W′V₀⁻¹W (symmetric). */
  public double at(int i, int j) {
    return i <= j ? packed[index(i, j, n)] : packed[index(j, i, n)];
  }

  void add(int i, int j, double v) {
    packed[i <= j ? index(i, j, n) : index(j, i, n)] += v;
  }

  /** Σ log|V₀| over groups. */
  public double logDetV() {
    return logDetV;
  }

  /** Number of ratings. */
  public long ratings() {
    return ratings;
  }

  /** Number of groups (candidates, or candidate × period). */
  public long groups() {
    return groups;
  }

  /** Ratings of competency column c. */
  public long fixedRatings(int c) {
    return fixedRatings[c];
  }

  /** Ratings of unit column u. */
  public long unitRatings(int u) {
    return unitRatings[u];
  }

  /** Rated scorecards of unit column u. */
  public long unitScorecards(int u) {
    return unitScorecards[u];
  }

  /** Groups (candidates) unit column u rated. */
  public long unitGroups(int u) {
    return unitGroups[u];
  }

  void count(long ratingCount, double logDet) {
    ratings += ratingCount;
    groups++;
    logDetV += logDet;
  }

  void countFixed(int c, long r) {
    fixedRatings[c] += r;
  }

  void countUnit(int u, long r, long scorecards, long groupCount) {
    unitRatings[u] += r;
    unitScorecards[u] += scorecards;
    unitGroups[u] += groupCount;
  }

  /**
   * Adds {@code other} into this state and returns this.
   *
   * @throws IllegalArgumentException if the layouts differ
   */
  public NormalEquations merge(NormalEquations other) {
    if (other.k != k || other.q != q) {
      throw new IllegalArgumentException("cannot merge states of different layouts");
    }
    for (int i = 0; i < packed.length; i++) {
      packed[i] += other.packed[i];
    }
    logDetV += other.logDetV;
    ratings += other.ratings;
    groups += other.groups;
    for (int c = 0; c < k; c++) {
      fixedRatings[c] += other.fixedRatings[c];
    }
    for (int u = 0; u < q; u++) {
      unitRatings[u] += other.unitRatings[u];
      unitScorecards[u] += other.unitScorecards[u];
      unitGroups[u] += other.unitGroups[u];
    }
    return this;
  }
}
