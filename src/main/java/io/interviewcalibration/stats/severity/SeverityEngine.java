package io.interviewcalibration.stats.severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the severity analysis over candidate blocks: a census pass (who shares candidates with
 * whom), the REML fits of the window and of every period up to the window's end in shared passes,
 * and one final pass for drift, indicators, competency residuals and pass-through. Every pass is
 * one aggregation; only per-interviewer, per-period and per-competency numbers come back.
 */
public final class SeverityEngine {
  private final Passes passes;
  private final SeveritySettings s;

  public SeverityEngine(Passes passes, SeveritySettings settings) {
    this.passes = passes;
    this.s = settings;
  }

  private int q() {
    return s.interviewers().size();
  }

  private int k() {
    return s.competencies().size();
  }

  private Design pooled(String name, boolean windowOnly, Connectivity c) {
    return new Design(name, windowOnly, false, true, k(), new int[][] {c.unitColumns()});
  }

  /** Only the pooled fit over every period up to the window's end: severity by interviewer id. */
  public Map<String, SeverityEstimate> pooledOnly() {
    Census.State census = passes.run(new Census(q(), s.periods().size()));
    Connectivity all = census.connectivity(Census.ALL);
    CrossedFit fit = CrossedFit.fit(passes, List.of(pooled("all_periods", false, all)), CrossedFit.START,
        CrossedFit.MAX_PASSES).get(0);
    return severities(fit, all);
  }

  /** The whole analysis. */
  public SeverityFindings run() {
    Map<String, Integer> passCount = new LinkedHashMap<>();
    int before = passes.count();
    Census.State census = passes.run(new Census(q(), s.periods().size()));
    passCount.put("census", passes.count() - before);
    Connectivity windowConn = census.connectivity(Census.WINDOW);
    Connectivity allConn = census.connectivity(Census.ALL);
    Design allDesign = pooled("all_periods", false, allConn);
    Design windowDesign = s.windowIsAll() ? allDesign : pooled("window", true, windowConn);

    before = passes.count();
    List<Design> designs = s.windowIsAll() ? List.of(allDesign) : List.of(windowDesign, allDesign);
    List<CrossedFit> fits = CrossedFit.fit(passes, designs, CrossedFit.START, CrossedFit.MAX_PASSES);
    passCount.put("fits", passes.count() - before);
    CrossedFit windowFit = fits.get(0);
    CrossedFit allFit = fits.get(fits.size() - 1);
    if (s.windowIsAll()) {
      windowConn = allConn;
    }

    int periods = s.periods().size();
    int[][] driftCols = new int[periods][];
    Connectivity[] periodConn = new Connectivity[periods];
    for (int t = 0; t < periods; t++) {
      periodConn[t] = census.connectivity(Census.period(t));
      driftCols[t] = periodConn[t].unitColumns();
    }
    Design driftDesign = periods == 0 ? null : new Design("drift", false, true, false, k(), driftCols);
    ModelPass.Request driftRequest = allFit.defined() && driftDesign != null
        ? new ModelPass.Request(driftDesign, allFit.t()) : null;
    FinalPass.WindowModel wm = null;
    if (windowFit.defined()) {
      double[] t = windowFit.t();
      wm = new FinalPass.WindowModel(windowDesign, windowFit.solution().fixed(), windowFit.solution().units(),
          t[0] * t[0], t[1] * t[1], Math.sqrt(windowFit.components().candidate()));
    }
    before = passes.count();
    FinalPass.State fin = passes.run(new FinalPass(driftRequest, wm, q(), k(), s.stages().size(), s.scaleMin(),
        s.scaleMax(), s.feedbackHours()));
    passCount.put("final", passes.count() - before);

    InterviewerTally team = new InterviewerTally(k());
    List<InterviewerTally> members = new ArrayList<>();
    for (InterviewerTally t : fin.tallies) {
      if (t != null) {
        team.merge(t);
        members.add(t);
      }
    }
    boolean evidence = team.withEvidence() > 0;
    double[][] pass = passThrough(fin.passBins);

    List<InterviewerFinding> findings = new ArrayList<>();
    int[] windowCols = windowDesign.unitColumns()[0];
    for (int j = 0; j < q(); j++) {
      InterviewerTally t = fin.tallies[j];
      if (t == null) {
        continue;
      }
      RaterIndicators ind = RaterIndicators.of(t, t.halo(), pass[j][0], pass[j][1], (long) pass[j][2], evidence);
      SeverityEstimate est = SeverityEstimate.none();
      String note = null;
      int u = windowCols[j];
      if (u >= 0 && windowFit.defined() && windowFit.equations().unitRatings(u) > 0) {
        est = estimate(windowFit, u);
        if (est.flag() == SeverityFlag.INSUFFICIENT_DATA) {
          note = "below_min_n";
        }
      } else if (windowConn.present(j) && !windowConn.inMain(j)) {
        note = "not_connected";
      } else if (!windowConn.present(j)) {
        note = "no_ratings";
      } else {
        note = windowFit.reason();
      }
      if (note == null && t.scorecards() < s.minScorecards()) {
        note = "below_min_n";
      }
      findings.add(new InterviewerFinding(s.interviewers().get(j), est, ind, note));
    }
    RaterIndicators teamIndicators = RaterIndicators.of(team, InterviewerTally.pooledHalo(members), pass[q()][0],
        pass[q()][1], (long) pass[q()][2], evidence);

    Map<String, SeverityEstimate> pooled = allFit.defined() ? severities(allFit, allConn) : Map.of();
    List<PeriodSeverity> periodRows = driftRequest == null ? List.of()
        : periodSeverities(fin.drift.systems[0], driftDesign, periodConn, census, allFit, allConn);
    Map<String, List<PeriodSeverity>> byInterviewer = new TreeMap<>();
    for (PeriodSeverity p : periodRows) {
      byInterviewer.computeIfAbsent(p.interviewer(), x -> new ArrayList<>()).add(p);
    }
    List<Drift.Series> series = new ArrayList<>();
    byInterviewer.forEach((id, list) -> series.add(new Drift.Series(id, list)));
    List<DriftFinding> drift = Drift.assess(series, s.latestPeriod(), s.severityPoints(), s.fdr(), s.minScorecards());

    List<CompetencyBias> bias = bias(fin.residuals, windowCols);
    return new SeverityFindings(windowFit, allFit, findings, teamIndicators, periodRows, pooled, drift, bias, evidence,
        windowConn.components(), passCount);
  }

