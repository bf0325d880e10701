package io.interviewcalibration.stats.validity;

/**
 * Mergeable first and second moments of a sample: count, mean and sum of squared deviations M₂
 * (Welford's update; Chan, Golub &amp; LeVeque (1979) merge). Merging the states of two halves gives
 * the state of the whole, up to rounding.
 *
 * @param n    number of values
 * @param mean their mean (NaN when n = 0)
 * @param m2   Σ(x − mean)²
 */
public record Moments(long n, double mean, double m2) {
  /** The empty state. */
  public static final Moments EMPTY = new Moments(0, Double.NaN, 0);

  /** State of the given values. */
  public static Moments of(double... values) {
    Moments m = EMPTY;
    for (double v : values) {
      m = m.add(v);
    }
    return m;
  }

  /** This state with one more value. */
  public Moments add(double x) {
    if (n == 0) {
      return new Moments(1, x, 0);
    }
    long n1 = n + 1;
    double d = x - mean;
    double mean1 = mean + d / n1;
    return new Moments(n1, mean1, m2 + d * (x - mean1));
  }

  /** The state of both samples together. */
  public Moments merge(Moments other) {
    if (other.n == 0) {
      return this;
    }
    if (n == 0) {
      return other;
    }
    long total = n + other.n;
    double d = other.mean - mean;
    double mean1 = mean + d * other.n / total;
    return new Moments(total, mean1, m2 + other.m2 + d * d * ((double) n * other.n / total));
  }

  /** Sample variance (divisor n − 1); NaN for n &lt; 2. */
  public double variance() {
    return n < 2 ? Double.NaN : m2 / (n - 1);
  }

  /** Mean with its t interval; see {@link Intervals#mean(Moments, double)}. */
  public Estimate meanInterval(double confidence) {
    return Intervals.mean(this, confidence);
  }
}
