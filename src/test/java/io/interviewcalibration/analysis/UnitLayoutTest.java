package io.interviewcalibration.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.interviewcalibration.analysis.UnitLayout.UnitStates;
import io.interviewcalibration.stats.agreement.CategoryCounts;
import io.interviewcalibration.stats.agreement.CoincidenceMatrix;
import io.interviewcalibration.stats.agreement.IntervalAlphaMoments;
import io.interviewcalibration.stats.agreement.OneWayAnova;
import io.interviewcalibration.stats.agreement.TwoWayAnova;
import io.interviewcalibration.stats.agreement.ValueDomain;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A unit's stored vector restores exactly the states of the unit, shared entries included. */
class UnitLayoutTest {
  private static final ValueDomain SCALE = ValueDomain.integers(0, 5);

  @Test
  void storedVectorsRestoreEveryStateOfTheUnit() {
    Random rnd = new Random(5);
    UnitLayout categorical = UnitLayout.categorical(SCALE, true);
    UnitLayout split = UnitLayout.categoricalWithSplit(ValueDomain.integers(1, 4), 3, true);
    UnitLayout continuous = UnitLayout.continuous(true);
    UnitLayout lean = UnitLayout.categorical(SCALE, false);
    assertThat(categorical.length()).as("shared entries stored once").isLessThan(1 + 36 + 4 + 6 + 36 + 6 + 8 + 5 + 2);
    for (int trial = 0; trial < 200; trial++) {
      int m = 2 + rnd.nextInt(4);
      double[] ratings = new double[m];
      double[] recs = new double[m];
      double[] composites = new double[m];
      String[] ivs = new String[m];
      for (int i = 0; i < m; i++) {
        ratings[i] = rnd.nextInt(6);
        recs[i] = 1 + rnd.nextInt(4);
        composites[i] = 100 * rnd.nextDouble();
        ivs[i] = "iv" + (i == 1 && trial % 3 == 0 ? 0 : i); // sometimes one interviewer twice
      }
      UnitStates c = categorical.states(categorical.contribution(ratings, ivs));
      assertThat(c.coincidence().vector()).isEqualTo(CoincidenceMatrix.ofUnit(ratings, SCALE).vector());
      assertThat(c.counts().vector()).isEqualTo(CategoryCounts.ofUnit(ratings, SCALE).vector());
      assertThat(c.oneWay().vector()).isEqualTo(OneWayAnova.ofUnit(ratings).vector());
      assertThat(c.twoWayHeader()).isEqualTo(Arrays.copyOf(TwoWayAnova.ofTarget(ratings).vector(), 5));
      double sum = Arrays.stream(ratings).sum();
      double squares = Arrays.stream(ratings).map(y -> y * y).sum();
      double cells = trial % 3 == 0 ? 4 + (m - 2) : m; // n_j² summed over interviewers
      assertThat(c.crossedCandidateSide()).containsExactly(m, sum, squares, 1, sum * sum / m, (double) m * m,
          cells / m, cells);
      assertThat(c.designCheck()).containsExactly(trial % 3 == 0 ? 0 : 1, trial % 3 == 0 ? m - 1 : m);

      UnitStates r = split.states(split.contribution(recs, ivs));
      long hire = Arrays.stream(recs).filter(y -> y >= 3).count();
      assertThat(r.hireSplit().vector()).isEqualTo(CategoryCounts.ofUnitCounts(new double[] {m - hire, hire},
          ValueDomain.of(0, 1)).vector());
      assertThat(r.counts().vector()).isEqualTo(CategoryCounts.ofUnit(recs, ValueDomain.integers(1, 4)).vector());

      UnitStates k = continuous.states(continuous.contribution(composites, ivs));
      assertThat(k.moments().vector()).isEqualTo(IntervalAlphaMoments.ofUnit(composites).vector());
      assertThat(k.oneWay().vector()).isEqualTo(OneWayAnova.ofUnit(composites).vector());
      assertThat(k.twoWayHeader()).isEqualTo(Arrays.copyOf(TwoWayAnova.ofTarget(composites).vector(), 5));

      UnitStates l = lean.states(lean.contribution(ratings, ivs));
      assertThat(l.coincidence().vector()).isEqualTo(CoincidenceMatrix.ofUnit(ratings, SCALE).vector());
      assertThat(l.crossedCandidateSide()).isNull();
    }
  }
}
