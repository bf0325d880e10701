package io.interviewcalibration.stats.durations;

import java.util.Arrays;

/**
 * The Kaplan–Meier (product-limit) estimator of the survival function of stay lengths, with
 * stays still open at export time as right-censored observations.
 *
 * <p>Definition: at each distinct time {@code t_i} with {@code d_i} events and {@code n_i}
 * observations at risk, {@code S(t) = prod over t_i <= t of (1 - d_i / n_i)}. Reference:
 * E. L. Kaplan and P. Meier (1958), "Nonparametric estimation from incomplete observations",
 * JASA 53, 457-481; variance by M. Greenwood (1926).
 *
 * <p>Ties: an event and a censoring at the same time count the censored observation as still at
 * risk at that time (events come first), the standard convention, so
 * {@code n_i} = observations with time {@code >= t_i}.
 *
 * <p>Empty input gives an empty curve (quantiles: {@code NO_OBSERVATIONS}); all censored gives
 * {@code S = 1} throughout (quantiles: {@code ALL_CENSORED}).
 */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    /**
     * The curve of ended stays {@code eventTimes} and open stays {@code censoredTimes}, in any
     * order (arguments are not modified).
     *
     * @throws IllegalArgumentException if a time is NaN
     */
    public static SurvivalCurve fit(double[] eventTimes, double[] censoredTimes) {
        double[] e = eventTimes.clone();
        double[] c = censoredTimes.clone();
        Arrays.sort(e);
        Arrays.sort(c);
        if ((e.length > 0 && Double.isNaN(e[e.length - 1]))
                || (c.length > 0 && Double.isNaN(c[c.length - 1]))) {
            throw new IllegalArgumentException("a time is NaN");
        }
        return fitSorted(e, e.length, c, c.length, true);
    }

    /** The curve of the first {@code ne} / {@code nc} entries of two sorted arrays. */
    static SurvivalCurve fitSorted(double[] e, int ne, double[] c, int nc, boolean exact) {
        int distinct = 0;
        double[] times = new double[ne + nc];
        long[] events = new long[ne + nc];
        long[] censored = new long[ne + nc];
        int i = 0;
        int j = 0;
        while (i < ne || j < nc) {
            double t = j >= nc || (i < ne && e[i] <= c[j]) ? e[i] : c[j];
            long d = 0;
            long k = 0;
            while (i < ne && e[i] == t) {
                d++;
                i++;
            }
            while (j < nc && c[j] == t) {
                k++;
                j++;
            }
            times[distinct] = t + 0.0; // -0.0 and 0.0 are one time
            events[distinct] = d;
            censored[distinct] = k;
            distinct++;
        }
        return fromTallies(Arrays.copyOf(times, distinct), Arrays.copyOf(events, distinct),
                Arrays.copyOf(censored, distinct), exact);
    }

    /**
     * The curve of tallied data: at each time {@code times[i]} (strictly increasing),
     * {@code events[i]} ended and {@code censored[i]} open stays.
     *
     * @throws IllegalArgumentException if times are not strictly increasing or counts negative
     */
    public static SurvivalCurve fromTallies(double[] times, long[] events, long[] censored) {
        return fromTallies(times.clone(), events.clone(), censored.clone(), true);
    }

    static SurvivalCurve fromTallies(double[] times, long[] events, long[] censored, boolean exact) {
        int m = times.length;
        if (events.length != m || censored.length != m) {
            throw new IllegalArgumentException("times, events and censored differ in length");
        }
        long total = 0;
        for (int i = 0; i < m; i++) {
            if (events[i] < 0 || censored[i] < 0) {
                throw new IllegalArgumentException("negative count at index " + i);
            }
            if (i > 0 && !(times[i - 1] < times[i])) {
                throw new IllegalArgumentException("times not strictly increasing at index " + i);
            }
            total += events[i] + censored[i];
        }
        long[] atRisk = new long[m];
        double[] survival = new double[m];
        double[] se = new double[m];
        long n = total;
        double s = 1.0;
        double greenwood = 0.0;
        for (int i = 0; i < m; i++) {
            long d = events[i];
            atRisk[i] = n;
            if (d > 0) {
                s *= 1.0 - (double) d / n;
                greenwood = n > d ? greenwood + (double) d / ((double) n * (n - d)) : Double.NaN;
            }
            survival[i] = s;
            se[i] = s == 0 ? Double.NaN : s * Math.sqrt(greenwood);
            n -= d + censored[i];
        }
        return new SurvivalCurve(times, atRisk, events, censored, survival, se, exact);
    }
}
