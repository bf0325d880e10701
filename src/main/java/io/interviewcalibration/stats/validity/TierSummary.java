package io.interviewcalibration.stats.validity;

/**
 * Outcomes of the candidates in one score tier (e.g. Elite, Strong, Medium, Weak on the composite).
 *
 * @param tier        the tier's label
 * @param candidates  candidates who reached a decision in the tier
 * @param hireRate    hires / candidates with a Wilson interval
 * @param performance mean performance rating of the hires with a t interval
 * @param retention   share of hires with a known retention status who were retained, Wilson interval
 */
public record TierSummary(String tier, long candidates, Estimate hireRate, Estimate performance, Estimate retention) {

  /**
   * Builds a tier's summary from counts and mergeable moments (so the inputs can be aggregated
   * per partition and merged).
   *
   * @param hires              hired candidates among {@code candidates}
   * @param performance        moments of the hires' performance ratings (hires without a rating left out)
   * @param retained           hires retained at the horizon
   * @param retentionKnown     hires whose retention at the horizon is known (started long enough ago)
   * @param minN               the job's minimum n: estimates on fewer cases carry {@link Reason#BELOW_MIN_N}
   */
  public static TierSummary of(String tier, long candidates, long hires, Moments performance, long retained,
      long retentionKnown, double confidence, int minN) {
    return new TierSummary(tier, candidates,
        belowMin(Intervals.wilson(hires, candidates, confidence), minN),
        belowMin(Intervals.mean(performance, confidence), minN),
        belowMin(Intervals.wilson(retained, retentionKnown, confidence), minN));
  }

  private static Estimate belowMin(Estimate e, int minN) {
    if (e.n() < minN && e.reason() == null) {
      return new Estimate(e.value(), e.ciLow(), e.ciHigh(), e.n(), Reason.BELOW_MIN_N);
    }
    return e;
  }
}
