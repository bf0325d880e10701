package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestedWeightsTest {
  static final double[] EQUAL = {25, 25, 25, 25};

  @Test
  void plantedTruthGivesPlantedShares() {
    // true slopes .6, .6, .15, 0 → shares 44.4, 44.4, 11.1, 0 of 100
    Planted d = new Planted(4000, 51);
    WeightSuggestion s = SuggestedWeights.fit(d.x, d.performance, OutcomeType.CONTINUOUS, 100);
    assertThat(s.reason()).isNull();
    assertThat(s.weights()[0]).isCloseTo(44.4, within(5.0));
    assertThat(s.weights()[1]).isCloseTo(44.4, within(5.0));
    assertThat(s.weights()[2]).isCloseTo(11.1, within(5.0));
    assertThat(s.weights()[3]).isLessThan(3.0);
    assertThat(IntStream.of(s.rounded()).sum()).isEqualTo(100);
    assertThat(java.util.Arrays.stream(s.weights()).sum()).isCloseTo(100, within(1e-9));
  }

  @Test
  void bootstrapComparisonRecommendsRaisingStrongAndLoweringUseless() {
    Planted d = new Planted(1500, 52);
    WeightComparison c = SuggestedWeights.compare(d.x, d.performance, OutcomeType.CONTINUOUS, EQUAL, 100, d.ids, 9,
        200, 0.95, 50);
    assertThat(c.reason()).isNull();
    assertThat(c.replicatesUsed()).isEqualTo(200);
    assertThat(c.competencies()).extracting(CompetencyWeight::recommendation).containsExactly(
        Recommendation.RAISE, Recommendation.RAISE, Recommendation.LOWER, Recommendation.LOWER);
    for (CompetencyWeight w : c.competencies()) {
      assertThat(w.ciLow()).isLessThanOrEqualTo(w.suggested());
      assertThat(w.ciHigh()).isGreaterThanOrEqualTo(w.suggested());
      assertThat(w.differenceLow()).isCloseTo(w.ciLow() - 25, within(1e-12));
    }
  }

  @Test
  void binaryOutcomeUsesNonNegativeLogistic() {
    Planted d = new Planted(1500, 53);
    WeightComparison c = SuggestedWeights.compare(d.x, d.hired, OutcomeType.BINARY, EQUAL, 100, d.ids, 9, 100,
        0.95, 50);
    assertThat(c.reason()).isNull();
    assertThat(c.competencies().get(0).recommendation()).isEqualTo(Recommendation.RAISE);
    assertThat(c.competencies().get(3).recommendation()).isEqualTo(Recommendation.LOWER);
  }

  @Test
  void sameSeedSameResultAndSmallSampleIsInsufficient() {
    Planted d = new Planted(40, 54);
    WeightComparison a = SuggestedWeights.compare(d.x, d.performance, OutcomeType.CONTINUOUS, EQUAL, 100, d.ids, 3,
        50, 0.95, 50);
    WeightComparison b = SuggestedWeights.compare(d.x, d.performance, OutcomeType.CONTINUOUS, EQUAL, 100, d.ids, 3,
        50, 0.95, 50);
    assertThat(a).usingRecursiveComparison().isEqualTo(b);
    assertThat(a.competencies()).allMatch(w -> w.recommendation() == Recommendation.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void noPositiveCoefficientIsAReason() {
    double[][] x = {{1, 5}, {2, 4}, {3, 3}, {4, 2}, {5, 1}};
    double[] y = {5, 4, 3, 2, 1.5};
    // y falls with x1 and rises with x2 = 6 − x1; make x2 constant to leave only a negative effect
    double[][] x2 = {{1, 3}, {2, 3}, {3, 3}, {4, 3}, {5, 3}};
    WeightSuggestion s = SuggestedWeights.fit(x2, y, OutcomeType.CONTINUOUS, 100);
    assertThat(s.reason()).isEqualTo(Reason.NO_POSITIVE_WEIGHT);
    assertThat(s.rounded()).isNull();
    assertThat(SuggestedWeights.fit(x, y, OutcomeType.CONTINUOUS, 100).weights()[1]).isCloseTo(100, within(1e-9));
  }
}
