package io.interviewcalibration.stats.severity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Minimises a smooth function of a few non-negative parameters (here the REML criterion of the
 * relative standard deviations t = σ/σ<sub>e</sub>) when every evaluation is a pass over the data,
 * so that each <em>pass</em> evaluates a whole batch of points.
 *
 * <p>Each pass evaluates the criterion f on a finite-difference design around a centre x: x itself,
 * x ± h<sub>i</sub>e<sub>i</sub> and x + h<sub>i</sub>e<sub>i</sub> + h<sub>j</sub>e<sub>j</sub> (i &lt; j),
 * 1 + 2d + d(d−1)/2 points (10 for d = 3), with h<sub>i</sub> = 10⁻³ max(|x<sub>i</sub>|, 0.05). They give
 * the gradient (central differences) and the Hessian (second differences) at x. The next centre is
 * a trust-region Newton step (Moré &amp; Sorensen 1983): in coordinates scaled by
 * max(|x<sub>i</sub>|, 0.1), the step minimising the quadratic model within a radius Δ, found from
 * the model Hessian's eigen-decomposition by searching the Levenberg–Marquardt shift μ ≥ 0.
 * A step that does not lower f is rejected and the radius divided by 4; a step whose actual
 * decrease is at least 3/4 of the predicted one, taken at the radius, doubles it. Parameters stay
 * non-negative by reflection: the REML criterion depends on t only through t², so f(|x|) = f(x)
 * and the reflected point is as good as the step's. The search converges when the predicted
 * decrease of the next step falls below {@code 1e-7 + 1e-13|f|} (deviance units), and stops
 * unconverged after {@code maxPasses} passes.
 *
 * <p>Reference: Nocedal, J. &amp; Wright, S.J. (2006). Numerical Optimization, 2nd ed., ch. 4
 * (trust regions) and §8.1 (finite-difference derivatives).
 */
public final class RemlSearch {
  private final int d;
  private final int maxPasses;
  private double[] x;
  private double fx = Double.NaN;
  private double[] g;
  private double[][] h;
  private double radius = 1.0;
  private double[] pending;
  private double predicted;
  private int passes;
  private int accepted;
  private boolean done;
  private boolean converged;
  private Object bestState;
  private final List<Double> history = new ArrayList<>();

  /**
   * @param start starting point (non-negative)
   * @param maxPasses most passes before giving up
   */
  public RemlSearch(double[] start, int maxPasses) {
    d = start.length;
    this.maxPasses = maxPasses;
    pending = abs(start);
  }

  /** The points to evaluate in the next pass (the design around the pending centre). */
  public List<double[]> proposals() {
    if (done) {
      return List.of();
    }
    List<double[]> pts = new ArrayList<>();
    double[] step = steps(pending);
    pts.add(pending.clone());
    for (int i = 0; i < d; i++) {
      double[] p = pending.clone();
      p[i] += step[i];
      pts.add(p);
      double[] m = pending.clone();
      m[i] -= step[i];
      pts.add(m);
    }
    for (int i = 0; i < d; i++) {
      for (int j = i + 1; j < d; j++) {
        double[] p = pending.clone();
        p[i] += step[i];
        p[j] += step[j];
        pts.add(p);
      }
    }
    return pts;
  }

