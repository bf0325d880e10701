package io.interviewcalibration.stats.validity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecommendationTest {
  @Test
  void rule() {
    assertThat(Recommendation.of(2, 9, 200, 50)).isEqualTo(Recommendation.RAISE);
    assertThat(Recommendation.of(-12, -0.5, 200, 50)).isEqualTo(Recommendation.LOWER);
    assertThat(Recommendation.of(-4, 3, 200, 50)).isEqualTo(Recommendation.KEEP);
    assertThat(Recommendation.of(-5, 5, 200, 50)).isEqualTo(Recommendation.KEEP);
    assertThat(Recommendation.of(-8, 3, 200, 50)).isEqualTo(Recommendation.INSUFFICIENT_EVIDENCE);
    assertThat(Recommendation.of(-3, 12, 200, 50)).isEqualTo(Recommendation.INSUFFICIENT_EVIDENCE);
    // excluding 0 wins over the keep band, and an end exactly at 0 does not exclude it
    assertThat(Recommendation.of(1, 3, 200, 50)).isEqualTo(Recommendation.RAISE);
    assertThat(Recommendation.of(0, 3, 200, 50)).isEqualTo(Recommendation.KEEP);
  }

  @Test
  void belowMinimumNOrMissingIntervalIsInsufficientEvidence() {
    assertThat(Recommendation.of(2, 9, 49, 50)).isEqualTo(Recommendation.INSUFFICIENT_EVIDENCE);
    assertThat(Recommendation.of(Double.NaN, 9, 200, 50)).isEqualTo(Recommendation.INSUFFICIENT_EVIDENCE);
    assertThat(Recommendation.INSUFFICIENT_EVIDENCE.label()).isEqualTo("insufficient_evidence");
    assertThat(Recommendation.of(-2, 2, 200, 50, 1)).isEqualTo(Recommendation.INSUFFICIENT_EVIDENCE);
  }
}
