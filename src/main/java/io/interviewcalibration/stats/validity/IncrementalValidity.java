package io.interviewcalibration.stats.validity;

import io.interviewcalibration.stats.resample.PoissonWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Incremental validity of each predictor: the drop in model validity when it alone is left out.
 *
 * <p>Continuous outcome: ΔR² = R²<sub>full</sub> − R²<sub>without j</sub> from {@link LinearRegression} (the
 * squared semipartial correlation of predictor j). Binary outcome: ΔAUC = AUC(η<sub>full</sub>) −
 * AUC(η<sub>without j</sub>), η the linear predictors of {@link LogisticRegression} fits. With one
 * predictor the reduced model is the intercept alone (R² = 0, AUC = ½).
 *
 * <p>Both are in-sample, so ΔR² ≥ 0 and ΔAUC is optimistic for weak predictors. Intervals are
 * Poisson-bootstrap percentile intervals ({@link PoissonWeights#weight}(seed, id, r) counts as
 * case weights; both models refitted per replicate, AUC weighted by the counts); DeLong's test is
 * not used because it is invalid for nested models fitted on the same data (Demler, Pencina &amp;
 * D'Agostino 2012, Statistics in Medicine 31, 2577–2587). Replicates run in parallel (each depends
 * only on its draws, and draws are combined in replicate order, so any thread count gives the same
 * result). Replicates where a fit fails are skipped
 * and counted; fewer than half usable (or fewer than 20) leaves the interval NaN with
 * {@link Reason#TOO_FEW_REPLICATES}. A full model that cannot be fitted gives its reason for all.
 */
public final class IncrementalValidity {
  /** Metric name for a binary outcome. */
  public static final String DELTA_AUC = "delta_auc";
  /** Metric name for a continuous outcome. */
  public static final String DELTA_R_SQUARED = "delta_r_squared";

  private IncrementalValidity() {
  }

  /**
   * Drop-one ΔAUC (binary) or ΔR² (continuous) for every predictor, with bootstrap intervals.
   *
   * @param ids        candidate ids, keys of the bootstrap draws
   * @param replicates bootstrap replicates (0 for point estimates only)
   */
  public static List<IncrementalEstimate> dropOne(double[][] x, double[] y, OutcomeType type, String[] ids, long seed,
      int replicates, double confidence) {
    Numeric.checkSameLength(x.length, y.length, "incremental validity");
    Numeric.checkSameLength(ids.length, y.length, "ids");
    Numeric.checkConfidence(confidence);
    int p = Numeric.columns(x);
    int n = y.length;
    String metric = type == OutcomeType.BINARY ? DELTA_AUC : DELTA_R_SQUARED;
    double[] ones = Numeric.ones(n);
    Validity full = validity(x, y, ones, type);
    List<IncrementalEstimate> out = new ArrayList<>();
    if (full.reason != null) {
      for (int j = 0; j < p; j++) {
        out.add(new IncrementalEstimate(j, metric, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n,
            0, full.reason));
      }
      return out;
    }
    double[][][] reducedX = new double[p][][];
    double[] reduced = new double[p];
    String[] reasons = new String[p];
    for (int j = 0; j < p; j++) {
      reducedX[j] = Numeric.dropColumn(x, j);
      Validity v = validity(reducedX[j], y, ones, type);
      reduced[j] = v.value;
      reasons[j] = v.reason;
    }
    // replicates run in parallel; each one's draws depend only on (seed, id, r) and are kept by r,
    // so the result equals the sequential loop's whatever the number of threads
    long[] keys = SuggestedWeights.keyHashes(ids);
    double[][] byReplicate = new double[replicates][];
    IntStream.range(0, replicates).parallel().forEach(r -> {
      double[] w = SuggestedWeights.poissonCounts(seed, keys, r);
      Validity f = validity(x, y, w, type);
      if (f.reason != null) {
        return;
      }
      double[] d = new double[p];
      for (int j = 0; j < p; j++) {
        Validity v = validity(reducedX[j], y, w, type);
        d[j] = v.reason == null ? f.value - v.value : Double.NaN;
      }
      byReplicate[r] = d;
    });
    double[][] draws = new double[p][replicates];
    int[] used = new int[p];
    for (double[] d : byReplicate) {
      if (d == null) {
        continue;
      }
      for (int j = 0; j < p; j++) {
        if (!Double.isNaN(d[j])) {
          draws[j][used[j]++] = d[j];
        }
      }
    }
    double alpha = 1 - confidence;
    for (int j = 0; j < p; j++) {
      if (reasons[j] != null) {
        out.add(new IncrementalEstimate(j, metric, full.value, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n,
            0, reasons[j]));
        continue;
      }
      double lo = Double.NaN;
      double hi = Double.NaN;
      String reason = null;
      if (used[j] < 20 || used[j] < replicates / 2.0) {
        reason = Reason.TOO_FEW_REPLICATES;
      } else {
        double[] d = Arrays.copyOf(draws[j], used[j]);
        lo = Numeric.quantile(d, alpha / 2);
        hi = Numeric.quantile(d, 1 - alpha / 2);
      }
      out.add(new IncrementalEstimate(j, metric, full.value, reduced[j], full.value - reduced[j], lo, hi, n, used[j],
          reason));
    }
    return out;
  }

  private record Validity(double value, String reason) {
  }

  /** R² or AUC of the model of y on x with case weights w. */
  private static Validity validity(double[][] x, double[] y, double[] w, OutcomeType type) {
    if (Numeric.columns(x) == 0) {
      return new Validity(type == OutcomeType.BINARY ? 0.5 : 0, null);
    }
    if (type == OutcomeType.CONTINUOUS) {
      LinearFit f = LinearRegression.fit(x, y, w, 0.95);
      return new Validity(f.rSquared(), f.reason());
    }
    LogisticFit f = LogisticRegression.fit(x, y, w, 0.95);
    if (!f.fitted()) {
      return new Validity(Double.NaN, f.reason());
    }
    double auc = Auc.weighted(Numeric.linear(f.coefficients(), x), y, w);
    return Double.isNaN(auc) ? new Validity(Double.NaN, Reason.SINGLE_CLASS) : new Validity(auc, null);
  }
}
