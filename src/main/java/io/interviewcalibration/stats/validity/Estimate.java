package io.interviewcalibration.stats.validity;

/**
 * A point estimate with a confidence interval and the number of cases it rests on.
 *
 * @param value  the estimate, {@code NaN} when it could not be computed
 * @param ciLow  lower confidence limit, {@code NaN} when undefined
 * @param ciHigh upper confidence limit, {@code NaN} when undefined
 * @param n      number of cases used
 * @param reason {@code null} when everything is defined; otherwise a {@link Reason} code saying why
 *               the value or the interval is missing
 */
public record Estimate(double value, double ciLow, double ciHigh, int n, String reason) {

  /** An estimate that could not be computed at all. */
  public static Estimate undefined(int n, String reason) {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN, n, reason);
  }

  /** True when the value is a number (the interval may still be missing, see {@link #reason()}). */
  public boolean defined() {
    return !Double.isNaN(value);
  }

  /** True when the interval excludes {@code x}. */
  public boolean excludes(double x) {
    return ciLow > x || ciHigh < x;
  }
}
