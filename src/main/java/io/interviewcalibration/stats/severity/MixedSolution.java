package io.interviewcalibration.stats.severity;

/**
 * The solution of one system's mixed-model equations at given variance ratios.
 *
 * <p>With the cross products of {@link NormalEquations}, the equations are C b = r with
 * C = [X′V₀⁻¹X, X′V₀⁻¹ZΛ; ΛZ′V₀⁻¹X, ΛZ′V₀⁻¹ZΛ + I] for random units (Λ = t<sub>u</sub>I) and
 * C = W′V₀⁻¹W restricted to X and Z for fixed units; r = [X′V₀⁻¹y; ΛZ′V₀⁻¹y]. Columns with no
 * rating are left out, and so is the reference unit of a fixed design (its effect is 0 by
 * definition). Then, following Bates et al. (2015, §3.4, eq. 42) for the profiled REML criterion:
 * <pre>
 *   y′P₀y = y′V₀⁻¹y − r′b,     σ̂²_e = y′P₀y / (N − p),
 *   −2ℓ_R = log|V₀| + log|C| + (N − p)(1 + log(2π σ̂²_e)),
 * </pre>
 * where p is the number of competency columns and log|V₀| = Σ log|V₀<sub>i</sub>| (the candidate
 * and scorecard effects integrated out per group) plus, inside log|C|, log|I + ΛZ′R⁻¹ZΛ|: the
 * criterion equals lme4's {@code REMLcrit} for the same data and model. Unit effects: random
 * units give the best linear unbiased predictions û = t<sub>u</sub> b<sub>u</sub> with prediction
 * error variance σ̂²<sub>e</sub> t<sub>u</sub>² (C⁻¹)<sub>uu</sub> (Henderson 1975: it includes the
 * uncertainty of the competency means); fixed units give generalised-least-squares estimates with
 * covariance σ̂²<sub>e</sub> (C⁻¹)<sub>uu</sub>.
 *
 * <p>References: Bates, D., Mächler, M., Bolker, B. &amp; Walker, S. (2015). Fitting linear
 * mixed-effects models using lme4. Journal of Statistical Software 67(1). Henderson, C.R. (1975).
 * Best linear unbiased estimation and prediction under a selection model. Biometrics 31, 423–447.
 *
 * @param fixed per competency column, its mean β<sub>c</sub> (rating points); {@code NaN} without ratings
 * @param units per unit column, its effect in rating points (positive = rates higher);
 *     {@code NaN} without ratings; 0 for the reference unit of a fixed design
 * @param unitCovariance covariance of the unit effects, q × q row-major (rows of units without
 *     ratings and of the reference are 0)
 * @param sigma2 σ̂²<sub>e</sub>, the residual variance
 * @param deviance the REML criterion −2ℓ<sub>R</sub>
 * @param ratings N
 * @param fixedColumns p, the competency columns with ratings
 * @param reason why there is no solution ({@code singular_design}, {@code no_ratings}), or null
 */
