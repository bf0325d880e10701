package io.interviewcalibration.stats.severity;

import io.interviewcalibration.stats.durations.DurationSketch;
import java.io.Serializable;

/**
 * Mergeable counts and sums behind one interviewer's rater-error indicators in the analysis
 * window (or the team's, when merged over interviewers). Everything is a sum over scorecards, so
 * {@link #merge} of the tallies of two sets of scorecards is the tally of their union (the
 * latency sketch merges exactly, see {@link DurationSketch}).
 *
 * <p>Halo sums: for each competency pair c &lt; d, over scorecards rating both, n, Σx, Σy, Σx², Σy², Σxy
 * (x the rating of c, y of d), at index 6·pair + (0..5), pairs in the order (0,1), (0,2), …, (K−2, K−1).
 */
public final class InterviewerTally implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Latencies kept exactly per interviewer before the sketch switches to log bins. */
  static final int LATENCY_EXACT_CAP = 4096;

  final int competencies;
  long scorecards;
  long candidates;
  long ratings;
  double sum;
  double sumSquares;
  long withEvidence;
  long extreme;
  long extremeWithEvidence;
  long calls;
  long passes;
  long panelPairs;
  long panelAgreements;
  long decisions;
  long decisionAgreements;
  long latencyWithin;
  final DurationSketch latency;
  final double[] halo;

  /** An empty tally for K competencies. */
  public InterviewerTally(int competencies) {
    this.competencies = competencies;
    latency = DurationSketch.create(LATENCY_EXACT_CAP);
    halo = new double[6 * pairs(competencies)];
  }

  /** Number of competency pairs, K(K−1)/2. */
  static int pairs(int k) {
    return k * (k - 1) / 2;
  }

  /** Index of pair (c, d), c &lt; d. */
  static int pair(int c, int d, int k) {
    return c * (2 * k - c - 1) / 2 + (d - c - 1);
  }

  /** Adds {@code other} into this tally and returns this. */
  public InterviewerTally merge(InterviewerTally other) {
    scorecards += other.scorecards;
    candidates += other.candidates;
    ratings += other.ratings;
    sum += other.sum;
    sumSquares += other.sumSquares;
    withEvidence += other.withEvidence;
    extreme += other.extreme;
    extremeWithEvidence += other.extremeWithEvidence;
    calls += other.calls;
    passes += other.passes;
    panelPairs += other.panelPairs;
    panelAgreements += other.panelAgreements;
    decisions += other.decisions;
    decisionAgreements += other.decisionAgreements;
    latencyWithin += other.latencyWithin;
    latency.merge(other.latency);
    for (int i = 0; i < halo.length; i++) {
      halo[i] += other.halo[i];
    }
    return this;
  }

  /** Scorecards in the window. */
  public long scorecards() {
    return scorecards;
  }

  /** Candidates rated in the window (a candidate counts once per interviewer). */
  public long candidates() {
    return candidates;
  }

  /** Ratings given (not-rated rows excluded). */
  public long ratings() {
    return ratings;
  }

  /** Mean rating; {@code NaN} without ratings. */
  public double meanRating() {
    return ratings == 0 ? Double.NaN : sum / ratings;
  }

  /** Sample standard deviation of the ratings (divisor n − 1); {@code NaN} below 2 ratings. */
  public double ratingSd() {
    if (ratings < 2) {
      return Double.NaN;
    }
    double mean = sum / ratings;
    return Math.sqrt(Math.max(0, (sumSquares - ratings * mean * mean) / (ratings - 1)));
  }

  /** Ratings that came with written evidence. */
  public long withEvidence() {
    return withEvidence;
  }

  /** Share of ratings without written evidence; {@code NaN} without ratings. */
  public double noEvidenceShare() {
    return ratings == 0 ? Double.NaN : 1 - (double) withEvidence / ratings;
  }

  /** Ratings at the ends of the scale. */
  public long extreme() {
    return extreme;
  }

  /** Share of ratings at the ends of the scale that came without evidence; {@code NaN} without any. */
  public double extremeNoEvidenceShare() {
    return extreme == 0 ? Double.NaN : 1 - (double) extremeWithEvidence / extreme;
  }

  /** Scorecards with an overall call. */
  public long calls() {
    return calls;
  }

  /** Share of overall calls that are yes or strong_yes; {@code NaN} without calls. */
  public double passRate() {
    return calls == 0 ? Double.NaN : (double) passes / calls;
  }

  /** (scorecard, other panel scorecard) pairs compared: same candidate and stage, both with a call. */
  public long panelPairs() {
    return panelPairs;
  }

  /** Share of panel pairs whose pass / no-pass calls agree; {@code NaN} without pairs. */
  public double panelAgreement() {
    return panelPairs == 0 ? Double.NaN : (double) panelAgreements / panelPairs;
  }

  /** Calls on candidates with a final decision (hired or not hired). */
  public long decisions() {
    return decisions;
  }

  /** Share of calls that match the final decision (pass and hired, or no pass and not hired). */
  public double decisionAgreement() {
    return decisions == 0 ? Double.NaN : (double) decisionAgreements / decisions;
  }

  /** Scorecards with a known interview-to-submission latency. */
  public long latencies() {
    return latency.completed();
  }

  /** Quantile of the latency in hours (type 7), e.g. 0.5 or 0.9; {@code NaN} without latencies. */
  public double latencyQuantile(double p) {
    return latency.completed() == 0 ? Double.NaN : latency.quantile(p);
  }

  /** Share of latencies within the target; {@code NaN} without latencies. */
  public double latencyWithinShare() {
    return latency.completed() == 0 ? Double.NaN : (double) latencyWithin / latency.completed();
  }

  /**
   * Halo: the mean over competency pairs of the Pearson correlation of the two ratings across
   * this interviewer's scorecards (pairs rated together on at least 3 scorecards, with variation
   * in both); {@code NaN} when no pair qualifies.
   */
  public double halo() {
    double s = 0;
    int n = 0;
    for (int p = 0; p < halo.length / 6; p++) {
      double r = correlation(halo, 6 * p);
      if (!Double.isNaN(r)) {
        s += r;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * Pooled within-interviewer halo of a team: per pair, the correlation from the centred sums of
   * every member (each interviewer's own means removed, so that differences in severity between
   * interviewers do not count as halo), averaged over pairs.
   */
  public static double pooledHalo(Iterable<InterviewerTally> members) {
    double[] sxx = null;
    double[] syy = null;
    double[] sxy = null;
    double[] n = null;
    for (InterviewerTally t : members) {
      int pairs = t.halo.length / 6;
      if (sxx == null) {
        sxx = new double[pairs];
        syy = new double[pairs];
        sxy = new double[pairs];
        n = new double[pairs];
      }
      for (int p = 0; p < pairs; p++) {
        double m = t.halo[6 * p];
        if (m < 2) {
          continue;
        }
        double sx = t.halo[6 * p + 1];
        double sy = t.halo[6 * p + 2];
        sxx[p] += t.halo[6 * p + 3] - sx * sx / m;
        syy[p] += t.halo[6 * p + 4] - sy * sy / m;
        sxy[p] += t.halo[6 * p + 5] - sx * sy / m;
        n[p] += m;
      }
    }
    if (sxx == null) {
      return Double.NaN;
    }
    double s = 0;
    int k = 0;
    for (int p = 0; p < sxx.length; p++) {
      if (n[p] >= 3 && sxx[p] > 0 && syy[p] > 0) {
        s += sxy[p] / Math.sqrt(sxx[p] * syy[p]);
        k++;
      }
    }
    return k == 0 ? Double.NaN : s / k;
  }

  private static double correlation(double[] h, int at) {
    double n = h[at];
    if (n < 3) {
      return Double.NaN;
    }
    double sxx = h[at + 3] - h[at + 1] * h[at + 1] / n;
    double syy = h[at + 4] - h[at + 2] * h[at + 2] / n;
    double sxy = h[at + 5] - h[at + 1] * h[at + 2] / n;
    if (sxx <= 1e-12 * Math.max(1, h[at + 3]) || syy <= 1e-12 * Math.max(1, h[at + 4])) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
