package io.interviewcalibration.analysis;

import java.io.Serializable;

/**
 * The sums of per-candidate vectors of one fixed length: the point sum (replicate 0) and the
 * Poisson-weighted sums of bootstrap replicates 1..R, Σ<sub>i</sub> w<sub>ir</sub>v<sub>i</sub>,
 * built in one pass over the candidates and merged across partitions.
 *
 * <p>Exact, so that results do not depend on partitioning: each addend is converted to a
 * 128-bit fixed-point number with 64 fractional bits (bits below 2<sup>−64</sup> are dropped,
 * the same way for every addend) and summed as integers, which is associative. The sums are read
 * back as the nearest doubles. Addends must be below 2<sup>62</sup> in magnitude and the sums
 * below 2<sup>63</sup>.
 *
 * <p>Layout: entry j of replicate r is at j·(R + 1) + r, so that adding one candidate walks
 * memory in order.
 */
final class ReplicateSums implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double LIMIT = 0x1p62;

  private final int length;
  private final int replicates;
  private final long[] high;
  private final long[] low;

  /**
   * Empty sums of vectors of {@code length} entries with {@code replicates} replicates (0 = the
   * point sum only).
   */
  ReplicateSums(int length, int replicates) {
    this.length = length;
    this.replicates = replicates;
    this.high = new long[length * (replicates + 1)];
    this.low = new long[length * (replicates + 1)];
  }

  int length() {
    return length;
  }

  int replicates() {
    return replicates;
  }

  /**
   * Adds one candidate's vector with its draws: weight 1 to the point sum, the candidate's
   * Poisson weight to each replicate (replicates beyond {@link #replicates()} are ignored).
   *
   * @throws IllegalArgumentException if the vector has the wrong length or an entry is not
   *     finite or too large
   */
  void add(double[] vector, CandidateDraws draws) {
    if (vector.length != length) {
      throw new IllegalArgumentException("vector of " + vector.length + " entries, expected " + length);
    }
    int stride = replicates + 1;
    int entries = replicates == 0 ? 1 : draws.count();
    int maxWeight = replicates == 0 ? 1 : draws.maxWeight();
    long[] mh = draws.scratchHigh;
    long[] ml = draws.scratchLow;
    for (int j = 0; j < length; j++) {
      double x = vector[j];
      if (x == 0) {
        continue;
      }
      // multiples 0..maxWeight of x in fixed point
      long xh = high(x);
      long xl = low(x);
      mh[0] = 0;
      ml[0] = 0;
      for (int k = 1; k <= maxWeight; k++) {
        long l = ml[k - 1] + xl;
        mh[k] = mh[k - 1] + xh + (Long.compareUnsigned(l, xl) < 0 ? 1 : 0);
        ml[k] = l;
      }
      int base = j * stride;
      for (int t = 0; t < entries; t++) {
        int r = draws.replicate(t);
        if (r > replicates) {
          break;
        }
        int w = draws.weight(t);
        int pos = base + r;
        long l = low[pos] + ml[w];
        high[pos] += mh[w] + (Long.compareUnsigned(l, ml[w]) < 0 ? 1 : 0);
        low[pos] = l;
      }
    }
  }

  /**
   * Adds {@code vector} × {@code weights[r]} to replicate r, r = 0..R: the vector of several
   * candidates whose vectors are equal, with their summed draws.
   *
   * @throws IllegalArgumentException if a length is wrong, a weight negative or an entry not
   *     finite or too large
   */
  void addWeighted(double[] vector, long[] weights) {
    if (vector.length != length || weights.length != replicates + 1) {
      throw new IllegalArgumentException("vector of " + vector.length + " entries and " + weights.length
          + " weights, expected " + length + " and " + (replicates + 1));
    }
    int stride = replicates + 1;
    for (int j = 0; j < length; j++) {
      double x = vector[j];
      if (x == 0) {
        continue;
      }
      long xh = high(x);
      long xl = low(x);
      int base = j * stride;
      for (int r = 0; r <= replicates; r++) {
        long w = weights[r];
        if (w == 0) {
          continue;
        }
        if (w < 0) {
          throw new IllegalArgumentException("negative weight " + w);
        }
        // (xh, xl) × w in 128 bits: the unsigned high half of xl × w, then xh × w
        long pl = xl * w;
        long ph = xh * w + Math.multiplyHigh(xl, w) + ((xl >> 63) & w);
        int pos = base + r;
        long l = low[pos] + pl;
        high[pos] += ph + (Long.compareUnsigned(l, pl) < 0 ? 1 : 0);
        low[pos] = l;
      }
    }
  }

  /**
   * Adds {@code other} into these sums and returns them.
   *
   * @throws IllegalArgumentException if the shapes differ
   */
  ReplicateSums merge(ReplicateSums other) {
    if (other.length != length || other.replicates != replicates) {
      throw new IllegalArgumentException("sums of different shapes");
    }
    for (int i = 0; i < high.length; i++) {
      long l = low[i] + other.low[i];
      high[i] += other.high[i] + (Long.compareUnsigned(l, other.low[i]) < 0 ? 1 : 0);
      low[i] = l;
    }
    return this;
  }

  /** Entry {@code j} of replicate {@code r} (0 = the point sum). */
  double value(int j, int r) {
    int pos = j * (replicates + 1) + r;
    long l = low[pos];
    // the unsigned fraction with 53 significant bits (not 53 bits after the point), then the whole part
    double fraction = ((double) (l >>> 1) * 2 + (l & 1)) * 0x1p-64;
    return high[pos] + fraction;
  }

  /** The summed vector of replicate {@code r} (0 = the point sum). */
  double[] vector(int r) {
    double[] v = new double[length];
    for (int j = 0; j < length; j++) {
      v[j] = value(j, r);
    }
    return v;
  }

  /** The integer part (floor) of x in two's complement 128-bit fixed point. */
  static long high(double x) {
    check(x);
    double a = Math.abs(x);
    long whole = (long) a;
    long frac = fraction(a - whole);
    if (x >= 0) {
      return whole;
    }
    return ~whole + (frac == 0 ? 1 : 0);
  }

  /** The 64 fractional bits of x in two's complement 128-bit fixed point. */
  static long low(double x) {
    check(x);
    double a = Math.abs(x);
    long frac = fraction(a - (long) a);
    return x >= 0 ? frac : -frac;
  }

  /** f·2⁶⁴ as an unsigned 64-bit integer for 0 ≤ f &lt; 1 (exact: f − ⌊a⌋ is exact for doubles). */
  private static long fraction(double f) {
    double scaled = f * 0x1p64;
    if (scaled >= 0x1p63) {
      return ((long) (scaled - 0x1p63)) ^ Long.MIN_VALUE;
    }
    return (long) scaled;
  }

  private static void check(double x) {
    if (!(Math.abs(x) < LIMIT)) {
      throw new IllegalArgumentException("cannot sum " + x + " exactly");
    }
  }
}
