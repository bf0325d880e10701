package io.interviewcalibration.analysis;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Decided candidates drawn from the sample generator's model, straight into feature rows (no
 * Spark): ability and own skill per competency, competency means = 2.6 + 0.95·skill + rating
 * noise averaged over three scorecards (noise SDs of the generator), hired when the composite
 * with current weights clears a noisy bar, performance 3.2 + 0.7·(planted weights · skill) for
 * hires, and 12-month retention for the hires who started early enough.
 */
final class SimulatedCandidates {
  /** The generator's planted performance weights, in the sample rubric's competency order. */
  static final double[] PERFORMANCE = {0.20, 0.50, 0.10, 0.40, 0.0, 0.15, 0.0};
  static final double[] RETENTION = {0.0, 0.10, 0.0, 0.50, 0.0, 0.30, 0.40};
  static final double[] NOISE = {0.40, 0.45, 0.55, 0.50, 0.80, 0.65, 1.10};
  static final double[] CURRENT = {15, 25, 15, 20, 10, 10, 5};

  private SimulatedCandidates() {}

  /**
   * @param n candidates
   * @param severity if not null, every candidate's means are shifted by −severity and the
   *     adjusted means undo it (adjusted = observed + severity)
   */
  static CandidateFeatures draw(int n, long seed, Double severity) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int p = PERFORMANCE.length;
    String[] ids = new String[n];
    double[][] means = new double[n][p];
    double[][] adjusted = severity == null ? null : new double[n][p];
    double[] hired = new double[n];
    double[] perf = new double[n];
    double[] ret = new double[n];
    for (int i = 0; i < n; i++) {
      ids[i] = String.format(Locale.ROOT, "S%06d", i);
      double ability = gauss(rnd);
      double[] skill = new double[p];
      double composite = 0;
      for (int j = 0; j < p; j++) {
        skill[j] = 0.6 * ability + 0.8 * gauss(rnd);
        double m = 0;
        for (int k = 0; k < 3; k++) {
          m += Math.max(0, Math.min(5, Math.rint(2.6 + 0.95 * skill[j] + 0.35 * gauss(rnd) + NOISE[j] * gauss(rnd))));
        }
        means[i][j] = m / 3 - (severity == null ? 0 : severity);
        if (adjusted != null) {
          adjusted[i][j] = means[i][j] + severity;
        }
        composite += CURRENT[j] * means[i][j] / 5;
      }
      hired[i] = composite + 6 * gauss(rnd) >= 60 ? 1 : 0;
      perf[i] = Double.NaN;
      ret[i] = Double.NaN;
      if (hired[i] == 1) {
        double pScore = dot(PERFORMANCE, skill) / norm(PERFORMANCE);
        perf[i] = Math.max(1, Math.min(5, 3.2 + 0.7 * pScore + 0.45 * gauss(rnd)));
        if (rnd.nextDouble() < 0.6) {
          double r = dot(RETENTION, skill) / norm(RETENTION);
          ret[i] = rnd.nextDouble() < 1 / (1 + Math.exp(1.2 + 1.1 * r)) ? 0 : 1;
        }
      }
    }
    return new CandidateFeatures(ids, means, adjusted, hired, perf, ret);
  }

  static double gauss(SplittableRandom rnd) {
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }
}
