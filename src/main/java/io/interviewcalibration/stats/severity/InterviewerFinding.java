package io.interviewcalibration.stats.severity;

/**
 * What the window says about one interviewer.
 *
 * @param interviewer interviewer id
 * @param severity severity from the window fit (none when not connected or without ratings)
 * @param indicators rater-error indicators
 * @param note {@code below_min_n}, {@code not_connected}, {@code no_ratings}, or null
 */
public record InterviewerFinding(String interviewer, SeverityEstimate severity, RaterIndicators indicators,
    String note) {}
