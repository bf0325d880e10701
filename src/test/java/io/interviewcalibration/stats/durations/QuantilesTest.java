package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Type-7 quantiles on small sets, expected values worked by hand from
 * h = (n - 1) p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) (0-based).
 * R's {@code quantile(x, p)} (type 7 by default) gives the same numbers.
 */
class QuantilesTest {

    /** Interpolation in double arithmetic: h such as 9 * 0.9 is not exactly 8.1. */
    private static final double ROUNDING = 1e-12;

    @Test
    void singleValueIsEveryQuantile() {
        // n = 1: h = 0 for every p, Q = x[0] = 7
        double[] x = {7};
        assertThat(Quantiles.type7(x, 0.0)).isEqualTo(7.0);
        assertThat(Quantiles.type7(x, 0.5)).isEqualTo(7.0);
        assertThat(Quantiles.type7(x, 0.9)).isEqualTo(7.0);
        assertThat(Quantiles.type7(x, 1.0)).isEqualTo(7.0);
    }

    @Test
    void twoValues() {
        // x = {1, 4}, n = 2
        // p50: h = 1 * 0.5 = 0.5 -> 1 + 0.5 * (4 - 1) = 2.5     R: quantile(c(1,4), .5) = 2.5
        // p90: h = 0.9          -> 1 + 0.9 * 3 = 3.7           R: 3.7
        double[] x = {1, 4};
        assertThat(Quantiles.type7(x, 0.5)).isCloseTo(2.5, within(ROUNDING));
        assertThat(Quantiles.type7(x, 0.9)).isCloseTo(3.7, within(ROUNDING));
        assertThat(Quantiles.type7(x, 0.0)).isEqualTo(1.0);
        assertThat(Quantiles.type7(x, 1.0)).isEqualTo(4.0);
    }

    @Test
    void fiveValues() {
        // x = {1, 2, 3, 4, 10}, n = 5, n - 1 = 4
        // p25: h = 1.0 -> x[1] = 2                         R: 2
        // p50: h = 2.0 -> x[2] = 3                         R: 3
        // p90: h = 3.6 -> x[3] + 0.6 (x[4] - x[3]) = 4 + 0.6 * 6 = 7.6   R: 7.6
        double[] x = {1, 2, 3, 4, 10};
        assertThat(Quantiles.type7(x, 0.25)).isCloseTo(2.0, within(ROUNDING));
        assertThat(Quantiles.type7(x, 0.5)).isEqualTo(3.0);
        assertThat(Quantiles.type7(x, 0.9)).isCloseTo(7.6, within(ROUNDING));
    }

    @Test
    void tenValues() {
        // x = {0.5, 1, 1, 2, 3, 5, 8, 13, 21, 34}, n = 10, n - 1 = 9
        // p10: h = 0.9 -> 0.5 + 0.9 * (1 - 0.5) = 0.95     R: 0.95
        // p50: h = 4.5 -> 3 + 0.5 * (5 - 3) = 4            R: 4
        // p90: h = 8.1 -> 21 + 0.1 * (34 - 21) = 22.3      R: 22.3
        double[] x = {0.5, 1, 1, 2, 3, 5, 8, 13, 21, 34};
        assertThat(Quantiles.type7(x, 0.1)).isCloseTo(0.95, within(ROUNDING));
        assertThat(Quantiles.type7(x, 0.5)).isCloseTo(4.0, within(ROUNDING));
        assertThat(Quantiles.type7(x, 0.9)).isCloseTo(22.3, within(ROUNDING));
    }

    @Test
    void tiesGiveTheTiedValue() {
        // x = {2, 2, 2}: every interpolation is between equal values
        assertThat(Quantiles.type7(new double[] {2, 2, 2}, 0.37)).isEqualTo(2.0);
    }

    @Test
    void emptyInputIsNaN() {
        assertThat(Quantiles.type7(new double[0], 0.5)).isNaN();
        assertThat(Quantiles.type7Unsorted(new double[0], 0.5)).isNaN();
    }

    @Test
    void unsortedVariantSortsACopy() {
        double[] x = {34, 1, 21, 0.5, 13, 3, 2, 8, 5, 1};
        assertThat(Quantiles.type7Unsorted(x, 0.9)).isCloseTo(22.3, within(ROUNDING));
        assertThat(x[0]).as("argument left alone").isEqualTo(34.0);
    }

    @Test
    void rejectsBadProbabilityAndUnsortedOrNaNInput() {
        assertThatThrownBy(() -> Quantiles.type7(new double[] {1, 2}, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.type7(new double[] {1, 2}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.type7(new double[] {2, 1}, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.type7(new double[] {1, Double.NaN}, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantiles.type7(new double[] {Double.NaN}, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
