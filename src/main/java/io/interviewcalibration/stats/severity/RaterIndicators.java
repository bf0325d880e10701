package io.interviewcalibration.stats.severity;

/**
 * Rater-error indicators of one interviewer (or of the team) in the analysis window.
 *
 * @param scorecards scorecards
 * @param candidates candidates rated
 * @param ratings ratings given
 * @param meanRating mean rating (raw, not adjusted for the candidates seen)
 * @param ratingSd standard deviation of the ratings: spread; a low value against the team's
 *     suggests central tendency
 * @param halo mean correlation between competencies within scorecards (team: pooled within
 *     interviewers); a high value against the team suggests halo
 * @param calls scorecards with an overall call
 * @param passRate share of calls that are yes or strong_yes
 * @param expectedPassRate the team's pass rate for the same candidates: the mean over this
 *     interviewer's calls of the team's pass rate at the same stage and candidate strength
 * @param adjustedPassRate pass rate adjusted for candidate strength: team rate + (observed − expected),
 *     over calls on candidates in the model
 * @param strengthCalls calls on candidates in the model (the base of the adjustment)
 * @param panelPairs pairs with another panel member's call (same candidate and stage)
 * @param panelAgreement share of those pairs with the same pass / no-pass call
 * @param decisions calls on candidates with a final decision
 * @param decisionAgreement share of calls matching the final decision
 * @param latencies scorecards with a known feedback latency
 * @param latencyMedianHours median hours from interview to submission
 * @param latencyP90Hours 90th percentile
 * @param latencyWithinTarget share submitted within the job's feedback target
 * @param noEvidenceShare share of ratings without written evidence ({@code NaN} when evidence was not exported)
 * @param extremeRatings ratings at either end of the scale
 * @param extremeNoEvidenceShare share of extreme ratings without written evidence ({@code NaN} when not exported)
 */
public record RaterIndicators(long scorecards, long candidates, long ratings, double meanRating, double ratingSd,
    double halo, long calls, double passRate, double expectedPassRate, double adjustedPassRate, long strengthCalls,
    long panelPairs, double panelAgreement, long decisions, double decisionAgreement, long latencies,
    double latencyMedianHours, double latencyP90Hours, double latencyWithinTarget, double noEvidenceShare,
    long extremeRatings, double extremeNoEvidenceShare) {

  /** Indicators from a tally and the pass-through adjustment; evidence shares only when exported. */
  static RaterIndicators of(InterviewerTally t, double halo, double expected, double adjusted, long strengthCalls,
      boolean evidenceExported) {
    return new RaterIndicators(t.scorecards(), t.candidates(), t.ratings(), t.meanRating(), t.ratingSd(), halo,
        t.calls(), t.passRate(), expected, adjusted, strengthCalls, t.panelPairs(), t.panelAgreement(), t.decisions(),
        t.decisionAgreement(), t.latencies(), t.latencyQuantile(0.5), t.latencyQuantile(0.9), t.latencyWithinShare(),
        evidenceExported ? t.noEvidenceShare() : Double.NaN, t.extreme(),
        evidenceExported ? t.extremeNoEvidenceShare() : Double.NaN);
  }
}
