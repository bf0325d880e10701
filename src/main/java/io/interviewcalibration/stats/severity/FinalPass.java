package io.interviewcalibration.stats.severity;

import java.io.Serializable;
import java.util.List;

/**
 * The last pass over the blocks, after the REML fits: in one aggregation it accumulates
 * <ul>
 *   <li>the per-period drift equations (fixed interviewer × period effects at the pooled fit's
 *       variance ratios),</li>
 *   <li>each interviewer's {@link InterviewerTally} over the window's scorecards,</li>
 *   <li>per interviewer × competency, the count, sum and sum of squares of the window model's
 *       conditional residuals, and</li>
 *   <li>per interviewer × stage × candidate-strength bin, overall calls and passes.</li>
 * </ul>
 *
 * <p>Residuals: with ê = y − β̂<sub>c</sub> − û<sub>j</sub> and the candidate's and scorecards'
 * conditional modes given (β̂, û) (closed form, see {@link NormalEquations}: â = λ<sub>a</sub>U/(1 +
 * λ<sub>a</sub>α), ĥ<sub>k</sub> = λ<sub>h</sub>(S<sub>k</sub>(ê) − λ<sub>a</sub>m<sub>k</sub>U/(1 +
 * λ<sub>a</sub>α))/(1 + m<sub>k</sub>λ<sub>h</sub>), U = Σ<sub>k</sub>S<sub>k</sub>(ê)/(1 + m<sub>k</sub>λ<sub>h</sub>)),
 * the residual is ê − â − ĥ<sub>k</sub>. Candidate strength is â/σ̂<sub>a</sub>, binned at
 * {@link #STRENGTH_EDGES} (in candidate standard deviations).
 */
final class FinalPass implements BlockFold<FinalPass.State> {
  private static final long serialVersionUID = 1L;

  /** Bin edges of candidate strength, in candidate standard deviations. */
  static final double[] STRENGTH_EDGES = {-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5};
  /** Number of strength bins. */
  static final int BINS = STRENGTH_EDGES.length + 1;

  /**
   * What the pass needs from the window fit: design, competency means, interviewer effects (per
   * unit column, rating points), variance ratios and the candidate SD.
   */
  record WindowModel(Design design, double[] beta, double[] units, double lambdaA, double lambdaH, double sigmaA)
      implements Serializable {}

  static final class State implements Serializable {
    private static final long serialVersionUID = 1L;
    final ModelPass.State drift;
    final InterviewerTally[] tallies;
    final double[] residuals;
    final long[] passBins;

    State(ModelPass.State drift, InterviewerTally[] tallies, double[] residuals, long[] passBins) {
      this.drift = drift;
      this.tallies = tallies;
      this.residuals = residuals;
      this.passBins = passBins;
    }
  }

  private final ModelPass drift;
  private final WindowModel window;
  private final int interviewers;
  private final int competencies;
  private final int stages;
  private final double scaleMin;
  private final double scaleMax;
  private final double targetHours;

  /**
   * @param drift the drift request (null: none)
   * @param window the window model (null: no residuals or strength)
   * @param interviewers size of the interviewer dictionary
   * @param competencies K
   * @param stages size of the stage dictionary
   * @param scaleMin lowest rating on the scale (extreme)
   * @param scaleMax highest rating on the scale (extreme)
   * @param targetHours feedback latency target
   */
  FinalPass(ModelPass.Request drift, WindowModel window, int interviewers, int competencies, int stages,
      double scaleMin, double scaleMax, double targetHours) {
    this.drift = drift == null ? null : new ModelPass(List.of(drift));
    this.window = window;
    this.interviewers = interviewers;
    this.competencies = competencies;
    this.stages = stages;
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.targetHours = targetHours;
  }

  @Override
  public State zero() {
    return new State(drift == null ? null : drift.zero(), new InterviewerTally[interviewers],
        new double[interviewers * competencies * 3], new long[interviewers * stages * BINS * 2]);
  }

  @Override
  public State add(State state, CandidateBlock b) {
    if (drift != null) {
      drift.add(state.drift, b);
    }
    int bin = -1;
    if (window != null) {
      bin = residuals(state, b);
    }
    indicators(state, b, bin);
    return state;
  }