  private SeverityEstimate estimate(CrossedFit fit, int u) {
    double[][] centred = fit.solution().centred();
    NormalEquations ne = fit.equations();
    double sev = -centred[0][u];
    double se = centred[1][u];
    double low = sev - SeverityEstimate.Z95 * se;
    double high = sev + SeverityEstimate.Z95 * se;
    long scorecards = ne.unitScorecards(u);
    return new SeverityEstimate(sev, se, low, high, scorecards, ne.unitRatings(u), ne.unitGroups(u),
        SeverityFlag.of(sev, low, high, scorecards, s.minScorecards(), s.severityPoints()));
  }

  private Map<String, SeverityEstimate> severities(CrossedFit fit, Connectivity c) {
    Map<String, SeverityEstimate> out = new LinkedHashMap<>();
    if (!fit.defined()) {
      return out;
    }
    int[] cols = c.unitColumns();
    for (int j = 0; j < cols.length; j++) {
      if (cols[j] >= 0 && fit.equations().unitRatings(cols[j]) > 0) {
        out.put(s.interviewers().get(j), estimate(fit, cols[j]));
      }
    }
    return out;
  }

  /**
   * Per interviewer (and, at index q, the team): {expected pass rate, adjusted pass rate, calls on
   * candidates in the model}. Expected: over the interviewer's calls, the pass rate of the other
   * interviewers at the same stage and strength bin (leave-one-out); adjusted: the team's rate over
   * the same calls plus observed minus expected.
   */
  private double[][] passThrough(long[] bins) {
    int stages = s.stages().size();
    int b = FinalPass.BINS;
    int cells = stages * b;
    long[] callsAll = new long[cells];
    long[] passAll = new long[cells];
    for (int j = 0; j < q(); j++) {
      for (int c = 0; c < cells; c++) {
        callsAll[c] += bins[2 * (j * cells + c)];
        passAll[c] += bins[2 * (j * cells + c) + 1];
      }
    }
    long teamCalls = 0;
    long teamPasses = 0;
    for (int c = 0; c < cells; c++) {
      teamCalls += callsAll[c];
      teamPasses += passAll[c];
    }
    double teamRate = teamCalls == 0 ? Double.NaN : (double) teamPasses / teamCalls;
    double[][] out = new double[q() + 1][];
    for (int j = 0; j < q(); j++) {
      double expected = 0;
      long calls = 0;
      long passes = 0;
      for (int c = 0; c < cells; c++) {
        long cj = bins[2 * (j * cells + c)];
        long pj = bins[2 * (j * cells + c) + 1];
        long others = callsAll[c] - cj;
        if (cj == 0 || others == 0) {
          continue;
        }
        expected += cj * (double) (passAll[c] - pj) / others;
        calls += cj;
        passes += pj;
      }
      if (calls == 0) {
        out[j] = new double[] {Double.NaN, Double.NaN, 0};
      } else {
        double e = expected / calls;
        double adjusted = Math.max(0, Math.min(1, teamRate + (double) passes / calls - e));
        out[j] = new double[] {e, adjusted, calls};
      }
    }
    out[q()] = new double[] {teamRate, teamRate, teamCalls};
    return out;
  }

