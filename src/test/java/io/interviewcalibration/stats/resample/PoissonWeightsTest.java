package io.interviewcalibration.stats.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Deterministic Poisson(1) weights from a hash of (seed, key, replicate): right distribution,
 * independent of call order, uncorrelated across replicates, keys and seeds.
 */
class PoissonWeightsTest {

    private static final int KEYS = 200_000;
    private static final long SEED = 20_240_101L;
    /** SE of a mean of 200 000 Poisson(1) draws is 0.0022; 0.01 is 4.5 SE. */
    private static final double MEAN_TOLERANCE = 0.01;
    /** SE of the sample variance is √((μ4 − σ⁴)/n) = √(3/200 000) ≈ 0.0039; 0.02 is 5 SE. */
    private static final double VARIANCE_TOLERANCE = 0.02;
    /** SE of P(w = 0) ≈ √(0.37·0.63/200 000) ≈ 0.0011; 0.005 is 4.6 SE. */
    private static final double PROBABILITY_TOLERANCE = 0.005;
    /** SE of a correlation of independent draws is 1/√200 000 ≈ 0.0022; 0.01 is 4.5 SE. */
    private static final double CORRELATION_TOLERANCE = 0.01;

    /** Weights of key "candidate-1" under seed 42 in replicates 0..11, and the hash of the empty key. */
    private static final int[] PINNED = {0, 1, 0, 2, 2, 0, 2, 1, 2, 1, 1, 1};
    private static final long PINNED_EMPTY_KEY_HASH = -780787492076525413L;

    private static String key(int i) {
        return "candidate-" + i;
    }

    private static double[] draws(long seed, int replicate, int keyOffset) {
        double[] w = new double[KEYS];
        for (int i = 0; i < KEYS; i++) {
            w[i] = PoissonWeights.weight(seed, key(i + keyOffset), replicate);
        }
        return w;
    }

    @Test
    void weightsArePoissonOne() {
        double[] w = draws(SEED, 0, 0);
        double mean = 0;
        int zeros = 0;
        int ones = 0;
        for (double x : w) {
            mean += x / KEYS;
            zeros += x == 0 ? 1 : 0;
            ones += x == 1 ? 1 : 0;
        }
        double var = 0;
        for (double x : w) {
            var += (x - mean) * (x - mean) / (KEYS - 1);
        }
        assertThat(mean).isCloseTo(1.0, within(MEAN_TOLERANCE));
        assertThat(var).isCloseTo(1.0, within(VARIANCE_TOLERANCE));
        assertThat(zeros / (double) KEYS).isCloseTo(Math.exp(-1), within(PROBABILITY_TOLERANCE));
        assertThat(ones / (double) KEYS).isCloseTo(Math.exp(-1), within(PROBABILITY_TOLERANCE));
    }

    @Test
    void replicatesKeysAndSeedsAreUncorrelated() {
        double[] r0 = draws(SEED, 0, 0);
        assertThat(correlation(r0, draws(SEED, 1, 0))).as("replicate 0 vs 1").isCloseTo(0, within(CORRELATION_TOLERANCE));
        assertThat(correlation(r0, draws(SEED, 137, 0))).as("replicate 0 vs 137").isCloseTo(0, within(CORRELATION_TOLERANCE));
        assertThat(correlation(r0, draws(SEED, 0, 1))).as("adjacent keys").isCloseTo(0, within(CORRELATION_TOLERANCE));
        assertThat(correlation(r0, draws(SEED + 1, 0, 0))).as("adjacent seeds").isCloseTo(0, within(CORRELATION_TOLERANCE));
    }

    @Test
    void weightsDependOnlyOnSeedKeyAndReplicate() {
        int n = 500;
        int replicates = 50;
        int[][] forward = new int[n][];
        for (int i = 0; i < n; i++) {
            forward[i] = PoissonWeights.weights(SEED, key(i), replicates);
        }
        List<int[]> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < replicates; r++) {
                calls.add(new int[] {i, r});
            }
        }
        Collections.shuffle(calls, new Random(3));
        for (int[] c : calls) {
            assertThat(PoissonWeights.weight(SEED, key(c[0]), c[1])).isEqualTo(forward[c[0]][c[1]]);
            assertThat(PoissonWeights.weight(SEED, PoissonWeights.keyHash(key(c[0])), c[1])).isEqualTo(forward[c[0]][c[1]]);
        }
    }

    @Test
    void weightsArePinnedSoPublishedIntervalsStayReproducible() {
        // changing the hash would silently change every bootstrap interval the job has written
        assertThat(PoissonWeights.weights(42L, "candidate-1", 12)).containsExactly(PINNED);
        assertThat(PoissonWeights.keyHash("")).isEqualTo(PINNED_EMPTY_KEY_HASH);
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
