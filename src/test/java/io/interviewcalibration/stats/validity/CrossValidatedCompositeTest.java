package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidatedCompositeTest {
  /** Current weights that put most weight on the useless competency. */
  static final double[] POOR = {10, 10, 10, 70};

  @Test
  void suggestedCompositeBeatsAPoorCurrentOneOutOfSample() {
    Planted d = new Planted(1200, 71);
    CompositeValidity auc = CrossValidatedComposite.evaluate(d.x, d.hired, OutcomeType.BINARY, POOR, d.ids, 11, 5,
        0.95);
    assertThat(auc.reason()).isNull();
    assertThat(auc.metric()).isEqualTo("auc");
    assertThat(auc.suggested().value()).isGreaterThan(auc.current().value());
    assertThat(auc.difference().ciLow()).isPositive();
    assertThat(IntStream.of(auc.foldSizes()).sum()).isEqualTo(1200);
    CompositeValidity r = CrossValidatedComposite.evaluate(d.x, d.performance, OutcomeType.CONTINUOUS, POOR, d.ids,
        11, 5, 0.95);
    assertThat(r.metric()).isEqualTo("r");
    assertThat(r.difference().ciLow()).isPositive();
    assertThat(r.current().n()).isEqualTo(1200);
  }

  @Test
  void goodCurrentWeightsAreNotBeaten() {
    Planted d = new Planted(1200, 72);
    double[] planted = {40, 40, 10, 10};
    CompositeValidity r = CrossValidatedComposite.evaluate(d.x, d.performance, OutcomeType.CONTINUOUS, planted, d.ids,
        11, 5, 0.95);
    assertThat(r.difference().ciLow()).isNegative();
    assertThat(r.difference().ciHigh()).isPositive();
  }

  @Test
  void deterministicForASeed() {
    Planted d = new Planted(300, 73);
    CompositeValidity a = CrossValidatedComposite.evaluate(d.x, d.hired, OutcomeType.BINARY, POOR, d.ids, 4, 5, 0.95);
    CompositeValidity b = CrossValidatedComposite.evaluate(d.x, d.hired, OutcomeType.BINARY, POOR, d.ids, 4, 5, 0.95);
    assertThat(a).usingRecursiveComparison().isEqualTo(b);
  }

  @Test
  void tooFewCasesOrOneClassInATrainingFold() {
    Planted d = new Planted(8, 74);
    CompositeValidity small = CrossValidatedComposite.evaluate(d.x, d.performance, OutcomeType.CONTINUOUS, POOR,
        d.ids, 1, 5, 0.95);
    assertThat(small.reason()).isEqualTo(Reason.TOO_FEW_CASES);
    Planted e = new Planted(60, 75);
    double[] y = new double[60];
    y[0] = 1;
    CompositeValidity rare = CrossValidatedComposite.evaluate(e.x, y, OutcomeType.BINARY, POOR, e.ids, 1, 5, 0.95);
    assertThat(rare.reason()).isNotNull();
    assertThat(rare.suggested().defined()).isFalse();
  }
}
