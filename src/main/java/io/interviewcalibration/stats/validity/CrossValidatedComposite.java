package io.interviewcalibration.stats.validity;

/**
 * k-fold cross-validated validity of the composite with the current weights versus weights
 * suggested by the data.
 *
 * <p>Candidates are assigned to folds by {@link Folds#of}(seed, id, k). For each fold, the
 * non-negative fit of {@link SuggestedWeights} (NNLS or non-negative logistic, intercept free) is
 * made on the other folds and scored on the held-out fold: the held-out prediction is
 * a + Σ b<sub>j</sub> x<sub>j</sub>, an increasing affine function of the composite with the suggested weights
 * (on the outcome's scale, or log-odds, so predictions from different folds are comparable when
 * pooled). A fold whose fit gives all-zero slopes predicts its training mean for everyone, i.e. no
 * information. The current composite Σ w<sub>j</sub> x<sub>j</sub> needs no fitting.
 *
 * <p>Validity is measured once on the pooled held-out predictions of all n candidates:
 * <ul>
 *   <li>binary outcome: AUC of each ({@link Auc#of}, DeLong, logit interval) and the paired DeLong
 *       interval of their difference ({@link Auc#difference});</li>
 *   <li>continuous outcome: Pearson r of each (Fisher z) and Zou's (2007) interval for the
 *       difference of two correlations sharing the outcome ({@link Correlation#differenceOverlapping}).</li>
 * </ul>
 * These intervals treat the held-out predictions as fixed scores and so ignore the variability of
 * the fold fits; they are somewhat narrow.
 *
 * <p>Degenerate input: k &lt; 2 or n &lt; 2k ({@link Reason#TOO_FEW_CASES}); a training fold that
 * cannot be fitted (e.g. one class only) gives that fit's reason for the suggested composite and the
 * difference; the current composite's validity is still reported.
 */
public final class CrossValidatedComposite {
  private CrossValidatedComposite() {
  }

  /**
   * @param x              competency means in rating units, n × p
   * @param y              outcome (0/1 for binary)
   * @param currentWeights the rubric's current weights (any positive scale)
   * @param ids            candidate ids, keys of the fold assignment
   * @param k              number of folds, e.g. 5
   */
  public static CompositeValidity evaluate(double[][] x, double[] y, OutcomeType type, double[] currentWeights,
      String[] ids, long seed, int k, double confidence) {
    Numeric.checkSameLength(x.length, y.length, "cross-validation");
    Numeric.checkSameLength(ids.length, y.length, "ids");
    Numeric.checkSameLength(currentWeights.length, Numeric.columns(x), "current weights");
    Numeric.checkConfidence(confidence);
    int n = y.length;
    String metric = type == OutcomeType.BINARY ? "auc" : "r";
    int[] fold = k >= 1 ? Folds.assign(seed, ids, k) : new int[n];
    int[] sizes = new int[Math.max(k, 0)];
    for (int f : fold) {
      if (k >= 1) {
        sizes[f]++;
      }
    }
    double[] current = new double[n];
    for (int i = 0; i < n; i++) {
      current[i] = Numeric.dot(currentWeights, x[i]);
    }
    Estimate cur = score(current, y, type, confidence);
    if (k < 2 || n < 2 * k) {
      Estimate none = Estimate.undefined(n, Reason.TOO_FEW_CASES);
      return new CompositeValidity(metric, cur, none, none, k, sizes, Reason.TOO_FEW_CASES);
    }
    double[] predicted = new double[n];
    double[] w = new double[n];
    for (int f = 0; f < k; f++) {
      for (int i = 0; i < n; i++) {
        w[i] = fold[i] == f ? 0 : 1;
      }
      NonNegativeFit fit = type.nonNegativeFit(x, y, w);
      if (!fit.fitted()) {
        Estimate none = Estimate.undefined(n, fit.reason());
        return new CompositeValidity(metric, cur, none, none, k, sizes, fit.reason());
      }
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          predicted[i] = fit.predict(x[i]);
        }
      }
    }
    Estimate sug = score(predicted, y, type, confidence);
    Estimate diff;
    if (type == OutcomeType.BINARY) {
      diff = Auc.difference(predicted, current, y, confidence).estimate();
    } else {
      diff = Correlation.differenceOverlapping(sug.value(), cur.value(), Correlation.r(predicted, current), n,
          confidence);
    }
    String reason = cur.reason() != null ? cur.reason() : sug.reason() != null ? sug.reason() : diff.reason();
    return new CompositeValidity(metric, cur, sug, diff, k, sizes, reason);
  }

  private static Estimate score(double[] s, double[] y, OutcomeType type, double confidence) {
    return type == OutcomeType.BINARY ? Auc.of(s, y, confidence).estimate() : Correlation.pearson(s, y, confidence);
  }
}