  private List<PeriodSeverity> periodSeverities(NormalEquations[] systems, Design d, Connectivity[] periodConn,
      Census.State census, CrossedFit allFit, Connectivity allConn) {
    List<PeriodSeverity> out = new ArrayList<>();
    int[] allCols = allConn.unitColumns();
    for (int t = 0; t < systems.length; t++) {
      NormalEquations ne = systems[t];
      int qt = ne.units();
      int[] ivOf = d.interviewersOf(t);
      int ref = -1;
      for (int u = 0; u < qt; u++) {
        if (ne.unitRatings(u) > 0 && (ref < 0 || ne.unitScorecards(u) > ne.unitScorecards(ref))) {
          ref = u;
        }
      }
      String label = s.periods().get(t);
      int ordinal = s.periodOrdinals()[t];
      MixedSolution sol = ref < 0 ? null : MixedSolution.solve(ne, 1, false, ref);
      double[] effect = new double[qt];
      double[] variance = new double[qt];
      java.util.Arrays.fill(effect, Double.NaN);
      java.util.Arrays.fill(variance, Double.NaN);
      if (sol != null && sol.defined()) {
        double[] pooledEffects = allFit.defined() ? allFit.solution().centred()[0] : new double[0];
        // anchor: the period's interviewers average (by scorecards) what they average in the pooled fit
        double[] a = new double[qt];
        double sw = 0;
        double shift = 0;
        for (int u = 0; u < qt; u++) {
          if (ne.unitRatings(u) == 0) {
            continue;
          }
          double w = ne.unitScorecards(u);
          int col = allCols[ivOf[u]];
          double pooled = col >= 0 && allFit.defined() ? pooledEffects[col] : 0;
          a[u] = w;
          sw += w;
          shift += w * (sol.units()[u] - (Double.isNaN(pooled) ? 0 : pooled));
        }
        shift /= sw;
        for (int u = 0; u < qt; u++) {
          a[u] /= sw;
        }
        double aca = 0;
        double[] ca = new double[qt];
        for (int u = 0; u < qt; u++) {
          for (int v = 0; v < qt; v++) {
            ca[u] += sol.covariance(u, v) * a[v];
          }
          aca += a[u] * ca[u];
        }
        for (int u = 0; u < qt; u++) {
          if (ne.unitRatings(u) == 0) {
            continue;
          }
          effect[u] = sol.units()[u] - shift;
          variance[u] = Math.max(0, sol.covariance(u, u) - 2 * ca[u] + aca);
        }
      }
      for (int j = 0; j < q(); j++) {
        long scorecards = census.scorecards(Census.period(t), j);
        if (scorecards == 0) {
          continue;
        }
        int u = d.unitColumns()[t][j];
        String id = s.interviewers().get(j);
        if (u < 0 || Double.isNaN(effect[u])) {
          out.add(new PeriodSeverity(id, label, ordinal, Double.NaN, Double.NaN, Double.NaN, Double.NaN, scorecards,
              u < 0 ? "not_connected" : "not_estimated"));
          continue;
        }
        double sev = -effect[u];
        double se = Math.sqrt(variance[u]);
        out.add(new PeriodSeverity(id, label, ordinal, sev, se, sev - SeverityEstimate.Z95 * se,
            sev + SeverityEstimate.Z95 * se, scorecards, scorecards < s.minScorecards() ? "below_min_n" : null));
      }
    }
    out.sort(java.util.Comparator.comparing(PeriodSeverity::interviewer).thenComparingInt(PeriodSeverity::ordinal));
    return out;
  }

  private List<CompetencyBias> bias(double[] residuals, int[] windowCols) {
    List<CompetencyBias> cells = new ArrayList<>();
    for (int j = 0; j < q(); j++) {
      if (windowCols[j] < 0) {
        continue;
      }
      for (int c = 0; c < k(); c++) {
        int at = 3 * (j * k() + c);
        if (residuals[at] == 0) {
          continue;
        }
        cells.add(CompetencyBias.of(s.interviewers().get(j), s.competencies().get(c), residuals[at],
            residuals[at + 1], residuals[at + 2], s.minScorecards()));
      }
    }
    double[] p = cells.stream().mapToDouble(CompetencyBias::p).toArray();
    double[] qv = BenjaminiHochberg.adjust(p);
    List<CompetencyBias> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      out.add(cells.get(i).adjusted(qv[i], s.fdr()));
    }
    return out;
  }
}
