package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson intervals: one worked by hand, four published by Newcombe (1998), Table II, method 3. */
class RateTest {

    /** Newcombe prints four decimals. */
    private static final double PUBLISHED = 0.00005;

    @Test
    void eightOutOfTenByHand() {
        // k = 8, n = 10, p = 0.8, z = 1.9599640, z^2 = 3.8414588
        // centre = (8 + 3.8414588 / 2) / (10 + 3.8414588) = 9.9207294 / 13.8414588 = 0.7167402
        // half   = z sqrt(10) / 13.8414588 * sqrt(0.8 * 0.2 + 3.8414588 / 40)
        //        = 0.4477816 * sqrt(0.2560365) = 0.4477816 * 0.5060005 = 0.2265777
        // interval = (0.4901625, 0.9433178); R: prop.test(8, 10, correct = FALSE)$conf.int agrees
        Rate r = Rate.of(8, 10);
        assertThat(r.estimate()).isEqualTo(0.8);
        assertThat(r.low()).isCloseTo(0.4901625, within(1e-7));
        assertThat(r.high()).isCloseTo(0.9433178, within(1e-7));
    }

    @Test
    void newcombe1998Examples() {
        assertInterval(Rate.of(81, 263), 0.2553, 0.3662);
        assertInterval(Rate.of(15, 148), 0.0624, 0.1605);
        assertInterval(Rate.of(0, 20), 0.0000, 0.1611);
        assertInterval(Rate.of(1, 29), 0.0061, 0.1718);
    }

    private static void assertInterval(Rate r, double low, double high) {
        assertThat(r.low()).as("low of %s", r).isCloseTo(low, within(PUBLISHED));
        assertThat(r.high()).as("high of %s", r).isCloseTo(high, within(PUBLISHED));
    }

    @Test
    void extremesStayInsideTheUnitInterval() {
        assertThat(Rate.of(0, 20).low()).isEqualTo(0.0);
        assertThat(Rate.of(20, 20).high()).isEqualTo(1.0);
        assertThat(Rate.of(20, 20).low()).isCloseTo(1 - 0.1611, within(PUBLISHED));
    }

    @Test
    void noTrialsIsNaN() {
        Rate r = Rate.of(0, 0);
        assertThat(r.estimate()).isNaN();
        assertThat(r.low()).isNaN();
        assertThat(r.high()).isNaN();
    }

    @Test
    void otherConfidenceAndPooling() {
        double[] i95 = Rate.of(8, 10).interval(0.95);
        assertThat(i95[0]).isCloseTo(Rate.of(8, 10).low(), within(1e-9));
        double[] i90 = Rate.of(8, 10).interval(0.90);
        assertThat(i90[0]).isGreaterThan(i95[0]);
        assertThat(i90[1]).isLessThan(i95[1]);
        assertThat(Rate.of(3, 5).plus(Rate.of(5, 5))).isEqualTo(Rate.of(8, 10));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> Rate.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