  /** Adds the window residuals; returns the candidate's strength bin (−1 when not in the model). */
  private int residuals(State state, CandidateBlock b) {
    Design d = window.design();
    Group[] groups = Group.of(b, d, new int[] {d.units(0)});
    if (groups.length == 0) {
      return -1;
    }
    Group g = groups[0];
    double la = window.lambdaA();
    double lh = window.lambdaH();
    int n = g.scorecards.length;
    double[] se = new double[n];
    int[] m = new int[n];
    double u = 0;
    double alpha = 0;
    for (int s = 0; s < n; s++) {
      int k = g.scorecards[s];
      double shift = window.units()[g.unitOf[s]];
      for (int r = b.firstRating(k); r < b.endRating(k); r++) {
        double y = b.rating(r);
        if (!Double.isNaN(y)) {
          se[s] += y - window.beta()[b.competency(r)] - shift;
          m[s]++;
        }
      }
      u += se[s] / (1 + m[s] * lh);
      alpha += m[s] / (1 + m[s] * lh);
    }
    double a = la * u / (1 + la * alpha);
    for (int s = 0; s < n; s++) {
      int k = g.scorecards[s];
      double h = lh * (se[s] - la * m[s] * u / (1 + la * alpha)) / (1 + m[s] * lh);
      double shift = window.units()[g.unitOf[s]];
      int j = b.interviewer(k);
      for (int r = b.firstRating(k); r < b.endRating(k); r++) {
        double y = b.rating(r);
        if (Double.isNaN(y)) {
          continue;
        }
        double e = y - window.beta()[b.competency(r)] - shift - a - h;
        int at = 3 * (j * competencies + b.competency(r));
        state.residuals[at] += 1;
        state.residuals[at + 1] += e;
        state.residuals[at + 2] += e * e;
      }
    }
    if (!(window.sigmaA() > 0)) {
      return 0;
    }
    double z = a / window.sigmaA();
    int bin = 0;
    while (bin < STRENGTH_EDGES.length && z >= STRENGTH_EDGES[bin]) {
      bin++;
    }
    return bin;
  }

  private void indicators(State state, CandidateBlock b, int bin) {
    int s = b.scorecards();
    int[] stageCalls = new int[stages];
    int[] stagePasses = new int[stages];
    for (int k = 0; k < s; k++) {
      if (b.inWindow(k) && b.overall(k) > 0) {
        stageCalls[b.stage(k)]++;
        stagePasses[b.stage(k)] += b.overall(k) >= 3 ? 1 : 0;
      }
    }
    double[] values = new double[competencies];
    for (int k = 0; k < s; k++) {
      if (!b.inWindow(k)) {
        continue;
      }
      int j = b.interviewer(k);
      InterviewerTally t = state.tallies[j];
      if (t == null) {
        t = new InterviewerTally(competencies);
        state.tallies[j] = t;
      }
      t.scorecards++;
      boolean first = true;
      for (int x = 0; x < k; x++) {
        if (b.inWindow(x) && b.interviewer(x) == j) {
          first = false;
          break;
        }
      }
      if (first) {
        t.candidates++;
      }
      java.util.Arrays.fill(values, Double.NaN);
      for (int r = b.firstRating(k); r < b.endRating(k); r++) {
        double y = b.rating(r);
        if (Double.isNaN(y)) {
          continue;
        }
        values[b.competency(r)] = y;
        t.ratings++;
        t.sum += y;
        t.sumSquares += y * y;
        boolean ev = b.evidence(r);
        t.withEvidence += ev ? 1 : 0;
        if (y <= scaleMin || y >= scaleMax) {
          t.extreme++;
          t.extremeWithEvidence += ev ? 1 : 0;
        }
      }
      for (int c = 0; c < competencies; c++) {
        if (Double.isNaN(values[c])) {
          continue;
        }
        for (int e = c + 1; e < competencies; e++) {
          if (Double.isNaN(values[e])) {
            continue;
          }
          int at = 6 * InterviewerTally.pair(c, e, competencies);
          double x = values[c];
          double y = values[e];
          t.halo[at] += 1;
          t.halo[at + 1] += x;
          t.halo[at + 2] += y;
          t.halo[at + 3] += x * x;
          t.halo[at + 4] += y * y;
          t.halo[at + 5] += x * y;
        }
      }
      int call = b.overall(k);
      if (call > 0) {
        boolean pass = call >= 3;
        t.calls++;
        t.passes += pass ? 1 : 0;
        int mCalls = stageCalls[b.stage(k)];
        int pCalls = stagePasses[b.stage(k)];
        if (mCalls > 1) {
          t.panelPairs += mCalls - 1;
          t.panelAgreements += pass ? pCalls - 1 : mCalls - pCalls - 1;
        }
        if (b.decision() != CandidateBlock.NO_DECISION) {
          t.decisions++;
          t.decisionAgreements += pass == (b.decision() == CandidateBlock.HIRED) ? 1 : 0;
        }
        if (bin >= 0) {
          int at = 2 * ((j * stages + b.stage(k)) * BINS + bin);
          state.passBins[at]++;
          state.passBins[at + 1] += pass ? 1 : 0;
        }
      }
      double hours = b.latencyHours(k);
      if (Double.isFinite(hours) && hours >= 0) {
        t.latency.addCompleted(hours);
        t.latencyWithin += hours <= targetHours ? 1 : 0;
      }
    }
  }

  @Override
  public State merge(State state, State other) {
    if (drift != null) {
      drift.merge(state.drift, other.drift);
    }
    for (int j = 0; j < interviewers; j++) {
      if (other.tallies[j] == null) {
        continue;
      }
      if (state.tallies[j] == null) {
        state.tallies[j] = new InterviewerTally(competencies);
      }
      state.tallies[j].merge(other.tallies[j]);
    }
    for (int i = 0; i < state.residuals.length; i++) {
      state.residuals[i] += other.residuals[i];
    }
    for (int i = 0; i < state.passBins.length; i++) {
      state.passBins[i] += other.passBins[i];
    }
    return state;
  }
}