public record MixedSolution(double[] fixed, double[] units, double[] unitCovariance, double sigma2, double deviance,
    long ratings, int fixedColumns, String reason) {

  /** Solves a system; {@code reference} is the unit fixed at 0 in a fixed design (−1: none). */
  public static MixedSolution solve(NormalEquations ne, double unitScale, boolean randomUnits, int reference) {
    int k = ne.competencies();
    int q = ne.units();
    int y = k + q;
    int[] keep = new int[k + q];
    int m = 0;
    int p = 0;
    for (int c = 0; c < k; c++) {
      if (ne.fixedRatings(c) > 0) {
        keep[m++] = c;
        p++;
      }
    }
    for (int u = 0; u < q; u++) {
      if (ne.unitRatings(u) > 0 && u != reference) {
        keep[m++] = k + u;
      }
    }
    double[] fixed = new double[k];
    double[] units = new double[q];
    double[] cov = new double[q * q];
    java.util.Arrays.fill(fixed, Double.NaN);
    for (int u = 0; u < q; u++) {
      units[u] = ne.unitRatings(u) > 0 ? 0 : Double.NaN;
    }
    long n = ne.ratings();
    if (n == 0 || p == 0) {
      return new MixedSolution(fixed, fixedNaN(units), cov, Double.NaN, Double.NaN, n, p, "no_ratings");
    }
    if (n <= p) {
      return new MixedSolution(fixed, fixedNaN(units), cov, Double.NaN, Double.NaN, n, p, "singular_design");
    }
    double[] c = new double[m * m];
    double[] r = new double[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= i; j++) {
        double v = ne.at(keep[i], keep[j]);
        c[i * m + j] = v;
        c[j * m + i] = v;
      }
      if (randomUnits && keep[i] >= k) {
        c[i * m + i] += 1;
      }
      r[i] = ne.at(keep[i], y);
    }
    Cholesky chol = Cholesky.of(c, m);
    if (chol == null) {
      return new MixedSolution(fixed, fixedNaN(units), cov, Double.NaN, Double.NaN, n, p, "singular_design");
    }
    double[] b = chol.solve(r);
    double ypy = ne.at(y, y);
    for (int i = 0; i < m; i++) {
      ypy -= r[i] * b[i];
    }
    ypy = Math.max(ypy, 0);
    double sigma2 = ypy / (n - p);
    double deviance = ne.logDetV() + chol.logDet() + (n - p) * (1 + Math.log(2 * Math.PI * sigma2));
    double[] inv = chol.inverse();
    double scale = randomUnits ? unitScale : 1;
    for (int i = 0; i < m; i++) {
      if (keep[i] < k) {
        fixed[keep[i]] = b[i];
      } else {
        int u = keep[i] - k;
        units[u] = scale * b[i];
        for (int j = 0; j < m; j++) {
          if (keep[j] >= k) {
            cov[u * q + (keep[j] - k)] = sigma2 * scale * scale * inv[i * m + j];
          }
        }
      }
    }
    return new MixedSolution(fixed, units, cov, sigma2, deviance, n, p, null);
  }

  private static double[] fixedNaN(double[] units) {
    double[] out = units.clone();
    java.util.Arrays.fill(out, Double.NaN);
    return out;
  }

  /** Standard error of unit u's effect (√ of its variance); {@code NaN} without ratings. */
  public double unitSe(int u) {
    return Double.isNaN(units[u]) ? Double.NaN : Math.sqrt(Math.max(0, unitCovariance[u * units.length + u]));
  }

  /** Covariance of the effects of units u and v. */
  public double covariance(int u, int v) {
    return unitCovariance[u * units.length + v];
  }

  /**
   * The unit effects as deviations from their unweighted mean over the units with ratings (the
   * average interviewer of the fit), {effects, standard errors}. The standard error of unit j's
   * deviation is √(a′Σa), a = e<sub>j</sub> − 1/m over the m units, Σ = {@link #unitCovariance()}:
   * the uncertainty of the overall level, which moves every unit alike, cancels, so this is the
   * standard error of "this interviewer against the team".
   */
  public double[][] centred() {
    int q = units.length;
    double[] effect = new double[q];
    double[] se = new double[q];
    java.util.Arrays.fill(effect, Double.NaN);
    java.util.Arrays.fill(se, Double.NaN);
    int m = 0;
    double mean = 0;
    for (int u = 0; u < q; u++) {
      if (!Double.isNaN(units[u])) {
        m++;
        mean += units[u];
      }
    }
    if (m == 0) {
      return new double[][] {effect, se};
    }
    mean /= m;
    double[] rowMean = new double[q];
    double grand = 0;
    for (int u = 0; u < q; u++) {
      if (Double.isNaN(units[u])) {
        continue;
      }
      for (int v = 0; v < q; v++) {
        if (!Double.isNaN(units[v])) {
          rowMean[u] += unitCovariance[u * q + v];
        }
      }
      rowMean[u] /= m;
      grand += rowMean[u];
    }
    grand /= m;
    for (int u = 0; u < q; u++) {
      if (!Double.isNaN(units[u])) {
        effect[u] = units[u] - mean;
        se[u] = Math.sqrt(Math.max(0, unitCovariance[u * q + u] - 2 * rowMean[u] + grand));
      }
    }
    return new double[][] {effect, se};
  }

  /** Whether the equations were solved. */
  public boolean defined() {
    return reason == null;
  }
}
