package io.interviewcalibration.stats.validity;

/**
 * Column z-scores, (x − x̄)/s with the sample standard deviation s (divisor n − 1), as R's
 * {@code scale()}; and the conversions between raw and standardized coefficients.
 *
 * <p>A constant column (s = 0) or one with fewer than two values cannot be standardized: its index
 * is listed in {@link #constantColumns()} and its z-scores are set to 0, so callers can drop it
 * or report {@link Reason#CONSTANT_PREDICTOR}.
 *
 * @param means column means
 * @param sds   column sample standard deviations
 */
public record Standardization(double[] means, double[] sds) {

  /** Means and sample SDs of the columns of x (n rows × p columns). */
  public static Standardization of(double[][] x) {
    Numeric.checkRectangular(x);
    int p = Numeric.columns(x);
    double[] m = new double[p];
    double[] s = new double[p];
    for (int j = 0; j < p; j++) {
      double[] c = Numeric.column(x, j);
      m[j] = x.length == 0 ? Double.NaN : Numeric.mean(c);
      s[j] = Numeric.sd(c);
    }
    return new Standardization(m, s);
  }

  /** Indices of columns whose SD is zero or undefined. */
  public int[] constantColumns() {
    return java.util.stream.IntStream.range(0, sds.length).filter(j -> !(sds[j] > 0)).toArray();
  }

  /** z-scores of the rows of x (constant columns become 0). */
  public double[][] apply(double[][] x) {
    double[][] z = new double[x.length][means.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < means.length; j++) {
        z[i][j] = sds[j] > 0 ? (x[i][j] - means[j]) / sds[j] : 0;
      }
    }
    return z;
  }

  /** z-scores of a single column vector. */
  public static double[] zScores(double[] v) {
    double m = Numeric.mean(v);
    double s = Numeric.sd(v);
    double[] z = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      z[i] = s > 0 ? (v[i] - m) / s : 0;
    }
    return z;
  }

  /**
   * Standardized (beta) coefficients of a linear model: b<sub>j</sub> s<sub>x_j</sub> / s<sub>y</sub>.
   *
   * @param rawCoefficients intercept first, then slopes in raw units
   * @param sdY             sample SD of the outcome
   * @return slopes only (no intercept), length p
   */
  public double[] standardizedSlopes(double[] rawCoefficients, double sdY) {
    double[] b = new double[sds.length];
    for (int j = 0; j < sds.length; j++) {
      b[j] = rawCoefficients[j + 1] * sds[j] / sdY;
    }
    return b;
  }

  /**
   * Coefficients on standardized predictors (log-odds or outcome units per SD of the predictor):
   * b<sub>j</sub> s<sub>x_j</sub>; for a logistic model these are the coefficients of a fit on z-scores.
   * Intercept first: b₀ + Σ b<sub>j</sub> x̄<sub>j</sub>.
   */
  public double[] toStandardized(double[] rawCoefficients) {
    double[] b = new double[sds.length + 1];
    b[0] = rawCoefficients[0];
    for (int j = 0; j < sds.length; j++) {
      b[j + 1] = rawCoefficients[j + 1] * sds[j];
      b[0] += rawCoefficients[j + 1] * means[j];
    }
    return b;
  }

  /** Inverse of {@link #toStandardized}: slopes b<sub>j</sub>/s<sub>j</sub>, intercept a − Σ b<sub>j</sub> x̄<sub>j</sub>/s<sub>j</sub>. */
  public double[] toRaw(double[] standardizedCoefficients) {
    double[] b = new double[sds.length + 1];
    b[0] = standardizedCoefficients[0];
    for (int j = 0; j < sds.length; j++) {
      double s = sds[j] > 0 ? sds[j] : Double.NaN;
      b[j + 1] = standardizedCoefficients[j + 1] / s;
      b[0] -= standardizedCoefficients[j + 1] * means[j] / s;
    }
    return b;
  }
}
