package io.interviewcalibration.stats.severity;

import java.util.ArrayList;
import java.util.List;

/**
 * A REML fit of the crossed severity model on one pooled {@link Design} with random interviewer
 * effects:
 * <pre>  rating = β_competency + a_candidate + h_scorecard + u_interviewer + e</pre>
 * all four random terms independent normal with mean 0.
 *
 * <h2>Algorithm</h2>
 * The candidate and scorecard effects are integrated out per candidate in closed form (see
 * {@link NormalEquations}), so for given relative standard deviations t = (σ<sub>a</sub>,
 * σ<sub>h</sub>, σ<sub>u</sub>)/σ<sub>e</sub> one pass over the candidates yields the
 * (K + q)-dimensional mixed-model equations of the competency means and interviewer effects, and
 * from them the exact profiled REML criterion (σ<sub>e</sub> profiled out; {@link MixedSolution}).
 * The three ratios are found by {@link RemlSearch}: every pass evaluates the criterion at the 10
 * points of a finite-difference design and takes a trust-region Newton step, so every iteration
 * is one aggregation and only per-interviewer and per-competency numbers (the equations) leave the
 * data. Several designs are fitted in lockstep, sharing the passes.
 *
 * <p>The estimates are those of lme4's {@code lmer(rating ~ competency + (1|candidate) +
 * (1|interviewer) + (1|scorecard))} with REML: the same criterion minimised over the same
 * parameters (checked on a committed fixture). Interviewer effects are the conditional modes
 * (BLUPs), shrunk toward 0 by how little evidence there is; their standard errors are the square
 * roots of the prediction error variances, which treat the scorecard, not the rating, as the unit
 * of an interviewer's independent evidence (the scorecard effect absorbs what a scorecard's
 * ratings share) and include the uncertainty of the competency means; they are conditional on the
 * estimated variance components.
 *
 * @param design the design
 * @param components the variance components (NaN when undefined)
 * @param t the relative standard deviations at the optimum
 * @param solution the mixed-model solution at the optimum
 * @param equations the equations at the optimum (for later use of the same fit)
 * @param passes passes over the data used by the search
 * @param steps accepted steps of the search (the start included)
 * @param converged whether the search converged
 * @param history the criterion at each accepted step
 * @param reason why the model could not be fitted ({@code too_few_interviewers}, {@code no_ratings},
 *     {@code singular_design}), or null
 */
public record CrossedFit(Design design, VarianceComponents components, double[] t, MixedSolution solution,
    NormalEquations equations, int passes, int steps, boolean converged, List<Double> history, String reason) {

  /** Default starting point of the relative standard deviations (candidate, scorecard, interviewer). */
  public static final double[] START = {0.7, 0.3, 0.3};
  /** Default most passes per fit. */
  public static final int MAX_PASSES = 60;

  /** The REML criterion at the optimum. */
  public double deviance() {
    return solution == null ? Double.NaN : solution.deviance();
  }

  /** Whether the fit has estimates. */
  public boolean defined() {
    return reason == null;
  }

  /**
   * Fits each design (pooled, random units) by REML, all in the same passes.
   *
   * @param passes runs folds over the candidate blocks
   * @param designs pooled designs with random units
   * @param start starting relative standard deviations
   * @param maxPasses most passes per design
   */
  public static List<CrossedFit> fit(Passes passes, List<Design> designs, double[] start, int maxPasses) {
    int n = designs.size();
    RemlSearch[] search = new RemlSearch[n];
    CrossedFit[] out = new CrossedFit[n];
    int startPasses = passes.count();
    int[] used = new int[n];
    for (int i = 0; i < n; i++) {
      Design d = designs.get(i);
      if (d.byPeriod() || !d.randomUnits()) {
        throw new IllegalArgumentException("REML fits take pooled designs with random units: " + d);
      }
      if (d.units(0) < 2) {
        out[i] = undefined(d, "too_few_interviewers");
      } else {
        search[i] = new RemlSearch(start, maxPasses);
      }
    }
    while (true) {
      List<ModelPass.Request> requests = new ArrayList<>();
      List<int[]> owner = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (search[i] == null || search[i].done()) {
          continue;
        }
        List<double[]> pts = search[i].proposals();
        owner.add(new int[] {i, requests.size(), pts.size()});
        for (double[] p : pts) {
          requests.add(new ModelPass.Request(designs.get(i), p));
        }
      }
      if (requests.isEmpty()) {
        break;
      }
      ModelPass.State state = passes.run(new ModelPass(requests));
      for (int[] o : owner) {
        int i = o[0];
        double[] f = new double[o[2]];
        for (int r = 0; r < o[2]; r++) {
          ModelPass.Request req = requests.get(o[1] + r);
          MixedSolution s = MixedSolution.solve(state.systems[o[1] + r][0], req.t()[2], true, -1);
          f[r] = s.defined() ? s.deviance() : Double.NaN;
        }
        search[i].update(f, state.systems[o[1]][0]);
        used[i]++;
      }
    }
    for (int i = 0; i < n; i++) {
      if (out[i] != null) {
        continue;
      }
      RemlSearch s = search[i];
      NormalEquations ne = (NormalEquations) s.bestState();
      if (ne == null) {
        out[i] = undefined(designs.get(i), "singular_design");
        continue;
      }
      double[] t = s.best();
      MixedSolution sol = MixedSolution.solve(ne, t[2], true, -1);
      out[i] = new CrossedFit(designs.get(i), VarianceComponents.of(t, sol.sigma2()), t, sol, ne, used[i],
          s.acceptedSteps(), s.converged(), s.history(), sol.defined() ? null : sol.reason());
    }
    return List.of(out);
  }

  private static CrossedFit undefined(Design d, String reason) {
    return new CrossedFit(d, VarianceComponents.undefined(), new double[] {Double.NaN, Double.NaN, Double.NaN}, null,
        null, 0, 0, false, List.of(), reason);
  }
}
