package io.interviewcalibration.stats.validity;


/**
 * Area under the ROC curve of a score for a binary outcome.
 *
 * <p>Estimate: the Mann–Whitney statistic, AUC = (1 / n₁n₀) Σ<sub>i∈pos</sub> Σ<sub>j∈neg</sub> ψ(x<sub>i</sub>, y<sub>j</sub>)
 * with ψ = 1 if x &gt; y, ½ if x = y, 0 otherwise (ties count half), computed from midranks in
 * O(n log n).
 *
 * <p>Variance: DeLong, DeLong &amp; Clarke-Pearson (1988), Biometrics 44, 837–845. With placement values
 * V₁₀(x<sub>i</sub>) = (1/n₀) Σ<sub>j</sub> ψ(x<sub>i</sub>, y<sub>j</sub>) and V₀₁(y<sub>j</sub>) = (1/n₁) Σ<sub>i</sub> ψ(x<sub>i</sub>, y<sub>j</sub>),
 * Var(AUC) = S₁₀/n₁ + S₀₁/n₀ where S₁₀, S₀₁ are their sample variances (divisor n − 1); the
 * placements are obtained from midranks (Sun &amp; Xu 2014). This is the variance pROC's
 * {@code var(roc, method = "delong")} reports.
 *
 * <p>Interval: <b>logit</b>, logit(AUC) ± z·SE / (AUC(1 − AUC)), transformed back, so it stays
 * inside (0, 1). At AUC = 0 or 1 the logit interval is undefined: the estimate is returned with
 * NaN limits and {@link Reason#ESTIMATE_AT_BOUNDARY}. Fewer than two positives or negatives leave
 * the SE and interval NaN ({@link Reason#TOO_FEW_CASES}); no positives or no negatives give
 * {@link Reason#SINGLE_CLASS}.
 *
 * <p>AUCs are never corrected for range restriction.
 */
public final class Auc {
  private Auc() {
  }

