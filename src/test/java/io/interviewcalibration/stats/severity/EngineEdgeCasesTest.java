package io.interviewcalibration.stats.severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Disconnected interviewers, an empty window and no data at all. */
class EngineEdgeCasesTest {
  static final List<String> IVS = List.of("a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "b3");
  static final List<String> PERIODS = List.of("2026-Q2", "2026-Q3");

  private static SeveritySettings settings() {
    return new SeveritySettings(IVS, PERIODS, new int[] {8105, 8106}, List.of("onsite"), List.of("c1", "c2", "c3"),
        "2026-Q3", false, 5, 0.3, 24, 0, 5, 0.05);
  }

  /** Candidates rated by two interviewers from one group; groups a (0–5) and b (6–8) share none. */
  private static List<CandidateBlock> twoGroups(boolean window) {
    SplittableRandom rnd = new SplittableRandom(5);
    List<CandidateBlock> blocks = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      boolean groupB = i % 4 == 0;
      int from = groupB ? 6 : 0;
      int size = groupB ? 3 : 6;
      int first = from + rnd.nextInt(size);
      int second = from + (first - from + 1 + rnd.nextInt(size - 1)) % size;
      double ability = rnd.nextGaussian();
      CandidateBlock.Builder b = CandidateBlock.builder();
      for (int j : new int[] {first, second}) {
        b.scorecard(j, i % 2, 0, 3, 5, window);
        for (int c = 0; c < 3; c++) {
          b.rating(c, Math.max(0, Math.min(5, Math.rint(2.5 + ability + (groupB ? 0.8 : 0) + rnd.nextGaussian()))), true);
        }
      }
      blocks.add(b.build());
    }
    return blocks;
  }

  @Test
  void interviewersOutsideTheMainGroupAreReportedNotCompared() {
    SeverityFindings f = new SeverityEngine(Passes.of(twoGroups(true)), settings()).run();
    Map<String, InterviewerFinding> by = f.interviewers().stream()
        .collect(Collectors.toMap(InterviewerFinding::interviewer, x -> x));
    assertThat(f.windowComponents()).isEqualTo(2);
    for (String id : List.of("b1", "b2", "b3")) {
      assertThat(by.get(id).note()).as(id).isEqualTo("not_connected");
      assertThat(by.get(id).severity().estimated()).isFalse();
      assertThat(by.get(id).indicators().scorecards()).isPositive();
    }
    for (String id : List.of("a1", "a2", "a3", "a4", "a5", "a6")) {
      assertThat(by.get(id).severity().estimated()).as(id).isTrue();
    }
    assertThat(f.pooled()).doesNotContainKeys("b1", "b2", "b3").containsKeys("a1", "a6");
    assertThat(f.periods().stream().filter(p -> p.interviewer().equals("b1")).map(PeriodSeverity::note))
        .containsOnly("not_connected");
  }

  @Test
  void emptyWindowStillTracksDrift() {
    SeverityFindings f = new SeverityEngine(Passes.of(twoGroups(false)), settings()).run();
    assertThat(f.interviewers()).isEmpty();
    assertThat(f.windowFit().defined()).isFalse();
    assertThat(f.windowFit().reason()).isEqualTo("too_few_interviewers");
    assertThat(f.allFit().defined()).isTrue();
    assertThat(f.periods()).isNotEmpty();
  }

  @Test
  void noDataAtAll() {
    SeveritySettings s = new SeveritySettings(List.of(), List.of(), new int[0], List.of(), List.of("c1"), "", false, 5,
        0.3, 24, 0, 5, 0.05);
    SeverityFindings f = new SeverityEngine(Passes.of(List.of()), s).run();
    assertThat(f.interviewers()).isEmpty();
    assertThat(f.drift()).isEmpty();
    assertThat(f.allFit().defined()).isFalse();
  }
}
