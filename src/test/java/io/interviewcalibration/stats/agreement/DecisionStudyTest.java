package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * D-study reliabilities Eρ²(k) = σ²c/(σ²c + (σ²s + σ²e)/k) (Brennan 2001, ch. 4). With
 * σ²c = 1 and σ²s + σ²e = 1 the reliability is k/(k + 1).
 */
class DecisionStudyTest {

    /** Closed-form fractions computed in double precision. */
    private static final double ROUNDING = 1e-12;

    @Test
    void reliabilityOfTheMeanOfKInterviewers() {
        DecisionStudy d = DecisionStudy.of(1.0, 0.25, 0.75, 0.8);
        for (int k = 1; k <= DecisionStudy.MAX_PANEL; k++) {
            assertThat(d.reliability(k)).as("k = %d", k).isCloseTo(k / (k + 1.0), within(ROUNDING));
        }
        assertThat(d.smallestPanel()).hasValue(4);
        assertThat(d.smallestPanelLabel()).isEqualTo("4");
    }

    @Test
    void noPanelUpToEightReachesAnUnreachableTarget() {
        DecisionStudy d = DecisionStudy.of(1.0, 0.25, 0.75, 0.95);
        assertThat(d.smallestPanel()).isEmpty();
        assertThat(d.smallestPanelLabel()).isEqualTo(">8");
    }

    @Test
    void interviewerVarianceCountsAsError() {
        DecisionStudy withSeverity = DecisionStudy.of(1.0, 0.5, 0.5, 0.7);
        DecisionStudy without = DecisionStudy.of(1.0, 0.0, 0.5, 0.7);
        assertThat(withSeverity.reliability(3)).isLessThan(without.reliability(3));
        assertThat(withSeverity.smallestPanel()).hasValue(3);
        assertThat(without.smallestPanel()).hasValue(2);
    }

    @Test
    void negativeComponentsAreRejected() {
        assertThatThrownBy(() -> DecisionStudy.of(-0.1, 0.2, 0.3, 0.8)).isInstanceOf(IllegalArgumentException.class);
    }
}
