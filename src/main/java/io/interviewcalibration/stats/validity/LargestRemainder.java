package io.interviewcalibration.stats.validity;

/**
 * Rounding of shares to whole units that still add up to a fixed total (Hamilton's method of
 * largest remainders).
 */
public final class LargestRemainder {
  private LargestRemainder() {
  }

  /**
   * Whole numbers proportional to {@code shares} that sum exactly to {@code total}.
   *
   * <p>Quotas q<sub>j</sub> = total · s<sub>j</sub> / Σs (shares need not already sum to total);
   * quotas within 10⁻⁹ of a whole number are snapped to it, so that exact shares such as 15.0 are
   * not disturbed by floating-point error. Each entry gets ⌊q<sub>j</sub>⌋; the units still missing go
   * one each to the largest remainders q<sub>j</sub> − ⌊q<sub>j</sub>⌋. Ties between equal remainders go to
   * the lower index (the order the shares are given in, e.g. the rubric's order), so the result is
   * deterministic.
   *
   * @param shares non-negative, finite, not all zero
   * @param total  the whole-unit total, ≥ 0 (100 for percent)
   * @throws IllegalArgumentException for a negative or non-finite share, all-zero shares or a negative total
   */
  public static int[] round(double[] shares, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0");
    }
    double sum = 0;
    for (double s : shares) {
      if (!(s >= 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException("shares must be finite and non-negative: " + s);
      }
      sum += s;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("shares must not all be zero");
    }
    int k = shares.length;
    int[] out = new int[k];
    double[] rem = new double[k];
    long assigned = 0;
    for (int j = 0; j < k; j++) {
      double q = total * (shares[j] / sum);
      double nearest = Math.rint(q);
      if (Math.abs(q - nearest) < 1e-9) {
        q = nearest;
      }
      out[j] = (int) Math.floor(q);
      rem[j] = q - out[j];
      assigned += out[j];
    }
    long missing = total - assigned;
    boolean[] taken = new boolean[k];
    for (long m = 0; m < missing; m++) {
      int best = -1;
      for (int j = 0; j < k; j++) {
        if (!taken[j] && (best < 0 || rem[j] > rem[best])) {
          best = j;
        }
      }
      taken[best] = true;
      out[best]++;
    }
    return out;
  }
}
