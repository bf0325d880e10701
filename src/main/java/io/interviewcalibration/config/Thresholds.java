package io.interviewcalibration.config;

/**
 * Thresholds of a job definition.
 *
 * @param minN fewest cases (candidates, hires) behind a figure before it is shown as a number
 * @param minScorecards fewest scorecards before an interviewer is compared
 * @param reliabilityTarget reliability the D-study looks for (e.g. 0.80)
 * @param pairMinShared fewest shared candidates before an interviewer pair gets a kappa
 * @param severityPoints smallest |severity| in rating points that can be flagged
 * @param feedbackHours feedback latency target in hours
 */
public record Thresholds(
    int minN,
    int minScorecards,
    double reliabilityTarget,
    int pairMinShared,
    double severityPoints,
    double feedbackHours) {

  public static Thresholds defaults() {
    return new Thresholds(30, 10, 0.80, 10, 0.30, 24);
  }
}
