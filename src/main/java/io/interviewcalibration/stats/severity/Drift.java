package io.interviewcalibration.stats.severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Drift tests over interviewers' period severities.
 *
 * <p>Per interviewer, over the estimated periods, with weights w = 1/se² (so that a period with
 * few scorecards counts little rather than not at all):
 * <ul>
 *   <li><b>Slope</b>: weighted least squares of severity on the period's calendar position, with
 *       at least 3 periods and the minimum number of scorecards over them. Its standard error is √(φ/Σw(x − x̄)²), where the dispersion
 *       φ = max(1, Σ<sub>interviewers</sub>Σw·residual² / Σ(T − 2)) is pooled over every
 *       interviewer's fit: period-to-period variation beyond what the standard errors explain
 *       widens every interval. t test on Σ(T − 2) degrees of freedom.</li>
 *   <li><b>Latest vs baseline</b>: the latest period's severity (which must rest on at least the
 *       minimum scorecards) minus the baseline, the precision-weighted mean of the interviewer's
 *       earlier periods, over √(se²<sub>latest</sub> + se²<sub>baseline</sub>); normal test.</li>
 * </ul>
 * The p-values of each rule are adjusted across interviewers by {@link BenjaminiHochberg}. A rule
 * fires when its adjusted p-value is at most the false-discovery rate and the change is at least
 * {@code points} rating points: for the slope, the fitted change over the interviewer's span of
 * periods; for the latest period, |latest − baseline|, which must also be at least 2 standard
 * errors. The flag's direction is the slope's sign when the slope rule fires, else the shift's.
 */
public final class Drift {
  private Drift() {}

  /**
   * One interviewer's period severities.
   *
   * @param interviewer interviewer id
   * @param periods the period severities, in calendar order
   */
  public record Series(String interviewer, List<PeriodSeverity> periods) {}

  /** Weighted least-squares pieces of one series. */
  private record Fit(int periods, long scorecards, double slope, double sxx, double rss, double change,
      double[] shift) {

    boolean testable(int minScorecards) {
      return periods >= 3 && sxx > 0 && scorecards >= minScorecards;
    }
  }

