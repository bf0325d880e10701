package io.interviewcalibration.stats.severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded simulations of the statistics code (no Spark) at the sample's volumes ({@link
 * SampleLikeData}: eight quarters of ~175 screened candidates, ~570 scorecards a quarter, 40
 * interviewers), with the sample's planted harsh (+0.7) and lenient (−0.7) interviewers.
 *
 * <p>Drift: in each of 20 datasets (seeds 1000–1019), four interviewers drift by ±0.3 rating
 * points per quarter (two harsher, two more lenient); the other 36 do not drift. Observed: every
 * drifter found with the right direction (80/80, power 1.00); 6 of 720 non-drifters flagged
 * (0.8%). Asserted: power ≥ 0.9 and a false-flag rate ≤ 5%.
 *
 * <p>Severity in one quarter (the window: ~570 scorecards, ~14 per interviewer), same datasets
 * without drift. Observed: 86 of the 120 planted ±0.7 interviewers flagged with the right
 * direction (72%): 30 had fewer scorecards in the quarter than the minimum (10) and were not
 * compared; of the 90 compared, 86 were found (96%). 4 of 525 compared ordinary interviewers
 * were flagged (0.8%); the interviewer who sees strong candidates was never flagged lenient.
 * Asserted: ≥ 80% of compared planted interviewers found, false flags ≤ 5%, the strong-candidate
 * interviewer flagged lenient at most twice in 20.
 */
class DriftSimulationTest {
  static final int DATASETS = 20;
  static final int[] HARSHER = {13, 20};
  static final int[] MORE_LENIENT = {15, 26};

  private static double[] base() {
    double[] base = new double[SampleLikeData.INTERVIEWERS];
    for (int j : new int[] {1, 5, 9}) {
      base[j] = 0.7;
    }
    for (int j : new int[] {3, 7, 11}) {
      base[j] = -0.7;
    }
    return base;
  }

  @Test
  void plantedDriftIsFoundAndStableInterviewersAreNot() {
    int found = 0;
    int drifters = 0;
    int falseFlags = 0;
    int stable = 0;
    for (int d = 0; d < DATASETS; d++) {
      double[] drift = new double[SampleLikeData.INTERVIEWERS];
      for (int j : HARSHER) {
        drift[j] = 0.3;
      }
      for (int j : MORE_LENIENT) {
        drift[j] = -0.3;
      }
      SampleLikeData data = new SampleLikeData(1000 + d, base(), drift, 175);
      SeverityFindings f = new SeverityEngine(Passes.of(data.blocks), SampleLikeData.settings(true)).run();
      Map<String, DriftFinding> byId = f.drift().stream().collect(Collectors.toMap(DriftFinding::interviewer, x -> x));
      for (int j = 0; j < SampleLikeData.INTERVIEWERS; j++) {
        DriftFinding x = byId.get(String.format("iv%03d", j + 1));
        if (drift[j] != 0) {
          drifters++;
          String want = drift[j] > 0 ? DriftFinding.HARSHER : DriftFinding.MORE_LENIENT;
          found += x != null && x.flag().equals(want) ? 1 : 0;
        } else if (x != null) {
          stable++;
          falseFlags += x.flagged() ? 1 : 0;
        }
      }
    }
    double power = (double) found / drifters;
    double falseRate = (double) falseFlags / stable;
    System.out.printf("drift simulation: power %.3f (%d/%d), false flags %.4f (%d/%d)%n", power, found, drifters,
        falseRate, falseFlags, stable);
    assertThat(power).isGreaterThanOrEqualTo(0.9);
    assertThat(falseRate).isLessThanOrEqualTo(0.05);
  }

  @Test
  void windowSeverityPowerInOneQuarter() {
    Set<Integer> harsh = Set.of(1, 5, 9);
    Set<Integer> lenient = Set.of(3, 7, 11);
    int found = 0;
    int planted = 0;
    int compared = 0;
    int falseFlags = 0;
    int ordinary = 0;
    int strongOnlyLenient = 0;
    for (int d = 0; d < DATASETS; d++) {
      SampleLikeData data = new SampleLikeData(1000 + d, base(), new double[SampleLikeData.INTERVIEWERS], 175);
      SeverityFindings f = new SeverityEngine(Passes.of(data.blocks), SampleLikeData.settings(false)).run();
      for (InterviewerFinding x : f.interviewers()) {
        int j = Integer.parseInt(x.interviewer().substring(2)) - 1;
        SeverityFlag flag = x.severity().flag();
        if (harsh.contains(j) || lenient.contains(j)) {
          planted++;
          compared += flag != SeverityFlag.INSUFFICIENT_DATA ? 1 : 0;
          found += flag == (harsh.contains(j) ? SeverityFlag.HARSH : SeverityFlag.LENIENT) ? 1 : 0;
        } else if (flag != SeverityFlag.INSUFFICIENT_DATA && x.severity().estimated()) {
          ordinary++;
          falseFlags += flag == SeverityFlag.HARSH || flag == SeverityFlag.LENIENT ? 1 : 0;
          strongOnlyLenient += j == SampleLikeData.STRONG_ONLY && flag == SeverityFlag.LENIENT ? 1 : 0;
        }
      }
    }
    double power = (double) found / planted;
    double powerCompared = (double) found / compared;
    double falseRate = (double) falseFlags / ordinary;
    System.out.printf("one-quarter severity: found %d/%d planted (%.3f), %d/%d of those compared (%.3f);"
        + " false flags %d/%d (%.4f); strong-candidate interviewer flagged lenient %d/%d%n", found, planted, power,
        found, compared, powerCompared, falseFlags, ordinary, falseRate, strongOnlyLenient, DATASETS);
    assertThat(powerCompared).isGreaterThanOrEqualTo(0.8);
    assertThat(falseRate).isLessThanOrEqualTo(0.05);
    assertThat(strongOnlyLenient).isLessThanOrEqualTo(2);
  }
}
