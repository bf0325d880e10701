package io.interviewcalibration.stats.severity;

import java.util.List;

/**
 * Dictionaries and thresholds of a severity run. Indices in {@link CandidateBlock}s refer to these
 * lists.
 *
 * @param interviewers interviewer ids
 * @param periods period labels, in calendar order
 * @param periodOrdinals each period's calendar position (consecutive quarters differ by 1)
 * @param stages stage ids
 * @param competencies competency ids, in rubric order
 * @param latestPeriod the window's (latest) period label
 * @param windowIsAll whether the window holds every period (then the window fit is the pooled fit)
 * @param minScorecards fewest scorecards before an interviewer (or an interviewer's period, or an
 *     interviewer × competency cell) is compared
 * @param severityPoints smallest severity or drift, in rating points, that can be flagged
 * @param feedbackHours feedback latency target in hours
 * @param scaleMin lowest rating on the scale
 * @param scaleMax highest rating on the scale
 * @param fdr false-discovery rate of the drift and competency-bias flags
 */
public record SeveritySettings(List<String> interviewers, List<String> periods, int[] periodOrdinals,
    List<String> stages, List<String> competencies, String latestPeriod, boolean windowIsAll, int minScorecards,
    double severityPoints, double feedbackHours, double scaleMin, double scaleMax, double fdr) {

  public SeveritySettings {
    if (periodOrdinals.length != periods.size()) {
      throw new IllegalArgumentException("one ordinal per period");
    }
    for (int i = 1; i < periodOrdinals.length; i++) {
      if (periodOrdinals[i] <= periodOrdinals[i - 1]) {
        throw new IllegalArgumentException("periods must be in calendar order");
      }
    }
  }
}
