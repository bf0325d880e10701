package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interviewcalibration.stats.durations.Cohort.FunnelStep;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The funnel and time-to-decision state: a hand-made cohort, the merge law and serialisation. */
class CohortTest {
  private static final List<String> ORDER = List.of("screen", "onsite", "offer");

  @Test
  void funnelCountsCandidatesAndConversionsFromThePreviousStage() {
    Cohort c = Cohort.create(ORDER, 100)
        .addCandidate(List.of("screen"))
        .addCandidate(List.of("screen", "onsite"))
        .addCandidate(List.of("screen", "onsite", "offer", "onsite")) // a second onsite visit counts once
        .addCandidate(List.of("offer"))                               // skipped onsite
        .addCandidate(List.of("screen", "take_home"));
    List<FunnelStep> f = c.funnel(List.of("screen", "onsite", "offer", "take_home"));
    // reached: screen 4, onsite 2, offer 2, take_home 1, of 5 candidates
    assertThat(f).extracting(FunnelStep::reached).containsExactly(4L, 2L, 2L, 1L);
    assertThat(f.get(0).share()).isEqualTo(Rate.of(4, 5));
    assertThat(f.get(0).conversion()).isNull();
    // onsite after screen: both screen and onsite = 2, of 4 at screen
    assertThat(f.get(1).conversion()).isEqualTo(Rate.of(2, 4));
    // offer after onsite: both = 1 (the candidate who skipped onsite does not count), of 2 at onsite
    assertThat(f.get(2).conversion()).isEqualTo(Rate.of(1, 2));
    assertThat(f.get(2).previous()).isEqualTo("onsite");
    assertThat(f.get(3).inStageOrder()).isFalse();
    assertThat(f.get(3).conversion()).isNull();
  }

  @Test
  void decisionsGoToTheSketchAndUntimedCandidatesAreCounted() {
    Cohort c = Cohort.create(ORDER, 100)
        .addDecided(ExitReason.HIRED, 20)
        .addDecided(ExitReason.REJECTED, 4)
        .addActive(9)
        .addUntimed(Cohort.Untimed.NO_OUTCOME);
    assertThat(c.decided()).isEqualTo(2);
    assertThat(c.days().completed()).isEqualTo(2);
    assertThat(c.days().censored()).isEqualTo(1);
    assertThat(c.untimed(Cohort.Untimed.NO_OUTCOME)).isEqualTo(1);
    assertThatThrownBy(() -> c.addDecided(ExitReason.ADVANCED, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergingTheStatesOfAnyPartitionGivesTheStateOfTheWhole() throws Exception {
    SplittableRandom rnd = new SplittableRandom(5);
    Cohort whole = Cohort.create(ORDER, 50);
    Cohort left = Cohort.create(ORDER, 50);
    Cohort right = Cohort.create(ORDER, 50);
    for (int i = 0; i < 300; i++) {
      List<String> stages = new ArrayList<>();
      for (String s : List.of("screen", "onsite", "offer", "other")) {
        if (rnd.nextDouble() < 0.6) {
          stages.add(s);
        }
      }
      double days = rnd.nextDouble() * 60;
      int kind = rnd.nextInt(5);
      Cohort half = rnd.nextBoolean() ? left : right;
      for (Cohort c : List.of(whole, half)) {
        c.addCandidate(stages);
        switch (kind) {
          case 0 -> c.addDecided(ExitReason.HIRED, days);
          case 1 -> c.addDecided(ExitReason.REJECTED, days);
          case 2 -> c.addDecided(ExitReason.WITHDREW, days);
          case 3 -> c.addActive(days);
          default -> c.addUntimed(Cohort.Untimed.NO_DECISION_DATE);
        }
      }
    }
    assertThat(left.copy().merge(right)).isEqualTo(whole);
    assertThat(right.copy().merge(left)).isEqualTo(whole);
    assertThat(whole.days().exact()).as("300 candidates above a cap of 50: binned").isFalse();
    // Java serialisation (Spark's buffer encoder) keeps the state
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(whole);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(whole);
    }
    assertThatThrownBy(() -> whole.merge(Cohort.create(List.of("screen"), 50)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
