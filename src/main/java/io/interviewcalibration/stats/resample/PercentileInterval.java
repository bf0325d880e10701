package io.interviewcalibration.stats.resample;

import java.util.Arrays;

/**
 * Bootstrap percentile interval: the (1 − level)/2 and (1 + level)/2 quantiles of the replicate
 * estimates, using R's type-7 quantile (linear interpolation between order statistics: with
 * sorted x<sub>1..n</sub> and h = (n − 1)p, Q(p) = x<sub>⌊h⌋+1</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+2</sub> −
 * x<sub>⌊h⌋+1</sub>)).
 *
 * <p>Replicates that are {@code NaN} (a resample on which the statistic is undefined, e.g. no
 * variation) are dropped and counted in {@link #dropped()}; the interval describes the remaining
 * replicates, which is a conditional interval when many are dropped, so callers should report the
 * count. When fewer than {@link #MIN_REPLICATES} replicates remain, both ends are {@code NaN}
 * and {@link #tooFewReplicates()} is true.
 *
 * <p>References: Efron, B. &amp; Tibshirani, R.J. (1993). An Introduction to the Bootstrap,
 * ch. 13. Hyndman, R.J. &amp; Fan, Y. (1996). Sample quantiles in statistical packages. The
 * American Statistician 50(4), 361–365 (definition 7).
 *
 * @param low lower end, or {@code NaN}
 * @param high upper end, or {@code NaN}
 * @param level the nominal coverage, e.g. 0.95
 * @param used replicates used
 * @param dropped {@code NaN} replicates dropped
 */
public record PercentileInterval(double low, double high, double level, int used, int dropped) {

    /** Fewest usable replicates for which an interval is given. */
    public static final int MIN_REPLICATES = 2;

    /**
     * The percentile interval of the replicates at the given level.
     *
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     */
    public static PercentileInterval of(double[] replicates, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        double[] x = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int dropped = replicates.length - x.length;
        if (x.length < MIN_REPLICATES) {
            return new PercentileInterval(Double.NaN, Double.NaN, level, x.length, dropped);
        }
        double tail = (1 - level) / 2;
        return new PercentileInterval(quantile(x, tail), quantile(x, 1 - tail), level, x.length, dropped);
    }

    /**
     * R type-7 quantile of an ascending, NaN-free, non-empty array.
     *
     * @throws IllegalArgumentException if {@code p} is outside [0, 1] or the array is empty
     */
    public static double quantile(double[] sortedAscending, double p) {
        if (!(p >= 0 && p <= 1) || sortedAscending.length == 0) {
            throw new IllegalArgumentException("need p in [0, 1] and at least one value");
        }
        double h = (sortedAscending.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sortedAscending.length - 1) {
            return sortedAscending[sortedAscending.length - 1];
        }
        double frac = h - lo;
        double a = sortedAscending[lo];
        double b = sortedAscending[lo + 1];
        return frac == 0 ? a : a + frac * (b - a);
    }

    /** Whether too few replicates remained for an interval. */
    public boolean tooFewReplicates() {
        return used < MIN_REPLICATES;
    }
}
