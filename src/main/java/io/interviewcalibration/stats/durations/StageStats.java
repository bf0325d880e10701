package io.interviewcalibration.stats.durations;

/**
 * The figures of one stage group (stage × job × period, or pooled), from
 * {@link StageVisits#result()}.
 *
 * <p>Shares are over completed visits: {@code passThrough = (advanced + hired) / completed}
 * (the contract's {@code pass_through_rate}), {@code rejectedShare = rejected / completed},
 * {@code withdrawnShare = withdrew / completed}; completed visits with no exit reason count in the
 * denominator only. Each carries a Wilson 95% interval ({@link Rate}); with no completed visits the
 * rates are {@code NaN}.
 *
 * <p>SLA: with a limit of {@code slaLimitDays} (NaN: none), {@code slaBreaches} is the share of
 * completed visits longer than the limit, and {@code slaOverdueInProgress} the number of open visits
 * already longer than it (they have breached, though their stay is not over). With no limit both
 * are 0 out of 0.
 *
 * @param durations            counts, mean, quantiles and Kaplan–Meier figures of the stays
 * @param advanced             completed visits that advanced
 * @param hired                completed visits that ended in a hire
 * @param rejected             completed visits that ended in a rejection
 * @param withdrew             completed visits that ended in a withdrawal
 * @param unknownReason        completed visits without an exit reason
 * @param passThrough          {@code (advanced + hired) / completed}
 * @param rejectedShare        {@code rejected / completed}
 * @param withdrawnShare       {@code withdrew / completed}
 * @param slaLimitDays         the stage's limit in the sketch's day count, NaN when none
 * @param slaBreaches          completed visits longer than the limit, out of completed visits
 * @param slaOverdueInProgress open visits already longer than the limit
 */
public record StageStats(DurationSummary durations, long advanced, long hired, long rejected,
        long withdrew, long unknownReason, Rate passThrough, Rate rejectedShare,
        Rate withdrawnShare, double slaLimitDays, Rate slaBreaches, long slaOverdueInProgress) {
}
