package io.interviewcalibration.stats.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Percentile intervals with R's type-7 quantiles (Hyndman &amp; Fan 1996, definition 7). */
class PercentileIntervalTest {

    /** R prints these quantiles exactly (short decimals); only rounding separates them. */
    private static final double ROUNDING = 1e-12;

    @Test
    void matchesRType7Quantiles() {
        // R: quantile(1:10, c(.025, .975), type = 7) -> 1.225 9.775
        double[] oneToTen = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        PercentileInterval ci = PercentileInterval.of(oneToTen, 0.95);
        assertThat(ci.low()).isCloseTo(1.225, within(ROUNDING));
        assertThat(ci.high()).isCloseTo(9.775, within(ROUNDING));
        assertThat(ci.used()).isEqualTo(10);
        assertThat(ci.dropped()).isZero();
        // R: quantile(c(3.1, 0.2, 5, 7, 2.2), c(.05, .5, .95), type = 7) -> 0.6 3.1 6.6
        double[] x = {3.1, 0.2, 5, 7, 2.2};
        PercentileInterval ninety = PercentileInterval.of(x, 0.90);
        assertThat(ninety.low()).isCloseTo(0.6, within(ROUNDING));
        assertThat(ninety.high()).isCloseTo(6.6, within(ROUNDING));
        assertThat(PercentileInterval.quantile(new double[] {0.2, 2.2, 3.1, 5, 7}, 0.5)).isEqualTo(3.1);
    }

    @Test
    void nanReplicatesAreDroppedAndCounted() {
        double[] x = {Double.NaN, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, Double.NaN};
        PercentileInterval ci = PercentileInterval.of(x, 0.95);
        assertThat(ci.dropped()).isEqualTo(2);
        assertThat(ci.used()).isEqualTo(10);
        assertThat(ci.low()).isCloseTo(1.225, within(ROUNDING));
        assertThat(ci.high()).isCloseTo(9.775, within(ROUNDING));
    }

    @Test
    void tooFewReplicatesGiveNoInterval() {
        PercentileInterval ci = PercentileInterval.of(new double[] {Double.NaN, 0.4, Double.NaN}, 0.95);
        assertThat(ci.tooFewReplicates()).isTrue();
        assertThat(ci.low()).isNaN();
        assertThat(ci.high()).isNaN();
        assertThat(ci.used()).isEqualTo(1);
        assertThat(ci.dropped()).isEqualTo(2);
        assertThat(PercentileInterval.of(new double[0], 0.95).tooFewReplicates()).isTrue();
    }

    @Test
    void levelMustBeAProbability() {
        assertThatThrownBy(() -> PercentileInterval.of(new double[] {1, 2}, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PercentileInterval.of(new double[] {1, 2}, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
