package io.interviewcalibration.analysis;

import io.interviewcalibration.config.Period;
import io.interviewcalibration.stats.durations.Cohort.FunnelStep;
import io.interviewcalibration.stats.durations.DayCount;
import io.interviewcalibration.stats.durations.DurationSummary;
import io.interviewcalibration.stats.durations.QuantileInterval;
import io.interviewcalibration.stats.durations.StageStats;
import java.time.Instant;
import java.util.List;

/**
 * What the stages analysis found: time in stage, the funnel, time to decision and feedback
 * latency. {@link StagesAnalysis#ALL} in a grouping field means pooled over it.
 *
 * @param exportAt        the export time in-stage visits and active candidates are measured to
 * @param exportBasis     how {@code exportAt} was found, in words
 * @param dayCount        how days are counted (calendar or business days)
 * @param window          the analysis window
 * @param stageOrder      stages in display order: the job's process order, then stages found in
 *                        the data that are not in it (sorted by name)
 * @param unknownStages   the stages of {@code stageOrder} that are not in the job's process order
 * @param stages          visits entered in the window, per job × stage × period with every
 *                        pooled combination ({@code ALL})
 * @param byPeriod        visits entered in every period up to the window's end, per job × stage ×
 *                        period and pooled over jobs (never over periods)
 * @param cohorts         candidates whose first stage entry lies in the window, per job × period of
 *                        that entry, with every pooled combination
 * @param scorecardsGiven whether the scorecards input (feedback latency) was given
 * @param outcomesGiven   whether the outcomes input (time to decision) was given
 */
public record StagesResult(
    Instant exportAt,
    String exportBasis,
    DayCount dayCount,
    Period window,
    List<String> stageOrder,
    List<String> unknownStages,
    List<StageRow> stages,
    List<StageRow> byPeriod,
    List<CohortRow> cohorts,
    boolean scorecardsGiven,
    boolean outcomesGiven) {

  /**
   * Time in stage and feedback latency of one group.
   *
   * @param jobId    job, or {@code ALL}
   * @param stage    stage (lower case)
   * @param period   period label of the visits' entry, or {@code ALL}
   * @param slaDays  the stage's SLA limit in days (same day count), NaN when none
   * @param visits   stage figures, or null when the group has no visits (feedback only)
   * @param p50Ci    95% interval of the median of completed stays (order statistics), or null
   * @param p90Ci    95% interval of the 0.9 quantile of completed stays, or null
   * @param feedback feedback latency of the group's scorecards, or null when it has none
   */
  public record StageRow(String jobId, String stage, String period, double slaDays,
      StageStats visits, QuantileInterval p50Ci, QuantileInterval p90Ci, Feedback feedback) {}

  /**
   * Feedback latency: hours from interview to submitted scorecard, one value per scorecard.
   *
   * @param scorecards       scorecards in the group
   * @param noInterviewTime  scorecards without {@code interviewed_at} (latency not measurable)
   * @param negative         scorecards submitted before the interview (left out)
   * @param hours            latency in hours of the measurable scorecards (all completed)
   */
  public record Feedback(long scorecards, long noInterviewTime, long negative, DurationSummary hours) {}

  /**
   * Funnel and time to decision of one cohort.
   *
   * @param jobId              job, or {@code ALL}
   * @param period             period of the candidates' first stage entry, or {@code ALL}
   * @param candidates         candidates in the cohort
   * @param hired              decided: hired
   * @param rejected           decided: rejected
   * @param withdrew           decided: withdrew
   * @param active             still active at export (censored in the Kaplan–Meier figures)
   * @param noOutcome          no outcome row
   * @param noDecisionDate     decided without {@code decided_at}
   * @param decidedBeforeEntry decision dated before the first stage entry
   * @param days               days from first stage entry to decision
   * @param p50Ci              95% interval of the median of decided candidates' days
   * @param funnel             stages reached, in display order
   */
  public record CohortRow(String jobId, String period, long candidates, long hired, long rejected,
      long withdrew, long active, long noOutcome, long noDecisionDate, long decidedBeforeEntry,
      DurationSummary days, QuantileInterval p50Ci, List<FunnelStep> funnel) {

    /** Decided candidates with a time: hired + rejected + withdrew. */
    public long decided() {
      return hired + rejected + withdrew;
    }
  }
}
