package io.interviewcalibration.stats.validity;

/**
 * What to do with a competency's rubric weight, from the interval of (suggested − current)
 * weight in points (rubric units).
 *
 * <p>Rule, applied in this order:
 * <ol>
 *   <li>n below the minimum, or an interval limit missing → {@link #INSUFFICIENT_EVIDENCE};</li>
 *   <li>the interval excludes 0: low &gt; 0 → {@link #RAISE}, high &lt; 0 → {@link #LOWER};</li>
 *   <li>the interval lies within ±keepBand (−band ≤ low and high ≤ band, inclusive) → {@link #KEEP};</li>
 *   <li>otherwise (it contains 0 but also changes larger than the band) → {@link #INSUFFICIENT_EVIDENCE}.</li>
 * </ol>
 * An interval with an end exactly at 0 does not exclude 0. Because step 2 comes first, a
 * significant change smaller than the band (e.g. [1, 3]) is still a raise.
 */
public enum Recommendation {
  RAISE("raise"),
  LOWER("lower"),
  KEEP("keep"),
  INSUFFICIENT_EVIDENCE("insufficient_evidence");

  /** The keep band of the validity issue: ±5 points. */
  public static final double DEFAULT_KEEP_BAND = 5;

  private final String label;

  Recommendation(String label) {
    this.label = label;
  }

  /** The lower_snake_case label used in result files. */
  public String label() {
    return label;
  }

  /** The rule with the default ±5-point keep band. */
  public static Recommendation of(double diffLow, double diffHigh, int n, int minN) {
    return of(diffLow, diffHigh, n, minN, DEFAULT_KEEP_BAND);
  }

  /**
   * @param diffLow  lower limit of the interval of (suggested − current), in points
   * @param diffHigh upper limit
   * @param n        cases behind the interval
   * @param minN     the job's minimum n
   * @param keepBand half-width of the keep band, in points
   */
  public static Recommendation of(double diffLow, double diffHigh, int n, int minN, double keepBand) {
    if (n < minN || Double.isNaN(diffLow) || Double.isNaN(diffHigh)) {
      return INSUFFICIENT_EVIDENCE;
    }
    if (diffLow > 0) {
      return RAISE;
    }
    if (diffHigh < 0) {
      return LOWER;
    }
    if (diffLow >= -keepBand && diffHigh <= keepBand) {
      return KEEP;
    }
    return INSUFFICIENT_EVIDENCE;
  }
}
