package io.interviewcalibration.analysis;

import io.interviewcalibration.stats.resample.PoissonWeights;

/**
 * One candidate's weights in the point estimate and in bootstrap replicates 1..B: weight 1 in the
 * point sum (replicate 0) and {@link PoissonWeights#weight(long, String, int)} of (seed,
 * candidate id, r − 1) in replicate r. Only the non-zero weights are kept, in replicate order,
 * so that adding a candidate's vector skips the replicates it is not drawn into (about e⁻¹ of
 * them).
 *
 * <p>Not thread-safe: it also carries scratch space for {@link ReplicateSums#add}.
 */
final class CandidateDraws {
  private final int[] replicate;
  private final int[] weight;
  private final int count;
  private final int maxWeight;
  final long[] scratchHigh;
  final long[] scratchLow;

  private CandidateDraws(int[] replicate, int[] weight, int count, int maxWeight) {
    this.replicate = replicate;
    this.weight = weight;
    this.count = count;
    this.maxWeight = maxWeight;
    this.scratchHigh = new long[maxWeight + 1];
    this.scratchLow = new long[maxWeight + 1];
  }

  /** The draws of candidate {@code key} for {@code replicates} replicates under {@code seed}. */
  static CandidateDraws of(long seed, String key, int replicates) {
    int[] w = PoissonWeights.weights(seed, key, replicates);
    int[] rep = new int[replicates + 1];
    int[] wt = new int[replicates + 1];
    rep[0] = 0;
    wt[0] = 1;
    int n = 1;
    int max = 1;
    for (int r = 0; r < replicates; r++) {
      if (w[r] > 0) {
        rep[n] = r + 1;
        wt[n] = w[r];
        max = Math.max(max, w[r]);
        n++;
      }
    }
    return new CandidateDraws(rep, wt, n, max);
  }

  /** Number of (replicate, weight) entries, the point estimate first. */
  int count() {
    return count;
  }

  /** Replicate of entry {@code t} (0 = the point estimate). */
  int replicate(int t) {
    return replicate[t];
  }

  /** Weight of entry {@code t} (1 for the point estimate). */
  int weight(int t) {
    return weight[t];
  }

  /** The largest weight of any entry. */
  int maxWeight() {
    return maxWeight;
  }
}
