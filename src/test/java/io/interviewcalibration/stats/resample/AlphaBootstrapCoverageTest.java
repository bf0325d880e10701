package io.interviewcalibration.stats.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.interviewcalibration.stats.agreement.IntervalAlphaMoments;
import io.interviewcalibration.stats.agreement.KrippendorffAlpha;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Coverage of the cluster (candidate) Poisson bootstrap percentile interval for interval alpha,
 * computed as the distributed job does it: one linear contribution per candidate
 * ({@link IntervalAlphaMoments}), summed with {@link PoissonWeights} for all B replicates in one
 * pass, then {@link PercentileInterval} (R type-7 quantiles).
 *
 * <p>Model (continuous ratings, not rounded): a fixed pool of P = 12 interviewers with fixed
 * severities s<sub>j</sub> = −0.55 + 0.1j (j = 0..11, population variance V<sub>s</sub> =
 * 1.43/12); each candidate has ability θ ~ N(0, 1), is seen by 2, 3 or 4 interviewers (equally
 * likely) drawn without replacement from the pool, and gets ratings θ + s<sub>j</sub> + ε,
 * ε ~ N(0, 0.7²).
 *
 * <p>True value: as the number of candidates grows, D<sub>o</sub> tends to the expected squared
 * difference of two ratings of one candidate, 2(P/(P − 1))V<sub>s</sub> + 2σ²<sub>ε</sub> (two
 * distinct interviewers), and D<sub>e</sub> to that of ratings of different candidates,
 * 2σ²<sub>θ</sub> + 2V<sub>s</sub> + 2σ²<sub>ε</sub>, so α = 1 − (0.13 + 0.49)/(1 + 0.1191667 +
 * 0.49) ≈ 0.6147. A very large simulated dataset checks this value.
 *
 * <p>What the investigation found (seeds other than these tests'): with B = 200 the 95% percentile
 * interval undercovers a little. Two causes: (1) type-7 quantiles of B replicates put the ends
 * at order statistics 1 + (B − 1)p, so even when the bootstrap distribution is exact the expected
 * coverage is (B − 1)/(B + 1) × 95% = 94.05% for B = 200 (94.8% for B = 1000); (2) at small
 * samples alpha is biased low and skewed, and the interval falls below the truth about 2.5 times
 * as often as above it. Measured coverage: 92.8% at 80 candidates (20 000 datasets), 93.1% at 100
 * (10 000), about 93.5% at 200–1600 candidates (14 500 datasets in all); with B = 1000 at 80
 * candidates 93.9%. BCa intervals did not do better (93.1% at 80 candidates, B = 200). The
 * acceptance band is therefore checked on the larger sample, where it holds in expectation with
 * about half a point to spare, and the small-sample undercoverage is measured and pinned.
 */
class AlphaBootstrapCoverageTest {

    private static final int POOL = 12;
    private static final double SIGMA_ABILITY = 1.0;
    private static final double SIGMA_NOISE = 0.7;
    private static final int REPLICATES = 200;
    private static final double LEVEL = 0.95;
    /** Datasets for the acceptance check: coverage standard error √(0.95·0.05/2000) ≈ 0.005. */
    private static final int LARGE_SAMPLE_DATASETS = 2000;
    /** Datasets for the small-sample measurement: standard error ≈ 0.008. */
    private static final int SMALL_SAMPLE_DATASETS = 1000;
    /** A quarter of a larger hiring pipeline: enough candidates for the percentile method. */
    private static final int LARGE_SAMPLE = 400;
    /** The brief's small quarter: 60–100 candidates. */
    private static final int SMALL_SAMPLE = 80;
    private static final long DATA_SEED = 8_675_309L;
    private static final long BOOTSTRAP_SEED = 1_234_567L;

    /** Acceptance band for the nominal 95% interval (not widened after the investigation). */
    private static final double MIN_COVERAGE = 0.93;
    private static final double MAX_COVERAGE = 0.97;
    /**
     * The small-sample coverage measured on 20 000 other datasets is 0.928; with 1000 datasets
     * the standard error is 0.008, so the observed rate must lie within about 3 SE of it: in
     * [0.90, 0.95). Failing this means the interval's behaviour changed and the class comment
     * needs updating.
     */
    private static final double SMALL_SAMPLE_LOW = 0.90;
    private static final double SMALL_SAMPLE_HIGH = 0.95;
    /**
     * Alpha of 200 000 simulated candidates vs the analytic value: the standard deviation of alpha
     * over 80 candidates is 0.057, so over 200 000 it is about 0.057·√(80/200 000) ≈ 0.0011;
     * 0.005 is 4.5 SE.
     */
    private static final double LARGE_SAMPLE_TOLERANCE = 0.005;

    private static final double[] SEVERITY = new double[POOL];

    static {
        for (int j = 0; j < POOL; j++) {
            SEVERITY[j] = -0.55 + 0.1 * j;
        }
    }

    static double trueAlpha() {
        double mean = 0;
        for (double s : SEVERITY) {
            mean += s / POOL;
        }
        double vs = 0;
        for (double s : SEVERITY) {
            vs += (s - mean) * (s - mean) / POOL;
        }
        double noise = SIGMA_NOISE * SIGMA_NOISE;
        double within = POOL / (POOL - 1.0) * vs + noise;
        double between = SIGMA_ABILITY * SIGMA_ABILITY + vs + noise;
        return 1 - within / between;
    }

    /** One candidate's linear contribution: ratings by a random panel from the fixed pool. */
    private static double[] candidate(SplittableRandom rnd, int[] pool) {
        double ability = SIGMA_ABILITY * gaussian(rnd);
        int panel = 2 + rnd.nextInt(3);
        double[] ratings = new double[panel];
        for (int i = 0; i < panel; i++) {
            int j = i + rnd.nextInt(POOL - i); // partial Fisher–Yates: distinct interviewers
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
            ratings[i] = ability + SEVERITY[pool[i]] + SIGMA_NOISE * gaussian(rnd);
        }
        return IntervalAlphaMoments.ofUnit(ratings).vector();
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box–Muller; SplittableRandom has no nextGaussian in Java 17
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private static int[] identityPool() {
        int[] pool = new int[POOL];
        for (int j = 0; j < POOL; j++) {
            pool[j] = j;
        }
        return pool;
    }

    /** Share of datasets whose percentile interval contains the true alpha; prints the details. */
    private static double coverage(int candidates, int datasets, long dataSeed, long bootstrapSeed) {
        double truth = trueAlpha();
        int[] pool = identityPool();
        int width = 5;
        double[][] contributions = new double[candidates][];
        double[] sums = new double[REPLICATES * width];
        double[] alphas = new double[REPLICATES];
        int covered = 0;
        int below = 0;
        int dropped = 0;
        for (int d = 0; d < datasets; d++) {
            SplittableRandom rnd = new SplittableRandom(dataSeed + d);
            for (int c = 0; c < candidates; c++) {
                contributions[c] = candidate(rnd, pool);
            }
            Arrays.fill(sums, 0);
            long seed = bootstrapSeed + d;
            for (int c = 0; c < candidates; c++) {
                int[] w = PoissonWeights.weights(seed, "candidate-" + c, REPLICATES);
                double[] v = contributions[c];
                for (int b = 0; b < REPLICATES; b++) {
                    if (w[b] != 0) {
                        int at = b * width;
                        for (int i = 0; i < width; i++) {
                            sums[at + i] += w[b] * v[i];
                        }
                    }
                }
            }
            for (int b = 0; b < REPLICATES; b++) {
                double[] replicate = Arrays.copyOfRange(sums, b * width, (b + 1) * width);
                alphas[b] = KrippendorffAlpha.of(IntervalAlphaMoments.fromVector(replicate)).value();
            }
            PercentileInterval ci = PercentileInterval.of(alphas, LEVEL);
            dropped += ci.dropped();
            if (ci.low() <= truth && truth <= ci.high()) {
                covered++;
            } else if (ci.high() < truth) {
                below++;
            }
        }
        double rate = covered / (double) datasets;
        System.out.printf("interval alpha, %.0f%% percentile interval, Poisson cluster bootstrap (B = %d): "
                        + "coverage %.3f over %d datasets of %d candidates; interval below the truth %d times, "
                        + "above %d; NaN replicates %d; true alpha %.4f%n",
                100 * LEVEL, REPLICATES, rate, datasets, candidates, below, datasets - covered - below, dropped, truth);
        return rate;
    }

    @Test
    void theAnalyticTrueValueMatchesAVeryLargeSample() {
        SplittableRandom rnd = new SplittableRandom(DATA_SEED - 1);
        int[] pool = identityPool();
        double[] sum = new double[5];
        for (int c = 0; c < 200_000; c++) {
            double[] v = candidate(rnd, pool);
            for (int i = 0; i < 5; i++) {
                sum[i] += v[i];
            }
        }
        double alpha = KrippendorffAlpha.of(IntervalAlphaMoments.fromVector(sum)).value();
        assertThat(alpha).isCloseTo(trueAlpha(), within(LARGE_SAMPLE_TOLERANCE));
    }

    @Test
    void percentileIntervalCoversTheTrueAlphaOnLargerSamples() {
        assertThat(coverage(LARGE_SAMPLE, LARGE_SAMPLE_DATASETS, DATA_SEED, BOOTSTRAP_SEED)).isBetween(MIN_COVERAGE, MAX_COVERAGE);
    }

    @Test
    void percentileIntervalUndercoversSlightlyOnSmallSamples() {
        double rate = coverage(SMALL_SAMPLE, SMALL_SAMPLE_DATASETS, DATA_SEED + 1_000_000, BOOTSTRAP_SEED + 1_000_000);
        assertThat(rate).isGreaterThanOrEqualTo(SMALL_SAMPLE_LOW).isLessThan(SMALL_SAMPLE_HIGH);
    }
}
