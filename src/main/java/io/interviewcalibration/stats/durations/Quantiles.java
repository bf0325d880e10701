package io.interviewcalibration.stats.durations;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics: Hyndman and Fan's
 * definition 7, the default of R's {@code quantile()} and of NumPy's {@code percentile}.
 *
 * <p>For sorted values {@code x[0] <= ... <= x[n-1]} and {@code 0 <= p <= 1}, let
 * {@code h = (n - 1) p}, {@code j = floor(h)} and {@code g = h - j}. Then
 * <pre>  Q(p) = x[j] + g (x[j+1] - x[j])     (Q(p) = x[n-1] when j = n - 1)</pre>
 * so {@code Q(0)} is the minimum, {@code Q(1)} the maximum and, for odd {@code n}, {@code Q(0.5)}
 * the middle value.
 *
 * <p>Reference: R. J. Hyndman and Y. Fan (1996), "Sample quantiles in statistical packages",
 * <i>The American Statistician</i> 50(4), 361-365, definition 7.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The type-7 quantile of already sorted values.
     *
     * @param sortedValues values in non-decreasing order, no NaN (checked; the array is not modified)
     * @param p            probability in {@code [0, 1]}
     * @return the quantile; {@code NaN} when {@code sortedValues} is empty
     * @throws IllegalArgumentException if {@code p} is outside {@code [0, 1]} or NaN, or the values
     *                                  are not sorted or contain NaN
     */
    public static double type7(double[] sortedValues, double p) {
        for (int i = 1; i < sortedValues.length; i++) {
            if (!(sortedValues[i - 1] <= sortedValues[i])) {
                throw new IllegalArgumentException(
                        "values are not sorted or contain NaN at index " + i);
            }
        }
        if (sortedValues.length == 1 && Double.isNaN(sortedValues[0])) {
            throw new IllegalArgumentException("value is NaN");
        }
        return type7(sortedValues, sortedValues.length, p);
    }

    /**
     * The type-7 quantile of values in any order (they are copied and sorted; the argument is
     * not modified).
     *
     * @return the quantile; {@code NaN} when {@code values} is empty
     * @throws IllegalArgumentException if {@code p} is outside {@code [0, 1]} or a value is NaN
     */
    public static double type7Unsorted(double[] values, double p) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return type7(copy, p);
    }

    /** Type 7 over the first {@code n} entries of {@code sorted}, which are trusted to be sorted. */
    static double type7(double[] sorted, int n, double p) {
        checkProbability(p);
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int j = (int) Math.floor(h);
        if (j >= n - 1) {
            return sorted[n - 1];
        }
        double g = h - j;
        double lo = sorted[j];
        return g == 0 ? lo : lo + g * (sorted[j + 1] - lo);
    }

    static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
    }
}
