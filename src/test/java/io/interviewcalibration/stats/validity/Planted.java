package io.interviewcalibration.stats.validity;

import java.util.SplittableRandom;

/**
 * Simulated candidates with planted effects: four correlated competency means on a 0–5 scale
 * (a shared factor plus noise), of which competencies 0 and 1 carry strong true weight, 2 a weak
 * one and 3 none, for a continuous outcome and a binary one.
 */
final class Planted {
  static final double[] TRUE_SLOPES = {0.6, 0.6, 0.15, 0.0};
  final double[][] x;
  final double[] performance;
  final double[] hired;
  final String[] ids;

  Planted(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    x = new double[n][4];
    performance = new double[n];
    hired = new double[n];
    ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = "cand-" + seed + "-" + i;
      double g = gaussian(rnd);
      double eta = -12;
      double perf = 1;
      for (int j = 0; j < 4; j++) {
        x[i][j] = Math.min(5, Math.max(0, 2.8 + 0.9 * (0.5 * g + 0.85 * gaussian(rnd))));
        perf += TRUE_SLOPES[j] * x[i][j];
        eta += 1.6 * TRUE_SLOPES[j] * x[i][j] * 2;
      }
      performance[i] = perf + 0.7 * gaussian(rnd);
      hired[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    }
  }

  static double gaussian(SplittableRandom rnd) {
    // Box–Muller
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  double hireRate() {
    return Numeric.mean(hired);
  }
}
