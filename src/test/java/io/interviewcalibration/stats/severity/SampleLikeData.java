package io.interviewcalibration.stats.severity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated ratings with the sample's volumes and structure, built directly as candidate blocks
 * (no files, no Spark) for simulations of the statistics: 8 quarters of about 175 screened
 * candidates each; a phone screen by one interviewer (a quarter of them by two), an onsite panel
 * of two or three (a fourth in 8% of loops) for the ~63% who pass, a hiring-manager scorecard on
 * the last three competencies for about half of those; 35 panel interviewers with workloads
 * 0.5–1.5 and 5 hiring managers. Rating = clamp(round(2.6 + 0.95·skill − severity + halo + noise))
 * on 0–5, skill = 0.6·ability + 0.8·own, halo ~ N(0, 0.35²) per scorecard, noise SD per
 * competency 0.40/0.45/0.55/0.50/0.80/0.65/1.10, 3% of ratings missing (the generator's model).
 * Interviewer 17 sees strong candidates half the time. Severity of interviewer j in quarter t
 * (0-based) = base[j] + drift[j]·(t − 3.5).
 */
final class SampleLikeData {
  static final int QUARTERS = 8;
  static final int PANEL = 35;
  static final int INTERVIEWERS = 40;
  static final int COMPETENCIES = 7;
  static final double[] NOISE = {0.40, 0.45, 0.55, 0.50, 0.80, 0.65, 1.10};
  static final int STRONG_ONLY = 17;

  final List<CandidateBlock> blocks = new ArrayList<>();
  private final SplittableRandom rnd;
  private final double[] base;
  private final double[] drift;
  private final double[] load = new double[PANEL];

  SampleLikeData(long seed, double[] base, double[] drift, int perQuarter) {
    this.rnd = new SplittableRandom(seed);
    this.base = base;
    this.drift = drift;
    for (int j = 0; j < PANEL; j++) {
      load[j] = 0.5 + rnd.nextDouble();
    }
    for (int t = 0; t < QUARTERS; t++) {
      for (int i = 0; i < perQuarter; i++) {
        blocks.add(candidate(t));
      }
    }
  }

  static List<String> interviewerIds() {
    List<String> ids = new ArrayList<>();
    for (int j = 0; j < INTERVIEWERS; j++) {
      ids.add(String.format("iv%03d", j + 1));
    }
    return ids;
  }

  static List<String> periods() {
    List<String> p = new ArrayList<>();
    for (int t = 0; t < QUARTERS; t++) {
      int q = t + 3; // 2024-Q4 first
      p.add((2024 + q / 4) + "-Q" + (q % 4 + 1));
    }
    return p;
  }

  static int[] ordinals() {
    int[] o = new int[QUARTERS];
    for (int t = 0; t < QUARTERS; t++) {
      o[t] = 2024 * 4 + 3 + t;
    }
    return o;
  }

  static SeveritySettings settings(boolean windowIsAll) {
    return new SeveritySettings(interviewerIds(), periods(), ordinals(), List.of("phone_screen", "onsite", "hiring_manager"),
        List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7"), periods().get(QUARTERS - 1), windowIsAll, 10, 0.3, 24, 0, 5,
        0.05);
  }

  double severity(int j, int t) {
    return base[j] + drift[j] * (t - (QUARTERS - 1) / 2.0);
  }

  private double gauss() {
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  private CandidateBlock candidate(int t) {
    double ability = gauss();
    double[] skill = new double[COMPETENCIES];
    for (int c = 0; c < COMPETENCIES; c++) {
      skill[c] = 0.6 * ability + 0.8 * gauss();
    }
    CandidateBlock.Builder b = CandidateBlock.builder();
    boolean window = t == QUARTERS - 1;
    List<Integer> taken = new ArrayList<>();
    int first = pick(ability, taken);
    taken.add(first);
    double phone = scorecard(b, first, t, 0, skill, 0, window);
    if (rnd.nextDouble() < 0.25) {
      int second = pick(ability, taken);
      taken.add(second);
      scorecard(b, second, t, 0, skill, 0, window);
    }
    byte decision = CandidateBlock.NOT_HIRED;
    if (phone + 0.3 * gauss() >= 2.3) {
      int panel = 2 + rnd.nextInt(2) + (rnd.nextDouble() < 0.08 ? 1 : 0);
      double sum = 0;
      for (int p = 0; p < panel; p++) {
        int j = pick(ability, taken);
        taken.add(j);
        sum += scorecard(b, j, t, 1, skill, 0, window);
      }
      if (sum / panel + 0.25 * gauss() >= 2.7) {
        int hm = PANEL + rnd.nextInt(INTERVIEWERS - PANEL);
        double m = scorecard(b, hm, t, 2, skill, 4, window);
        if (m + 0.3 * gauss() >= 2.4 && rnd.nextDouble() < 0.85) {
          decision = CandidateBlock.HIRED;
        }
      }
    }
    b.decision(decision);
    return b.build();
  }

  private int pick(double ability, List<Integer> taken) {
    while (true) {
      int j;
      if (ability > 0.5 && rnd.nextDouble() < 0.5) {
        j = STRONG_ONLY;
      } else {
        double total = 0;
        for (int q = 0; q < PANEL; q++) {
          total += q == STRONG_ONLY ? 0 : load[q];
        }
        double u = rnd.nextDouble() * total;
        j = 0;
        for (; j < PANEL - 1; j++) {
          u -= j == STRONG_ONLY ? 0 : load[j];
          if (u < 0) {
            break;
          }
        }
        if (j == STRONG_ONLY) {
          continue;
        }
      }
      if (!taken.contains(j)) {
        return j;
      }
    }
  }

  /** Adds a scorecard and returns its mean rating. */
  private double scorecard(CandidateBlock.Builder b, int j, int t, int stage, double[] skill, int firstComp,
      boolean window) {
    double sev = severity(j, t);
    double halo = 0.35 * gauss();
    double sum = 0;
    int n = 0;
    double[] y = new double[COMPETENCIES];
    for (int c = firstComp; c < COMPETENCIES; c++) {
      double latent = 2.6 + 0.95 * skill[c] - sev + halo + NOISE[c] * gauss();
      y[c] = rnd.nextDouble() < 0.03 ? Double.NaN : Math.max(0, Math.min(5, Math.rint(latent)));
      if (!Double.isNaN(y[c])) {
        sum += y[c];
        n++;
      }
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    int call = n == 0 ? 0 : mean / 5 >= 0.72 ? 4 : mean / 5 >= 0.55 ? 3 : mean / 5 >= 0.38 ? 2 : 1;
    b.scorecard(j, t, stage, call, 8 * Math.exp(0.9 * gauss()), window);
    for (int c = firstComp; c < COMPETENCIES; c++) {
      boolean extreme = y[c] == 0 || y[c] == 5;
      b.rating(c, y[c], rnd.nextDouble() < (extreme ? 0.65 : 0.9));
    }
    return mean;
  }
}
