package io.interviewcalibration.stats.durations;

/**
 * The fixed, log-spaced bin layout behind the approximate form of {@link DurationSketch}.
 *
 * <p>Bins, in increasing order of value:
 * <ul>
 *   <li>bin 0 holds exactly {@code 0} (representative 0, no error);</li>
 *   <li>bin 1 holds {@code (0, MIN_POSITIVE]} (representative {@code MIN_POSITIVE / 2}, absolute
 *       error at most {@code MIN_POSITIVE / 2});</li>
 *   <li>bin {@code k >= 2} holds {@code (u[k-1], u[k]]} with {@code u[k] = MIN_POSITIVE * GAMMA^(k-1)},
 *       {@code GAMMA = (1 + a) / (1 - a)}, {@code a = RELATIVE_ERROR}. Its representative is the
 *       harmonic mean {@code r = 2 u[k-1] u[k] / (u[k-1] + u[k])}, for which
 *       {@code |r - x| <= a x} for every {@code x} in the bin: the worst cases are the two edges, where
 *       the relative error is {@code (GAMMA - 1) / (GAMMA + 1) = a}.</li>
 * </ul>
 * Hence for every value {@code 0 <= x <= MAX_VALUE}: {@code |rep(index(x)) - x| <= a x + MIN_POSITIVE / 2}.
 *
 * <p>The bin of a value is found through a table of edges computed once with {@link StrictMath},
 * so it is the same on every JVM, and {@link #index} is non-decreasing in its argument (each value
 * goes to the unique bin whose edges enclose it). This monotonicity is what carries the per-value
 * bound over to order statistics and quantiles (see {@link DurationSketch}).
 */
final class LogBins {

    /** Relative error {@code a} of a bin's representative. */
    static final double RELATIVE_ERROR = 0.005;
    /** Ratio of consecutive bin edges. */
    static final double GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
    /** Upper edge of the bin next to zero; values in {@code (0, MIN_POSITIVE]} share one bin. */
    static final double MIN_POSITIVE = 1e-6;
    /** Largest value the bins cover. */
    static final double MAX_VALUE = 1e6;
    /** Absolute part of the error bound: the half-width of the bin next to zero. */
    static final double ABSOLUTE_ERROR = MIN_POSITIVE / 2;

    private static final double LN_GAMMA = StrictMath.log(GAMMA);
    private static final double[] UPPER;
    private static final double[] REP;
    /** Number of bins. */
    static final int COUNT;

    static {
        int logBins = (int) Math.ceil(StrictMath.log(MAX_VALUE / MIN_POSITIVE) / LN_GAMMA);
        COUNT = logBins + 3; // zero bin, underflow bin, one spare so the last edge is surely >= MAX_VALUE
        UPPER = new double[COUNT];
        REP = new double[COUNT];
        UPPER[0] = 0;
        REP[0] = 0;
        UPPER[1] = MIN_POSITIVE;
        REP[1] = MIN_POSITIVE / 2;
        for (int k = 2; k < COUNT; k++) {
            UPPER[k] = MIN_POSITIVE * StrictMath.pow(GAMMA, k - 1);
            REP[k] = 2 * UPPER[k - 1] * UPPER[k] / (UPPER[k - 1] + UPPER[k]);
        }
        if (UPPER[COUNT - 1] < MAX_VALUE) {
            throw new AssertionError("bin table does not reach MAX_VALUE");
        }
    }

    private LogBins() {
    }

    /** The bin of {@code x}, which must satisfy {@code 0 <= x <= MAX_VALUE} (not checked here). */
    static int index(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x <= MIN_POSITIVE) {
            return 1;
        }
        int k = 1 + (int) Math.ceil(Math.log(x / MIN_POSITIVE) / LN_GAMMA);
        if (k < 2) {
            k = 2;
        } else if (k > COUNT - 1) {
            k = COUNT - 1;
        }
        // The logarithm only gives a first guess; the edge table decides, so rounding in log
        // cannot break monotonicity or differ between JVMs.
        while (k < COUNT - 1 && x > UPPER[k]) {
            k++;
        }
        while (k > 2 && x <= UPPER[k - 1]) {
            k--;
        }
        return k;
    }

    /** The representative value of bin {@code k}. */
    static double representative(int k) {
        return REP[k];
    }

    /** The (inclusive) upper edge of bin {@code k}. */
    static double upper(int k) {
        return UPPER[k];
    }

    /** The (exclusive, except for bin 0) lower edge of bin {@code k}. */
    static double lower(int k) {
        return k == 0 ? 0 : UPPER[k - 1];
    }
}