  /**
   * Tests every series and flags drift.
   *
   * @param series one per interviewer
   * @param latestPeriod label of the latest period (the window's)
   * @param points smallest change in rating points that can be flagged
   * @param fdr false-discovery rate, e.g. 0.05
   * @param minScorecards fewest scorecards, over the estimated periods, before the slope is tested
   */
  public static List<DriftFinding> assess(List<Series> series, String latestPeriod, double points, double fdr,
      int minScorecards) {
    int n = series.size();
    Fit[] fits = new Fit[n];
    double rssAll = 0;
    int df = 0;
    for (int i = 0; i < n; i++) {
      fits[i] = fit(series.get(i), latestPeriod);
      if (fits[i].testable(minScorecards)) {
        rssAll += fits[i].rss();
        df += fits[i].periods() - 2;
      }
    }
    double phi = df == 0 ? 1 : Math.max(1, rssAll / df);
    TDistribution t = df == 0 ? null : new TDistribution(df);
    double crit = t == null ? Double.NaN : t.inverseCumulativeProbability(0.975);
    double[] slopeP = new double[n];
    double[] se = new double[n];
    double[] shiftP = new double[n];
    NormalDistribution z = new NormalDistribution();
    for (int i = 0; i < n; i++) {
      Fit f = fits[i];
      slopeP[i] = Double.NaN;
      se[i] = Double.NaN;
      if (f.testable(minScorecards)) {
        se[i] = Math.sqrt(phi / f.sxx());
        slopeP[i] = 2 * t.cumulativeProbability(-Math.abs(f.slope() / se[i]));
      }
      double shiftZ = f.shift()[5];
      shiftP[i] = Double.isNaN(shiftZ) ? Double.NaN : 2 * z.cumulativeProbability(-Math.abs(shiftZ));
    }
    double[] slopeQ = BenjaminiHochberg.adjust(slopeP);
    double[] shiftQ = BenjaminiHochberg.adjust(shiftP);
    List<DriftFinding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Fit f = fits[i];
      double[] sh = f.shift();
      boolean bySlope = !Double.isNaN(slopeQ[i]) && slopeQ[i] <= fdr && Math.abs(f.change()) >= points;
      boolean byShift = !Double.isNaN(shiftQ[i]) && shiftQ[i] <= fdr && Math.abs(sh[4]) >= points
          && Math.abs(sh[5]) >= 2;
      DriftRule rule = bySlope && byShift ? DriftRule.BOTH : bySlope ? DriftRule.SLOPE
          : byShift ? DriftRule.LATEST_VS_BASELINE : DriftRule.NONE;
      double direction = bySlope ? f.slope() : sh[4];
      String flag = rule == DriftRule.NONE ? "" : direction > 0 ? DriftFinding.HARSHER : DriftFinding.MORE_LENIENT;
      String note = null;
      if (Double.isNaN(slopeP[i]) && Double.isNaN(shiftP[i])) {
        note = f.periods() < 3 ? "too_few_periods" : f.scorecards() < minScorecards ? "below_min_n" : "no_latest_period";
      }
      double low = f.slope() - crit * se[i];
      double high = f.slope() + crit * se[i];
      out.add(new DriftFinding(series.get(i).interviewer(), f.periods(), f.slope(), se[i], low, high, slopeP[i],
          slopeQ[i], f.change(), sh[0], sh[1], latestPeriod, sh[2], sh[3], sh[4], sh[5], shiftP[i], shiftQ[i], rule,
          flag, note));
    }
    return out;
  }

  /** The weighted fit and the shift {baseline, baseline se, latest, latest se, shift, z}. */
  private static Fit fit(Series s, String latestPeriod) {
    List<PeriodSeverity> est = s.periods().stream().filter(PeriodSeverity::estimated).toList();
    int t = est.size();
    long scorecards = est.stream().mapToLong(PeriodSeverity::scorecards).sum();
    double slope = Double.NaN;
    double sxx = 0;
    double rss = 0;
    double change = Double.NaN;
    if (t >= 2) {
      double sw = 0;
      double swx = 0;
      double swy = 0;
      for (PeriodSeverity p : est) {
        double w = 1 / (p.se() * p.se());
        sw += w;
        swx += w * p.ordinal();
        swy += w * p.severity();
      }
      double xbar = swx / sw;
      double ybar = swy / sw;
      double sxy = 0;
      for (PeriodSeverity p : est) {
        double w = 1 / (p.se() * p.se());
        sxx += w * (p.ordinal() - xbar) * (p.ordinal() - xbar);
        sxy += w * (p.ordinal() - xbar) * (p.severity() - ybar);
      }
      if (sxx > 0) {
        slope = sxy / sxx;
        for (PeriodSeverity p : est) {
          double w = 1 / (p.se() * p.se());
          double r = p.severity() - ybar - slope * (p.ordinal() - xbar);
          rss += w * r * r;
        }
        change = slope * (est.get(t - 1).ordinal() - est.get(0).ordinal());
      }
    }
    double[] shift = new double[6];
    Arrays.fill(shift, Double.NaN);
    PeriodSeverity latest = null;
    for (PeriodSeverity p : est) {
      if (p.period().equals(latestPeriod) && p.enough()) {
        latest = p;
      }
    }
    if (latest != null) {
      double sw = 0;
      double swy = 0;
      for (PeriodSeverity p : est) {
        if (p.ordinal() < latest.ordinal()) {
          double w = 1 / (p.se() * p.se());
          sw += w;
          swy += w * p.severity();
        }
      }
      if (sw > 0) {
        shift[0] = swy / sw;
        shift[1] = Math.sqrt(1 / sw);
        shift[2] = latest.severity();
        shift[3] = latest.se();
        shift[4] = latest.severity() - shift[0];
        shift[5] = shift[4] / Math.sqrt(latest.se() * latest.se() + 1 / sw);
      }
    }
    return new Fit(t, scorecards, slope, sxx, rss, change, shift);
  }
}
