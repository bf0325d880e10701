package io.interviewcalibration.stats.durations;

import java.time.Instant;

/**
 * Elapsed time counted on business days only.
 *
 * <p>Definition: a business day is a UTC calendar day from Monday to Friday, 00:00 to 24:00.
 * {@code between(a, b)} is the length of the part of the interval {@code [a, b)} that falls on
 * business days, divided by 24 hours; partial days count by elapsed time. Saturdays and Sundays
 * count nothing, whole or in part. Public holidays and working hours are not modelled. If
 * {@code b} is before {@code a}, the result is {@code -between(b, a)}.
 *
 * <p>Examples: Friday 12:00 to Monday 12:00 is 1.0 (half of Friday plus half of Monday); Saturday
 * 10:00 to Monday 06:00 is 0.25; Monday 00:00 to the next Monday 00:00 is 5.0.
 */
public final class BusinessDays {

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY;
    /** Seconds from the Monday 1969-12-29T00:00Z to the epoch (a Thursday). */
    private static final long MONDAY_BEFORE_EPOCH = 3 * SECONDS_PER_DAY;

    private BusinessDays() {
    }

    /**
     * Fractional business days from {@code a} to {@code b} (see the class description).
     *
     * @return business days, negative when {@code b} is before {@code a}
     */
    public static double between(Instant a, Instant b) {
        long seconds = businessSeconds(b) - businessSeconds(a);
        long nanos = businessNanos(b) - businessNanos(a);
        return (seconds + nanos / 1e9) / SECONDS_PER_DAY;
    }

    /** Whole business seconds from a fixed Monday to {@code t} (a monotone, stepwise function). */
    private static long businessSeconds(Instant t) {
        long s = t.getEpochSecond() + MONDAY_BEFORE_EPOCH;
        long weeks = Math.floorDiv(s, SECONDS_PER_WEEK);
        long inWeek = Math.floorMod(s, SECONDS_PER_WEEK); // 0 = Monday 00:00
        return weeks * 5 * SECONDS_PER_DAY + Math.min(inWeek, 5 * SECONDS_PER_DAY);
    }

    /** The fraction of the current second, counted only on a business day. */
    private static long businessNanos(Instant t) {
        long s = t.getEpochSecond() + MONDAY_BEFORE_EPOCH;
        long inWeek = Math.floorMod(s, SECONDS_PER_WEEK);
        return inWeek < 5 * SECONDS_PER_DAY ? t.getNano() : 0;
    }
}
