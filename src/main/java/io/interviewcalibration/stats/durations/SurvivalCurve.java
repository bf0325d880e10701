package io.interviewcalibration.stats.durations;

/**
 * A Kaplan–Meier survival curve: one row per distinct observation time {@code t_i} with the
 * number at risk {@code n_i}, events (ended stays) {@code d_i}, censorings {@code c_i}, the
 * survival {@code S(t_i)} just after {@code t_i} and its Greenwood standard error. Built by
 * {@link KaplanMeier}; immutable.
 *
 * <p>{@code S} is right-continuous and steps only at event times: {@code S(t) = 1} before the first
 * event and {@code S(t) = S(t_i)} for {@code t_i <= t < t_{i+1}}.
 */
public final class SurvivalCurve {

    /**
     * Tolerance when comparing {@code S} with a level, so that a product equal to the level in
     * exact arithmetic (e.g. {@code 2/3 * 3/4 = 0.5}) counts as reaching it despite rounding.
     */
    static final double LEVEL_TOLERANCE = 1e-12;

    private final double[] times;
    private final long[] atRisk;
    private final long[] events;
    private final long[] censored;
    private final double[] survival;
    private final double[] standardError;
    private final boolean exact;

    SurvivalCurve(double[] times, long[] atRisk, long[] events, long[] censored,
            double[] survival, double[] standardError, boolean exact) {
        this.times = times;
        this.atRisk = atRisk;
        this.events = events;
        this.censored = censored;
        this.survival = survival;
        this.standardError = standardError;
        this.exact = exact;
    }

    /** Number of rows (distinct observation times). */
    public int size() {
        return times.length;
    }

    /** The {@code i}-th distinct observation time, increasing. */
    public double time(int i) {
        return times[i];
    }

    /** Observations with time {@code >= time(i)} (censorings at {@code time(i)} included). */
    public long atRisk(int i) {
        return atRisk[i];
    }

    /** Events (ended stays) at {@code time(i)}. */
    public long events(int i) {
        return events[i];
    }

    /** Censorings at {@code time(i)}. */
    public long censored(int i) {
        return censored[i];
    }

    /** {@code S(time(i))}, the survival just after {@code time(i)}. */
    public double survival(int i) {
        return survival[i];
    }

    /**
     * Greenwood standard error of {@code S(time(i))}:
     * {@code S * sqrt(sum over event times t_j <= t_i of d_j / (n_j (n_j - d_j)))}; {@code 0} before
     * the first event and {@code NaN} once {@code S} has reached 0 (as R's survival package).
     */
    public double standardError(int i) {
        return standardError[i];
    }

    /**
     * Whether the times are the raw observation times. {@code false} for the curve of an
     * approximate {@link DurationSketch}, whose times are bin representatives (each within
     * {@link DurationSketch#RELATIVE_ERROR} of the times it stands for).
     */
    public boolean exact() {
        return exact;
    }

    /** Total observations, {@code atRisk(0)} (0 for an empty curve). */
    public long observations() {
        return times.length == 0 ? 0 : atRisk[0];
    }

    /** Total events. */
    public long totalEvents() {
        long sum = 0;
        for (long d : events) {
            sum += d;
        }
        return sum;
    }

    /** {@code S(t)}: 1 before the first event, right-continuous steps at event times. */
    public double survivalAt(double t) {
        double s = 1.0;
        for (int i = 0; i < times.length && times[i] <= t; i++) {
            s = survival[i];
        }
        return s;
    }

    /**
     * The quantile {@code inf { t : S(t) <= 1 - probability }}, i.e. the first event time at which
     * S falls to the level or below (so a curve that is exactly 0.5 on an interval has its median
     * at the interval's start; R's {@code survfit} would take the interval's midpoint).
     *
     * @param probability fraction of stays ended, in {@code (0, 1)}
     */
    public KaplanMeierQuantile quantile(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + probability);
        }
        if (times.length == 0) {
            return KaplanMeierQuantile.undefined(probability, KaplanMeierQuantile.Status.NO_OBSERVATIONS);
        }
        double level = 1 - probability + LEVEL_TOLERANCE;
        boolean anyEvent = false;
        for (int i = 0; i < times.length; i++) {
            if (events[i] > 0) {
                anyEvent = true;
                if (survival[i] <= level) {
                    return KaplanMeierQuantile.exact(probability, times[i]);
                }
            }
        }
        return KaplanMeierQuantile.undefined(probability, anyEvent
                ? KaplanMeierQuantile.Status.NOT_REACHED
                : KaplanMeierQuantile.Status.ALL_CENSORED);
    }
}
