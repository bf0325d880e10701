package io.interviewcalibration.stats.validity;

/**
 * Intervals for tier summaries: a mean with a Student-t interval and a proportion with a Wilson
 * score interval.
 */
public final class Intervals {
  private Intervals() {
  }

  /** Mean of the values with its t interval; see {@link #mean(Moments, double)}. */
  public static Estimate mean(double[] values, double confidence) {
    if (!Numeric.allFinite(values)) {
      return Estimate.undefined(values.length, Reason.NON_FINITE_INPUT);
    }
    return mean(Moments.of(values), confidence);
  }

  /**
   * Mean with interval x̄ ± t<sub>n−1, 1−α/2</sub> s/√n (R's {@code t.test}). n = 0 gives
   * {@link Reason#TOO_FEW_CASES} and no value; n = 1 gives the value with NaN limits and
   * {@link Reason#TOO_FEW_CASES}; s = 0 gives the interval [x̄, x̄].
   */
  public static Estimate mean(Moments m, double confidence) {
    Numeric.checkConfidence(confidence);
    int n = (int) Math.min(Integer.MAX_VALUE, m.n());
    if (m.n() == 0) {
      return Estimate.undefined(0, Reason.TOO_FEW_CASES);
    }
    if (m.n() == 1) {
      return new Estimate(m.mean(), Double.NaN, Double.NaN, 1, Reason.TOO_FEW_CASES);
    }
    double half = Numeric.t(confidence, m.n() - 1) * Math.sqrt(m.variance() / m.n());
    return new Estimate(m.mean(), m.mean() - half, m.mean() + half, n, null);
  }

  /**
   * Proportion k/n with the Wilson (1927) score interval
   * [p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)] / (1 + z²/n), which equals R's
   * {@code prop.test(k, n, correct = FALSE)$conf.int}. Defined for p̂ = 0 and 1 (one limit is then 0
   * or 1). n = 0 gives {@link Reason#TOO_FEW_CASES}.
   */
  public static Estimate wilson(long successes, long n, double confidence) {
    Numeric.checkConfidence(confidence);
    if (successes < 0 || successes > n) {
      throw new IllegalArgumentException("successes must be in [0, n]");
    }
    int ni = (int) Math.min(Integer.MAX_VALUE, n);
    if (n == 0) {
      return Estimate.undefined(0, Reason.TOO_FEW_CASES);
    }
    double p = (double) successes / n;
    double z = Numeric.z(confidence);
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == n ? 1 : Math.min(1, centre + half);
    return new Estimate(p, low, high, ni, null);
  }
}
