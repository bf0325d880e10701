package io.interviewcalibration.stats.durations;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A distribution-free confidence interval for a population quantile, from order statistics.
 *
 * <p>Definition: for {@code n} values with order statistics {@code x(1) <= ... <= x(n)} and the
 * population {@code p}-quantile {@code xi}, the number of values below {@code xi} is
 * {@code B ~ Binomial(n, p)}, so {@code P(x(r) <= xi < x(s)) = P(r <= B < s) = F(s-1) - F(r-1)} with
 * {@code F} the binomial distribution function. The interval is {@code [x(r), x(s)]} with
 * {@code r} the largest rank with {@code F(r-1) <= alpha/2} and {@code s} the smallest rank with
 * {@code F(s-1) >= 1 - alpha/2}, {@code alpha = 1 - confidence}; its coverage is at least
 * {@code confidence} for any continuous distribution (equal-tailed, conservative because {@code B}
 * is discrete). Reference: W. J. Conover (1999), <i>Practical Nonparametric Statistics</i>, 3rd
 * ed., section 3.2 (confidence interval for a quantile), using the exact binomial rather than its
 * normal approximation.
 *
 * <p>When {@code r < 1} (too few values below) the lower limit does not exist and {@code low} is
 * {@code NaN}; when {@code s > n} the upper limit does not exist and {@code high} is {@code NaN}
 * ({@link #lowDefined()}, {@link #highDefined()}). Example: n = 10, p = 0.5, 95%: {@code r = 2},
 * {@code s = 9}, coverage {@code 1002/1024 = 0.9785}.
 *
 * <p>From a {@link DurationSketch}: {@code x(k)} is the sketch's type-7 quantile at
 * {@code (k - 1) / (n - 1)}, exact in the sketch's exact form and within
 * {@link DurationSketch#quantileError(double)} of it in the approximate form.
 *
 * @param probability the quantile's probability {@code p}, in {@code (0, 1)}
 * @param confidence  the confidence level, in {@code (0, 1)}
 * @param lowRank     {@code r} (1-based; 0 when the lower limit does not exist)
 * @param highRank    {@code s} (1-based; {@code n + 1} when the upper limit does not exist)
 * @param low         {@code x(r)}, or {@code NaN}
 * @param high        {@code x(s)}, or {@code NaN}
 */
public record QuantileInterval(double probability, double confidence, long lowRank, long highRank,
        double low, double high) {

    /** The usual confidence level of the job's intervals. */
    public static final double CONFIDENCE_95 = 0.95;

    /**
     * The ranks {@code r} and {@code s} for {@code n} values (values themselves {@code NaN}).
     *
     * @throws IllegalArgumentException if {@code n < 0} or a probability is outside {@code (0, 1)}
     */
    public static QuantileInterval ranks(long n, double probability, double confidence) {
        if (!(probability > 0 && probability < 1) || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(
                    "probability and confidence must be in (0, 1): " + probability + ", " + confidence);
        }
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("n out of range: " + n);
        }
        if (n == 0) {
            return new QuantileInterval(probability, confidence, 0, 1, Double.NaN, Double.NaN);
        }
        double tail = (1 - confidence) / 2;
        BinomialDistribution b = new BinomialDistribution(null, (int) n, probability);
        // r - 1 = the largest k with F(k) <= tail
        int k = b.inverseCumulativeProbability(tail); // smallest k with F(k) >= tail
        long r = b.cumulativeProbability(k) <= tail ? k + 1L : k;
        // s - 1 = the smallest k with F(k) >= 1 - tail
        long s = b.inverseCumulativeProbability(1 - tail) + 1L;
        return new QuantileInterval(probability, confidence, Math.max(0, r), Math.min(n + 1, s),
                Double.NaN, Double.NaN);
    }

    /** The interval of the completed values of {@code sketch}. */
    public static QuantileInterval of(DurationSketch sketch, double probability, double confidence) {
        long n = sketch.completed();
        QuantileInterval ranks = ranks(n, probability, confidence);
        return new QuantileInterval(probability, confidence, ranks.lowRank, ranks.highRank,
                orderStatistic(sketch, ranks.lowRank), orderStatistic(sketch, ranks.highRank));
    }

    /** {@code x(k)} of the sketch's completed values, {@code NaN} for a rank outside 1..n. */
    private static double orderStatistic(DurationSketch sketch, long k) {
        long n = sketch.completed();
        if (k < 1 || k > n) {
            return Double.NaN;
        }
        if (n == 1) {
            return sketch.quantile(0);
        }
        return sketch.quantile(Math.min(1.0, (double) (k - 1) / (n - 1)));
    }

    /** Whether the lower limit exists. */
    public boolean lowDefined() {
        return !Double.isNaN(low);
    }

    /** Whether the upper limit exists. */
    public boolean highDefined() {
        return !Double.isNaN(high);
    }
}
