package io.interviewcalibration.stats.durations;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A proportion {@code successes / trials} with a Wilson score interval.
 *
 * <p>Wilson (1927) interval at confidence {@code 1 - alpha}, with {@code z} the
 * {@code 1 - alpha/2} standard normal quantile, {@code n = trials}, {@code k = successes}:
 * <pre>  (k + z^2/2) / (n + z^2)  ±  z sqrt(n) / (n + z^2) * sqrt(p(1 - p) + z^2 / (4n)),   p = k/n</pre>
 * clipped to {@code [0, 1]}. It stays inside {@code [0, 1]} and behaves well for {@code k = 0} or
 * {@code k = n}, unlike the Wald interval. References: E. B. Wilson (1927), JASA 22, 209-212;
 * R. G. Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
 * seven methods", <i>Statistics in Medicine</i> 17, 857-872 (method 3).
 *
 * <p>With no trials the estimate and both bounds are {@code NaN}. Rates merge by adding counts
 * ({@link #plus}).
 *
 * @param successes the count of interest, {@code 0 <= successes <= trials}
 * @param trials    the denominator
 */
public record Rate(long successes, long trials) {

    /** The 0.975 standard normal quantile, for 95% intervals. */
    public static final double Z95 = 1.959963984540054;

    public Rate {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "need 0 <= successes <= trials, got " + successes + " / " + trials);
        }
    }

    /** A rate of {@code successes} out of {@code trials}. */
    public static Rate of(long successes, long trials) {
        return new Rate(successes, trials);
    }

    /** {@code successes / trials}; {@code NaN} when there are no trials. */
    public double estimate() {
        return trials == 0 ? Double.NaN : (double) successes / trials;
    }

    /** Lower bound of the Wilson 95% interval; {@code NaN} when there are no trials. */
    public double low() {
        return wilson(Z95, -1);
    }

    /** Upper bound of the Wilson 95% interval; {@code NaN} when there are no trials. */
    public double high() {
        return wilson(Z95, +1);
    }

    /**
     * The Wilson interval at another confidence level.
     *
     * @param confidence in {@code (0, 1)}, e.g. 0.9
     * @return {@code {low, high}}; both {@code NaN} when there are no trials
     */
    public double[] interval(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
        return new double[] {wilson(z, -1), wilson(z, +1)};
    }

    /** The rate of the pooled counts. */
    public Rate plus(Rate other) {
        return new Rate(successes + other.successes, trials + other.trials);
    }

    private double wilson(double z, int sign) {
        if (trials == 0) {
            return Double.NaN;
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (successes + z2 / 2) / (n + z2);
        double half = z * Math.sqrt(n) / (n + z2) * Math.sqrt(p * (1 - p) + z2 / (4 * n));
        double bound = centre + sign * half;
        if (sign < 0 && successes == 0) {
            return 0.0; // exact algebraically; avoids a -1e-17 from rounding
        }
        if (sign > 0 && successes == trials) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, bound));
    }
}
