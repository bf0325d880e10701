package io.interviewcalibration.stats.resample;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic Poisson(1) bootstrap weights: the weight of a cluster (e.g. a candidate) in a
 * replicate is a pure function of (seed, cluster key, replicate), so the same inputs and seed give
 * the same weights whatever the partitioning, order or number of machines.
 *
 * <p>Construction: the key's UTF-8 bytes are hashed to 64 bits (FNV-1a, then the SplitMix64
 * finaliser for avalanche); the seed, mixed the same way, is XORed in and mixed again to give a
 * per-(seed, key) base; replicate r takes the r-th output of a SplitMix64 stream started at that
 * base, i.e. mix(base + (r + 1)·γ) with γ = 0x9E3779B97F4A7C15; the top 53 bits give a uniform
 * u ∈ [0, 1) and the weight is the inverse CDF of Poisson(1) at u (the smallest w with
 * F(w) &gt; u, F(w) = e<sup>−1</sup> Σ<sub>i≤w</sub> 1/i!).
 *
 * <p>References: Steele, G.L., Lea, D. &amp; Flood, C.H. (2014). Fast splittable pseudorandom
 * number generators. OOPSLA '14 (SplitMix64). Hanley, J.A. &amp; MacGibbon, B. (2006). Creating
 * non-parametric bootstrap samples using Poisson frequencies. Computer Methods and Programs in
 * Biomedicine 83, 57–62.
 */
public final class PoissonWeights {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

    /** F(w) of Poisson(1) for w = 0..; the last entry is 1 so the search always ends. */
    private static final double[] CDF = poissonOneCdf();

    private PoissonWeights() {
    }

    /**
     * The Poisson(1) weight of cluster {@code key} in bootstrap replicate {@code replicate}.
     *
     * @throws IllegalArgumentException if {@code replicate} is negative
     */
    public static int weight(long seed, String key, int replicate) {
        return weight(seed, keyHash(key), replicate);
    }

    /**
     * The same as {@link #weight(long, String, int)} given the key's {@link #keyHash(String)},
     * to hash each key once when drawing many replicates.
     */
    public static int weight(long seed, long keyHash, int replicate) {
        if (replicate < 0) {
            throw new IllegalArgumentException("replicate must be non-negative, got " + replicate);
        }
        long base = base(seed, keyHash);
        return poissonOne(mix64(base + (replicate + 1L) * GOLDEN_GAMMA));
    }

    /** The weights of {@code key} in replicates 0..replicates − 1. */
    public static int[] weights(long seed, String key, int replicates) {
        if (replicates < 0) {
            throw new IllegalArgumentException("replicates must be non-negative, got " + replicates);
        }
        long base = base(seed, keyHash(key));
        int[] w = new int[replicates];
        for (int r = 0; r < replicates; r++) {
            w[r] = poissonOne(mix64(base + (r + 1L) * GOLDEN_GAMMA));
        }
        return w;
    }

    /** A well-mixed 64-bit hash of the key's UTF-8 bytes. */
    public static long keyHash(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        long h = FNV_OFFSET;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return mix64(h ^ bytes.length);
    }

    private static long base(long seed, long keyHash) {
        return mix64(keyHash ^ mix64(seed + GOLDEN_GAMMA));
    }

    /** SplitMix64's output function (Stafford's variant 13). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int poissonOne(long bits) {
        double u = (bits >>> 11) * TWO_TO_MINUS_53;
        int w = 0;
        while (u >= CDF[w]) {
            w++;
        }
        return w;
    }

    private static double[] poissonOneCdf() {
        double[] cdf = new double[24];
        double p = Math.exp(-1);
        double f = 0;
        for (int w = 0; w < cdf.length; w++) {
            f += p;
            cdf[w] = f;
            p /= (w + 1);
        }
        cdf[cdf.length - 1] = 1.0; // P(X > 22) < 1e-23, far below the 2^-53 resolution of u
        return cdf;
    }
}
