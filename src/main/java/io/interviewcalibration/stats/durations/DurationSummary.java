package io.interviewcalibration.stats.durations;

/**
 * The figures of one group's durations, from {@link DurationSketch#summary()}.
 *
 * <p>{@code mean}, {@code p50} and {@code p90} are over completed values only (type-7 quantiles,
 * {@link Quantiles}), {@code NaN} when there are none. {@code kmMedian} and {@code kmP90} are the
 * Kaplan–Meier quantiles counting censored (still open) stays, each either defined or carrying the
 * reason it is not. When {@code exact} is false the sketch was in its approximate form and
 * {@code p50Error}/{@code p90Error} bound the distance to the exact quantiles (0 when exact, NaN
 * when there are no completed values); the Kaplan–Meier quantiles then carry their own bounds.
 *
 * @param visits    all observations, {@code completed + censored}
 * @param completed ended stays
 * @param censored  stays still open at export
 * @param mean      mean of completed values
 * @param p50       type-7 median of completed values
 * @param p90       type-7 0.9 quantile of completed values
 * @param kmMedian  Kaplan–Meier median, open stays censored
 * @param kmP90     Kaplan–Meier 0.9 quantile (first time S(t) <= 0.1)
 * @param exact     whether every figure is exact
 * @param p50Error  bound on {@code |p50 - exact p50|}
 * @param p90Error  bound on {@code |p90 - exact p90|}
 */
public record DurationSummary(long visits, long completed, long censored, double mean, double p50,
        double p90, KaplanMeierQuantile kmMedian, KaplanMeierQuantile kmP90, boolean exact,
        double p50Error, double p90Error) {
}
