package io.interviewcalibration.stats.severity;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * An interviewer's bias on one competency: the mean of the window model's conditional residuals
 * of their ratings of it (what is left after the competency mean, the candidate, the scorecard's
 * overall level and the interviewer's own severity), negated so that positive = harsher on this
 * competency, with a one-sample t test (n − 1 degrees of freedom) and a Benjamini–Hochberg
 * adjusted p-value over every tested cell (cells with at least the minimum n).
 *
 * @param interviewer interviewer id
 * @param competency competency id
 * @param ratings n, ratings of the cell
 * @param bias −mean residual, rating points, positive = harsher
 * @param se standard error of the mean (sample SD / √n)
 * @param t t statistic of the bias, bias / se
 * @param p two-sided p-value; {@code NaN} when not tested
 * @param q adjusted p-value; {@code NaN} when not tested
 * @param flag {@code harsh}, {@code lenient} or empty (q ≤ the false-discovery rate)
 * @param note {@code below_min_n} when not tested for too few ratings, else null
 */
public record CompetencyBias(String interviewer, String competency, long ratings, double bias, double se, double t,
    double p, double q, String flag, String note) {

  /** The unadjusted cell from its residual count, sum and sum of squares. */
  static CompetencyBias of(String interviewer, String competency, double n, double sum, double sumSquares,
      int minN) {
    double mean = n == 0 ? Double.NaN : sum / n;
    double sd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSquares - n * mean * mean) / (n - 1)));
    double se = sd / Math.sqrt(n);
    double t = se > 0 ? -mean / se : Double.NaN;
    boolean tested = n >= Math.max(2, minN) && !Double.isNaN(t);
    double p = tested ? 2 * new TDistribution(n - 1).cumulativeProbability(-Math.abs(t)) : Double.NaN;
    return new CompetencyBias(interviewer, competency, (long) n, n == 0 ? Double.NaN : -mean, se, t, p, Double.NaN, "",
        tested ? null : "below_min_n");
  }

  /** This cell with its adjusted p-value and flag. */
  CompetencyBias adjusted(double qValue, double fdr) {
    String f = !Double.isNaN(qValue) && qValue <= fdr ? (bias > 0 ? "harsh" : "lenient") : "";
    return new CompetencyBias(interviewer, competency, ratings, bias, se, t, p, qValue, f, note);
  }
}