  /** AUC of {@code score} for the 0/1 {@code outcome}, with DeLong SE and logit interval. */
  public static AucEstimate of(double[] score, double[] outcome, double confidence) {
    Numeric.checkSameLength(score.length, outcome.length, "auc");
    Numeric.checkConfidence(confidence);
    checkBinary(outcome);
    Placements pl = placements(score, outcome);
    if (pl.reason != null) {
      return new AucEstimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, pl.nPos(), pl.nNeg(), pl.reason);
    }
    double auc = pl.auc();
    if (pl.nPos() < 2 || pl.nNeg() < 2) {
      return new AucEstimate(auc, Double.NaN, Double.NaN, Double.NaN, pl.nPos(), pl.nNeg(), Reason.TOO_FEW_CASES);
    }
    double se = Math.sqrt(covariance(pl, pl));
    if (auc <= 0 || auc >= 1) {
      return new AucEstimate(auc, se, Double.NaN, Double.NaN, pl.nPos(), pl.nNeg(), Reason.ESTIMATE_AT_BOUNDARY);
    }
    double z = Numeric.z(confidence);
    double logit = Math.log(auc / (1 - auc));
    double half = z * se / (auc * (1 - auc));
    return new AucEstimate(auc, se, expit(logit - half), expit(logit + half), pl.nPos(), pl.nNeg(), null);
  }

  /** The bare AUC (ties count half); NaN when a class is empty or a score is not finite. */
  public static double value(double[] score, double[] outcome) {
    Numeric.checkSameLength(score.length, outcome.length, "auc");
    checkBinary(outcome);
    Placements pl = placements(score, outcome);
    return pl.reason == null ? pl.auc() : Double.NaN;
  }

  /**
   * AUC with case weights (frequency weights, e.g. Poisson bootstrap counts):
   * Σ<sub>i∈pos</sub> Σ<sub>j∈neg</sub> w<sub>i</sub> w<sub>j</sub> ψ(x<sub>i</sub>, y<sub>j</sub>) / (W₁ W₀). Point estimate only.
   * NaN when either class has zero total weight or a score is not finite.
   */
  public static double weighted(double[] score, double[] outcome, double[] weights) {
    Numeric.checkSameLength(score.length, outcome.length, "auc");
    Numeric.checkSameLength(score.length, weights.length, "auc weights");
    if (!Numeric.allFinite(score)) {
      return Double.NaN;
    }
    int n = score.length;
    int[] order = sortedOrder(score);
    double wNegBelow = 0;
    double wPos = 0;
    double wNeg = 0;
    double sum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      double tiePos = 0;
      double tieNeg = 0;
      while (j < n && score[order[j]] == score[order[i]]) {
        int k = order[j];
        if (outcome[k] == 1) {
          tiePos += weights[k];
        } else {
          tieNeg += weights[k];
        }
        j++;
      }
      sum += tiePos * (wNegBelow + 0.5 * tieNeg);
      wNegBelow += tieNeg;
      wPos += tiePos;
      wNeg += tieNeg;
      i = j;
    }
    if (wPos <= 0 || wNeg <= 0) {
      return Double.NaN;
    }
    return sum / (wPos * wNeg);
  }

  /**
   * Paired comparison of two scores on the same cases: aucA − aucB with the DeLong variance
   * Var(A) + Var(B) − 2 Cov(A, B), Cov from the placement values of both scores
   * (DeLong et al. 1988, eq. for correlated ROC curves), and a plain (untransformed) Wald interval.
   */
  public static AucDifference difference(double[] scoreA, double[] scoreB, double[] outcome, double confidence) {
    Numeric.checkSameLength(scoreA.length, outcome.length, "auc");
    Numeric.checkSameLength(scoreB.length, outcome.length, "auc");
    Numeric.checkConfidence(confidence);
    checkBinary(outcome);
    Placements a = placements(scoreA, outcome);
    Placements b = placements(scoreB, outcome);
    String reason = a.reason != null ? a.reason : b.reason;
    if (reason != null) {
      return new AucDifference(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          a.nPos(), a.nNeg(), reason);
    }
    double diff = a.auc() - b.auc();
    if (a.nPos() < 2 || a.nNeg() < 2) {
      return new AucDifference(a.auc(), b.auc(), diff, Double.NaN, Double.NaN, Double.NaN, a.nPos(), a.nNeg(),
          Reason.TOO_FEW_CASES);
    }
    double var = covariance(a, a) + covariance(b, b) - 2 * covariance(a, b);
    double se = Math.sqrt(Math.max(0, var));
    double half = Numeric.z(confidence) * se;
    return new AucDifference(a.auc(), b.auc(), diff, se, diff - half, diff + half, a.nPos(), a.nNeg(), null);
  }

  /** Placement values of positives (v10) and negatives (v01), in input order within each class. */
  private record Placements(double[] v10, double[] v01, String reason) {
    int nPos() {
      return v10 == null ? 0 : v10.length;
    }

    int nNeg() {
      return v01 == null ? 0 : v01.length;
    }

    double auc() {
      return Numeric.mean(v10);
    }
  }

  private static Placements placements(double[] score, double[] outcome) {
    int n = score.length;
    int nPos = 0;
    for (double o : outcome) {
      nPos += o == 1 ? 1 : 0;
    }
    int nNeg = n - nPos;
    if (!Numeric.allFinite(score)) {
      return new Placements(new double[nPos], new double[nNeg], Reason.NON_FINITE_INPUT);
    }
    if (nPos == 0 || nNeg == 0) {
      return new Placements(new double[nPos], new double[nNeg], Reason.SINGLE_CLASS);
    }
    double[] pos = new double[nPos];
    double[] neg = new double[nNeg];
    for (int i = 0, p = 0, q = 0; i < n; i++) {
      if (outcome[i] == 1) {
        pos[p++] = score[i];
      } else {
        neg[q++] = score[i];
      }
    }
    double[] all = score;
    double[] rankAll = midranks(all);
    double[] rankPos = midranks(pos);
    double[] rankNeg = midranks(neg);
    double[] v10 = new double[nPos];
    double[] v01 = new double[nNeg];
    for (int i = 0, p = 0, q = 0; i < n; i++) {
      if (outcome[i] == 1) {
        v10[p] = (rankAll[i] - rankPos[p]) / nNeg;
        p++;
      } else {
        v01[q] = 1 - (rankAll[i] - rankNeg[q]) / nPos;
        q++;
      }
    }
    return new Placements(v10, v01, null);
  }

  /** DeLong covariance of two AUCs from their placements: S10(a,b)/n₁ + S01(a,b)/n₀. */
  private static double covariance(Placements a, Placements b) {
    return sampleCov(a.v10, b.v10) / a.nPos() + sampleCov(a.v01, b.v01) / a.nNeg();
  }

  private static double sampleCov(double[] x, double[] y) {
    double mx = Numeric.mean(x);
    double my = Numeric.mean(y);
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += (x[i] - mx) * (y[i] - my);
    }
    return s / (x.length - 1);
  }

  /** 1-based midranks (ties get the average rank). */
  static double[] midranks(double[] v) {
    int n = v.length;
    int[] order = sortedOrder(v);
    double[] rank = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double r = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        rank[order[k]] = r;
      }
      i = j + 1;
    }
    return rank;
  }

  /** Indices of v in ascending order of value, by a merge sort on primitive indices (no boxing). */
  static int[] sortedOrder(double[] v) {
    int n = v.length;
    int[] a = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          b[k++] = v[a[j]] < v[a[i]] ? a[j++] : a[i++];
        }
        while (i < mid) {
          b[k++] = a[i++];
        }
        while (j < hi) {
          b[k++] = a[j++];
        }
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }

  private static void checkBinary(double[] outcome) {
    if (!Numeric.isBinary(outcome)) {
      throw new IllegalArgumentException("outcome must hold only 0 and 1");
    }
  }

  private static double expit(double v) {
    return 1 / (1 + Math.exp(-v));
  }
}
