package io.interviewcalibration.stats.validity;

/**
 * Pearson correlation with a Fisher-z confidence interval; the point-biserial correlation is the
 * same statistic with a 0/1 outcome.
 *
 * <p>Formula: r = Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²). Interval: tanh(atanh(r) ± z<sub>1−α/2</sub>/√(n−3))
 * (Fisher 1921), the interval R's {@code cor.test} reports.
 *
 * <p>Degenerate input: n &lt; 4 gives {@link Reason#TOO_FEW_CASES}; a constant x or y gives
 * {@link Reason#CONSTANT_PREDICTOR} / {@link Reason#CONSTANT_OUTCOME}; non-finite values give
 * {@link Reason#NON_FINITE_INPUT}. |r| = 1 gives the degenerate interval [r, r].
 */
public final class Correlation {
  private Correlation() {
  }

  /** Pearson correlation of x and y with a Fisher-z interval at the given confidence (e.g. 0.95). */
  public static Estimate pearson(double[] x, double[] y, double confidence) {
    Numeric.checkSameLength(x.length, y.length, "correlation");
    Numeric.checkConfidence(confidence);
    int n = x.length;
    if (!Numeric.allFinite(x) || !Numeric.allFinite(y)) {
      return Estimate.undefined(n, Reason.NON_FINITE_INPUT);
    }
    if (n < 4) {
      return Estimate.undefined(n, Reason.TOO_FEW_CASES);
    }
    double r = r(x, y);
    if (Double.isNaN(r)) {
      return Estimate.undefined(n, Numeric.sd(x) == 0 ? Reason.CONSTANT_PREDICTOR : Reason.CONSTANT_OUTCOME);
    }
    if (Math.abs(r) >= 1) {
      return new Estimate(r, r, r, n, null);
    }
    double zr = atanh(r);
    double half = Numeric.z(confidence) / Math.sqrt(n - 3);
    return new Estimate(r, Math.tanh(zr - half), Math.tanh(zr + half), n, null);
  }

  /** Point-biserial correlation of a score with a 0/1 outcome: Pearson's r with the outcome coded 0/1. */
  public static Estimate pointBiserial(double[] score, double[] binaryOutcome, double confidence) {
    if (!Numeric.isBinary(binaryOutcome)) {
      throw new IllegalArgumentException("outcome must hold only 0 and 1");
    }
    return pearson(score, binaryOutcome, confidence);
  }

  /** The bare Pearson r; NaN when either variable is constant or n &lt; 2. */
  public static double r(double[] x, double[] y) {
    Numeric.checkSameLength(x.length, y.length, "correlation");
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = Numeric.mean(x);
    double my = Numeric.mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  /**
   * Interval for the difference r<sub>ya</sub> − r<sub>yb</sub> of two correlations that share the
   * variable y, measured on the same n cases (e.g. the validity of two composites against one
   * outcome), by Zou's (2007) method: each correlation's Fisher-z interval is combined with the
   * correlation between the two estimates,
   * c = [(r<sub>ab</sub> − ½ r<sub>ya</sub> r<sub>yb</sub>)(1 − r<sub>ya</sub>² − r<sub>yb</sub>² − r<sub>ab</sub>²) + r<sub>ab</sub>³]
   * / [(1 − r<sub>ya</sub>²)(1 − r<sub>yb</sub>²)],
   * L = r<sub>ya</sub> − r<sub>yb</sub> − √[(r<sub>ya</sub> − l<sub>ya</sub>)² + (u<sub>yb</sub> − r<sub>yb</sub>)² − 2c(r<sub>ya</sub> − l<sub>ya</sub>)(u<sub>yb</sub> − r<sub>yb</sub>)],
   * U = r<sub>ya</sub> − r<sub>yb</sub> + √[(u<sub>ya</sub> − r<sub>ya</sub>)² + (r<sub>yb</sub> − l<sub>yb</sub>)² − 2c(u<sub>ya</sub> − r<sub>ya</sub>)(r<sub>yb</sub> − l<sub>yb</sub>)].
   * Reference: Zou, G. Y. (2007), Toward using confidence intervals to compare correlations,
   * Psychological Methods 12(4), 399–413.
   *
   * @param rya correlation of y with a
   * @param ryb correlation of y with b
   * @param rab correlation of a with b
   * @param n   number of cases (n &lt; 4 gives {@link Reason#TOO_FEW_CASES})
   */
  public static Estimate differenceOverlapping(double rya, double ryb, double rab, int n, double confidence) {
    Numeric.checkConfidence(confidence);
    if (Double.isNaN(rya) || Double.isNaN(ryb) || Double.isNaN(rab)) {
      return Estimate.undefined(n, Reason.NON_FINITE_INPUT);
    }
    double diff = rya - ryb;
    if (n < 4) {
      return new Estimate(diff, Double.NaN, Double.NaN, n, Reason.TOO_FEW_CASES);
    }
    if (Math.abs(rya) >= 1 || Math.abs(ryb) >= 1) {
      return new Estimate(diff, Double.NaN, Double.NaN, n, Reason.ESTIMATE_AT_BOUNDARY);
    }
    double half = Numeric.z(confidence) / Math.sqrt(n - 3);
    double la = Math.tanh(atanh(rya) - half);
    double ua = Math.tanh(atanh(rya) + half);
    double lb = Math.tanh(atanh(ryb) - half);
    double ub = Math.tanh(atanh(ryb) + half);
    double c = ((rab - 0.5 * rya * ryb) * (1 - rya * rya - ryb * ryb - rab * rab) + rab * rab * rab)
        / ((1 - rya * rya) * (1 - ryb * ryb));
    double low = diff - Math.sqrt(Math.max(0,
        sq(rya - la) + sq(ub - ryb) - 2 * c * (rya - la) * (ub - ryb)));
    double high = diff + Math.sqrt(Math.max(0,
        sq(ua - rya) + sq(ryb - lb) - 2 * c * (ua - rya) * (ryb - lb)));
    return new Estimate(diff, low, high, n, null);
  }

  private static double sq(double v) {
    return v * v;
  }

  static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }
}
