package io.interviewcalibration.stats.severity;

/** An interviewer's severity flag as written in result files ({@link #id()}). */
public enum SeverityFlag {
  /** Rates the same candidates lower than the average interviewer, by at least the threshold. */
  HARSH("harsh"),
  /** Rates the same candidates higher than the average interviewer, by at least the threshold. */
  LENIENT("lenient"),
  /** Fewer scorecards than the job's minimum: not compared. */
  INSUFFICIENT_DATA("insufficient_data"),
  /** Compared, not flagged. */
  NONE("");

  private final String id;

  SeverityFlag(String id) {
    this.id = id;
  }

  /** The flag's text in result files (empty for none). */
  public String id() {
    return id;
  }

  /**
   * The flag of a severity: {@link #INSUFFICIENT_DATA} below {@code minScorecards}; harsh or
   * lenient when |severity| ≥ {@code points} and the 95% interval [low, high] excludes 0; else none.
   */
  public static SeverityFlag of(double severity, double low, double high, long scorecards, int minScorecards,
      double points) {
    if (scorecards < minScorecards) {
      return INSUFFICIENT_DATA;
    }
    if (Double.isNaN(severity) || Math.abs(severity) < points) {
      return NONE;
    }
    if (severity > 0 && low > 0) {
      return HARSH;
    }
    if (severity < 0 && high < 0) {
      return LENIENT;
    }
    return NONE;
  }
}
