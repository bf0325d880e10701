package io.interviewcalibration.stats.durations;

import java.time.Duration;
import java.time.Instant;

/**
 * How a stay is measured in days: elapsed calendar time (the default of the stage figures) or
 * business days only ({@link BusinessDays}).
 */
public enum DayCount {

    /** {@code (b - a)} in days of 24 hours, fractional; negative when {@code b} is before {@code a}. */
    CALENDAR {
        @Override
        public double between(Instant a, Instant b) {
            Duration d = Duration.between(a, b);
            return (d.getSeconds() + d.getNano() / 1e9) / 86_400.0;
        }
    },

    /** Business days, Monday to Friday, UTC; see {@link BusinessDays#between}. */
    BUSINESS {
        @Override
        public double between(Instant a, Instant b) {
            return BusinessDays.between(a, b);
        }
    };

    /** Fractional days from {@code a} to {@code b} under this day count. */
    public abstract double between(Instant a, Instant b);
}
