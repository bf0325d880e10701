package io.interviewcalibration.stats.severity;

/** Which drift rule fired ({@link #id()} as written in result files). */
public enum DriftRule {
  /** The severity trend's slope: large enough and significant after Benjamini–Hochberg. */
  SLOPE("slope"),
  /** The latest period against the baseline of earlier periods: ≥ 2 SE, significant after BH. */
  LATEST_VS_BASELINE("latest_vs_baseline"),
  /** Both rules. */
  BOTH("slope+latest_vs_baseline"),
  /** Neither. */
  NONE("");

  private final String id;

  DriftRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
