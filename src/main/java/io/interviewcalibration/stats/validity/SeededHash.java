package io.interviewcalibration.stats.validity;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic pseudo-random numbers keyed by (seed, record key[, replicate]), so that random
 * steps depend on the record, never on row order, partitioning or the number of cores. Used for
 * cross-validation folds ({@link Folds}); bootstrap counts come from
 * {@link io.interviewcalibration.stats.resample.PoissonWeights}, the project's one Poisson(1) draw.
 *
 * <p>The key's UTF-8 bytes are hashed with 64-bit FNV-1a; seed, key hash and replicate are
 * combined through the SplitMix64 finalizer (Steele, Lea &amp; Flood 2014), whose output passes
 * standard tests of randomness. The same inputs give the same value on every JVM.
 */
public final class SeededHash {
  private SeededHash() {
  }

  /** 64-bit hash of (seed, key). */
  public static long of(long seed, String key) {
    return mix(mix(seed) ^ fnv1a(key));
  }

  /** 64-bit hash of (seed, key, replicate). */
  public static long of(long seed, String key, int replicate) {
    return mix(of(seed, key) + 0x9E3779B97F4A7C15L * (replicate + 1L));
  }

  /** A uniform number in [0, 1) from a hash (its top 53 bits). */
  public static double uniform(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }

  static long fnv1a(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
