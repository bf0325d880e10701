package io.interviewcalibration.stats.validity;

import io.interviewcalibration.stats.resample.PoissonWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Data-suggested rubric weights.
 *
 * <p>Fit: the outcome regressed on the competency means in rating units with non-negative slopes
 * and a free intercept ({@link NonNegativeLeastSquares} for a continuous outcome,
 * {@link NonNegativeLogisticRegression} for a binary one). Since every competency is rated on
 * the rubric's one scale, the best linear composite weighs competency j in proportion to b<sub>j</sub>;
 * rescaled, w<sub>j</sub> = total · b<sub>j</sub> / Σb is the share of the composite it should carry. A
 * competency that adds nothing given the others gets weight 0. Johnson's relative weights
 * ({@link RelativeWeights}) measure importance and are reported beside these, not used as weights.
 *
 * <p>Intervals: Poisson bootstrap (each candidate enters replicate r with a Poisson(1) count from
 * {@link PoissonWeights#weight}(seed, id, r)), refitting and rescaling in each replicate; percentile
 * intervals (R type 7 quantiles). Replicates run in parallel and are combined in replicate order, so
 * the result does not depend on the number of threads. Replicates whose fit fails or whose
 * coefficients are all zero are skipped and counted; fewer than half of the requested replicates (or fewer than 20) usable gives
 * {@link Reason#TOO_FEW_REPLICATES}. The interval of (suggested − current) is the weight's interval
 * shifted by the (fixed) current weight, and drives the {@link Recommendation}.
 *
 * <p>Degenerate input: the fit's reason; all coefficients zero → {@link Reason#NO_POSITIVE_WEIGHT}.
 */
public final class SuggestedWeights {
  private SuggestedWeights() {
  }

  /** Suggested weights from the full data. */
  public static WeightSuggestion fit(double[][] x, double[] y, OutcomeType type, int total) {
    return fit(x, y, null, type, total);
  }

  /** Suggested weights with case weights (null = all ones). */
  public static WeightSuggestion fit(double[][] x, double[] y, double[] caseWeights, OutcomeType type, int total) {
    int p = Numeric.columns(x);
    NonNegativeFit f = type.nonNegativeFit(x, y, caseWeights);
    if (!f.fitted()) {
      return new WeightSuggestion(f.slopes(), Numeric.nanArray(p), null, f.n(), f.reason());
    }
    double[] w = rescale(f.slopes(), total);
    if (w == null) {
      return new WeightSuggestion(f.slopes(), Numeric.nanArray(p), null, f.n(), Reason.NO_POSITIVE_WEIGHT);
    }
    return new WeightSuggestion(f.slopes(), w, LargestRemainder.round(w, total), f.n(), null);
  }

  /** The Poisson(1) count of every case in replicate r, from the cases' key hashes. */
  static double[] poissonCounts(long seed, long[] keys, int r) {
    double[] w = new double[keys.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = PoissonWeights.weight(seed, keys[i], r);
    }
    return w;
  }

  /** {@link PoissonWeights#keyHash} of every id, hashed once for all replicates. */
  static long[] keyHashes(String[] ids) {
    long[] keys = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      keys[i] = PoissonWeights.keyHash(ids[i]);
    }
    return keys;
  }

  /** total · b<sub>j</sub> / Σb; {@code null} when Σb is not positive. */
  public static double[] rescale(double[] coefficients, double total) {
    double sum = 0;
    for (double b : coefficients) {
      if (b < 0) {
        throw new IllegalArgumentException("coefficients must be non-negative");
      }
      sum += b;
    }
    if (!(sum > 0)) {
      return null;
    }
    double[] w = new double[coefficients.length];
    for (int j = 0; j < w.length; j++) {
      w[j] = total * coefficients[j] / sum;
    }
    return w;
  }

  /**
   * Suggested versus current weights with bootstrap intervals and a recommendation per competency.
   *
   * @param currentWeights the rubric's current weights, in the same units as {@code total}
   * @param ids            candidate ids (keys of the bootstrap draws)
   * @param replicates     bootstrap replicates, e.g. 500
   * @param minN           the job's minimum n; below it every recommendation is insufficient evidence
   */
  public static WeightComparison compare(double[][] x, double[] y, OutcomeType type, double[] currentWeights, int total,
      String[] ids, long seed, int replicates, double confidence, int minN) {
    int p = Numeric.columns(x);
    Numeric.checkSameLength(currentWeights.length, p, "current weights");
    Numeric.checkSameLength(ids.length, y.length, "ids");
    Numeric.checkConfidence(confidence);
    WeightSuggestion point = fit(x, y, type, total);
    double[][] draws = new double[p][replicates];
    int used = 0;
    if (point.reason() == null) {
      // replicates run in parallel and are combined in replicate order: same result on any thread count
      long[] keys = keyHashes(ids);
      WeightSuggestion[] reps = new WeightSuggestion[replicates];
      IntStream.range(0, replicates).parallel()
          .forEach(r -> reps[r] = fit(x, y, poissonCounts(seed, keys, r), type, total));
      for (WeightSuggestion s : reps) {
        if (s.reason() == null) {
          for (int j = 0; j < p; j++) {
            draws[j][used] = s.weights()[j];
          }
          used++;
        }
      }
    }
    String reason = point.reason();
    if (reason == null && (used < 20 || used < replicates / 2.0)) {
      reason = Reason.TOO_FEW_REPLICATES;
    }
    double alpha = 1 - confidence;
    List<CompetencyWeight> out = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double lo = Double.NaN;
      double hi = Double.NaN;
      if (reason == null) {
        double[] d = java.util.Arrays.copyOf(draws[j], used);
        lo = Numeric.quantile(d, alpha / 2);
        hi = Numeric.quantile(d, 1 - alpha / 2);
      }
      double dl = lo - currentWeights[j];
      double dh = hi - currentWeights[j];
      out.add(new CompetencyWeight(j, currentWeights[j], point.weights()[j],
          point.rounded() == null ? -1 : point.rounded()[j], lo, hi, dl, dh,
          Recommendation.of(dl, dh, point.n(), minN)));
    }
    return new WeightComparison(point, out, replicates, used, reason);
  }
}
