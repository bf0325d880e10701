package io.interviewcalibration.stats.durations;

/**
 * A quantile of a Kaplan–Meier survival curve: the time by which a fraction {@code probability}
 * of stays has ended, {@code inf { t : S(t) <= 1 - probability }} (the median is probability 0.5,
 * "p90" is 0.9, the first time S drops to 0.1 or below).
 *
 * <p>When it is undefined, {@code value} is {@code NaN} and {@link #status()} says why; use
 * {@link #note()} for the stable label that result files put in their {@code note} column.
 *
 * <p>{@code lower} and {@code upper} bound the exact estimate: both equal {@code value} when the
 * estimate is exact; when it comes from the approximate (binned) form of a {@link DurationSketch},
 * the Kaplan–Meier quantile of the raw data is guaranteed to lie in {@code [lower, upper]}
 * ({@code upper} is {@code +Infinity} when the sketch cannot tell whether S ever reaches the level).
 *
 * @param probability the fraction of stays ended, in {@code (0, 1)}
 * @param value       the quantile in the sketch's unit (days for stays), or {@code NaN}
 * @param lower       guaranteed lower bound of the exact value, {@code NaN} when certainly undefined
 * @param upper       guaranteed upper bound of the exact value, {@code NaN} when certainly undefined
 * @param status      whether and why the value is (un)defined
 */
public record KaplanMeierQuantile(double probability, double value, double lower, double upper,
        Status status) {

    /** Whether a Kaplan–Meier quantile could be given, and why not. */
    public enum Status {
        /** The curve reaches the level; {@code value} holds the time. */
        DEFINED("", "defined"),
        /** There are no observations at all. */
        NO_OBSERVATIONS("no_observations", "there are no observations"),
        /** Every observation is censored (still in the stage): S(t) = 1 throughout. */
        ALL_CENSORED("all_censored", "every observation is censored, so S(t) stays at 1"),
        /**
         * S(t) stays above the level: the largest observations are censored, so the curve ends
         * before ending enough stays.
         */
        NOT_REACHED("not_reached",
                "S(t) never falls to the level because the longest observations are censored"),
        /**
         * Approximate form only: within the binned resolution the sketch cannot decide whether
         * S(t) reaches the level; {@code lower} is where it would at the earliest.
         */
        UNDETERMINED("undetermined",
                "the approximate sketch cannot decide whether S(t) reaches the level");

        private final String note;
        private final String explanation;

        Status(String note, String explanation) {
            this.note = note;
            this.explanation = explanation;
        }

        /** Stable lower_snake_case label; empty for {@link #DEFINED}. */
        public String note() {
            return note;
        }

        /** One sentence for readers. */
        public String explanation() {
            return explanation;
        }
    }

    /** An exact, defined quantile. */
    static KaplanMeierQuantile exact(double probability, double value) {
        return new KaplanMeierQuantile(probability, value, value, value, Status.DEFINED);
    }

    /** An undefined quantile. */
    static KaplanMeierQuantile undefined(double probability, Status status) {
        return new KaplanMeierQuantile(probability, Double.NaN, Double.NaN, Double.NaN, status);
    }

    /** Whether {@code value} holds a number. */
    public boolean defined() {
        return status == Status.DEFINED;
    }

    /** Stable label for a result file's {@code note} column; empty when defined. */
    public String note() {
        return status.note();
    }

    /** Whether {@code value} is the exact Kaplan–Meier quantile (not a binned approximation). */
    public boolean exact() {
        return defined() && lower == value && upper == value;
    }
}
