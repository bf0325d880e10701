package io.interviewcalibration.stats.validity;

/**
 * Assignment of candidates to cross-validation folds from a hash of (seed, candidate id).
 *
 * <p>A candidate's fold depends only on the seed, its id and k: never on row order, partitioning
 * or which other candidates are present, so the same candidate lands in the same fold on one core
 * or a cluster. Fold sizes are balanced in expectation (each fold has probability 1/k; the modulo
 * bias of a 64-bit hash is below 10⁻¹⁸), not exactly.
 */
public final class Folds {
  private Folds() {
  }

  /** The fold, in [0, k), of the candidate with the given id. */
  public static int of(long seed, String candidateId, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1");
    }
    return (int) Long.remainderUnsigned(SeededHash.of(seed, candidateId), k);
  }

  /** The folds of all ids, in their order. */
  public static int[] assign(long seed, String[] candidateIds, int k) {
    int[] f = new int[candidateIds.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = of(seed, candidateIds[i], k);
    }
    return f;
  }
}