  private static double[] steps(double[] c) {
    double[] s = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      s[i] = 1e-3 * Math.max(Math.abs(c[i]), 0.05);
    }
    return s;
  }

  /**
   * Takes the criterion at the proposed points (in {@link #proposals()} order) and the state
   * belonging to the centre point (kept when the centre becomes the best point).
   */
  public void update(double[] f, Object centreState) {
    if (done) {
      throw new IllegalStateException("search is done");
    }
    passes++;
    double[] c = pending;
    double[] step = steps(c);
    double f0 = f[0];
    double[] gc = new double[d];
    double[][] hc = new double[d][d];
    int at = 1;
    double[] plus = new double[d];
    for (int i = 0; i < d; i++) {
      plus[i] = f[at++];
      double minus = f[at++];
      gc[i] = (plus[i] - minus) / (2 * step[i]);
      hc[i][i] = (plus[i] - 2 * f0 + minus) / (step[i] * step[i]);
    }
    for (int i = 0; i < d; i++) {
      for (int j = i + 1; j < d; j++) {
        hc[i][j] = (f[at++] - plus[i] - plus[j] + f0) / (step[i] * step[j]);
        hc[j][i] = hc[i][j];
      }
    }
    boolean allFinite = Double.isFinite(f0);
    for (double v : f) {
      allFinite &= Double.isFinite(v);
    }
    if (Double.isNaN(fx) && allFinite) {
      take(c, f0, gc, hc, centreState);
    } else if (allFinite && f0 < fx) {
      double actual = fx - f0;
      double ratio = predicted > 0 ? actual / predicted : 1;
      boolean atRadius = stepNorm(c) > 0.9 * radius;
      take(c, f0, gc, hc, centreState);
      if (ratio > 0.75 && atRadius) {
        radius *= 2;
      } else if (ratio < 0.25) {
        radius /= 4;
      }
      if (actual < tolerance()) {
        finish(true);
        return;
      }
    } else {
      radius /= 4;
      if (x == null) {
        // the start itself could not be evaluated: try closer to the origin's neighbourhood
        pending = scaled(c, 0.5);
        if (passes >= maxPasses) {
          finish(false);
        }
        return;
      }
    }
    if (radius < 1e-10) {
      finish(predicted < 1e3 * tolerance());
      return;
    }
    double[] delta = trustStep();
    double[] next = new double[d];
    for (int i = 0; i < d; i++) {
      next[i] = Math.abs(x[i] + delta[i]);
    }
    if (predicted < tolerance()) {
      finish(true);
      return;
    }
    if (passes >= maxPasses) {
      finish(false);
      return;
    }
    pending = next;
  }

  private void take(double[] c, double f0, double[] gc, double[][] hc, Object state) {
    x = c.clone();
    fx = f0;
    g = gc;
    h = hc;
    bestState = state;
    accepted++;
    history.add(f0);
  }

  private double tolerance() {
    return 1e-7 + 1e-13 * Math.abs(fx);
  }

  private double stepNorm(double[] c) {
    if (x == null) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < d; i++) {
      double z = (c[i] - x[i]) / scale(x[i]);
      s += z * z;
    }
    return Math.sqrt(s);
  }

  private static double scale(double v) {
    return Math.max(Math.abs(v), 0.1);
  }

  /** The trust-region step from x, in original coordinates; sets {@link #predicted}. */
  private double[] trustStep() {
    double[] gz = new double[d];
    double[][] hz = new double[d][d];
    for (int i = 0; i < d; i++) {
      gz[i] = g[i] * scale(x[i]);
      for (int j = 0; j < d; j++) {
        hz[i][j] = h[i][j] * scale(x[i]) * scale(x[j]);
      }
    }
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(hz, false));
    double[] lambda = eig.getRealEigenvalues();
    double[] proj = new double[d];
    RealVector[] v = new RealVector[d];
    double minLambda = Double.POSITIVE_INFINITY;
    double maxLambda = 0;
    for (int i = 0; i < d; i++) {
      v[i] = eig.getEigenvector(i);
      double s = 0;
      for (int j = 0; j < d; j++) {
        s += v[i].getEntry(j) * gz[j];
      }
      proj[i] = s;
      minLambda = Math.min(minLambda, lambda[i]);
      maxLambda = Math.max(maxLambda, Math.abs(lambda[i]));
    }
    double floor = Math.max(0, -minLambda) + 1e-12 * Math.max(maxLambda, 1);
    double mu = minLambda > 1e-12 * Math.max(maxLambda, 1) ? 0 : floor;
    if (norm(proj, lambda, mu) > radius) {
      double lo = Math.max(mu, floor);
      double hi = Math.max(lo, 1) * 2;
      while (norm(proj, lambda, hi) > radius) {
        hi *= 2;
      }
      for (int it = 0; it < 200; it++) {
        double mid = 0.5 * (lo + hi);
        if (norm(proj, lambda, mid) > radius) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      mu = hi;
    }
    double[] z = new double[d];
    for (int i = 0; i < d; i++) {
      double coef = -proj[i] / (lambda[i] + mu);
      for (int j = 0; j < d; j++) {
        z[j] += coef * v[i].getEntry(j);
      }
    }
    double pred = 0;
    for (int i = 0; i < d; i++) {
      pred += gz[i] * z[i];
      for (int j = 0; j < d; j++) {
        pred += 0.5 * z[i] * hz[i][j] * z[j];
      }
    }
    predicted = -pred;
    double[] delta = new double[d];
    for (int i = 0; i < d; i++) {
      delta[i] = z[i] * scale(x[i]);
    }
    return delta;
  }

  private static double norm(double[] proj, double[] lambda, double mu) {
    double s = 0;
    for (int i = 0; i < proj.length; i++) {
      double z = proj[i] / (lambda[i] + mu);
      s += z * z;
    }
    return Math.sqrt(s);
  }

  private static double[] abs(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.abs(v[i]);
    }
    return out;
  }

  private static double[] scaled(double[] v, double f) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * f;
    }
    return out;
  }

  private void finish(boolean ok) {
    done = true;
    converged = ok;
  }

  /** Whether the search has ended (converged or out of passes). */
  public boolean done() {
    return done;
  }

  /** Whether it ended converged. */
  public boolean converged() {
    return converged;
  }

  /** The best point found (null before the first evaluated centre). */
  public double[] best() {
    return x == null ? null : x.clone();
  }

  /** The criterion at the best point. */
  public double bestValue() {
    return fx;
  }

  /** The state passed with the best point's centre. */
  public Object bestState() {
    return bestState;
  }

  /** Passes used. */
  public int passes() {
    return passes;
  }

  /** Accepted steps (centres that improved the criterion), the start included. */
  public int acceptedSteps() {
    return accepted;
  }

  /** The criterion at each accepted centre, in order. */
  public List<Double> history() {
    return List.copyOf(history);
  }
}
