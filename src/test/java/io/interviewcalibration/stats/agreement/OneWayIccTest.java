package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * One-way ICC on an unbalanced panel, worked by hand: units {2, 4}, {3, 5, 7}, {6}.
 * N = 6, C = 3, Σy = 27, Σy² = 139, ΣT²/n = 18 + 75 + 36 = 129; SSB = 129 − 121.5 = 7.5,
 * MSB = 3.75; SSW = 10, MSW = 10/3; Σn² = 14, n0 = (6 − 14/6)/2 = 11/6;
 * ICC(1) = (5/12)/(15/4 + (5/6)(10/3)) = 3/47; ICC(1,k) = (5/12)/(15/4) = 1/9;
 * σ²between = (5/12)/(11/6) = 5/22.
 */
class OneWayIccTest {

    /** Exact rational results computed in double precision. */
    private static final double ROUNDING = 1e-12;

    private static OneWayIcc icc() {
        return OneWayIcc.of(OneWayAnova.ofUnit(new double[] {2, 4})
                .merge(OneWayAnova.ofUnit(new double[] {3, Double.NaN, 5, 7}))
                .merge(OneWayAnova.ofUnit(new double[] {6}))
                .merge(OneWayAnova.ofUnit(new double[] {Double.NaN})));
    }

    @Test
    void unbalancedPanelMatchesTheHandComputation() {
        OneWayIcc icc = icc();
        assertThat(icc.units()).isEqualTo(3);
        assertThat(icc.ratings()).isEqualTo(6);
        assertThat(icc.msb()).isCloseTo(3.75, within(ROUNDING));
        assertThat(icc.msw()).isCloseTo(10.0 / 3, within(ROUNDING));
        assertThat(icc.n0()).isCloseTo(11.0 / 6, within(ROUNDING));
        assertThat(icc.icc1()).isCloseTo(3.0 / 47, within(ROUNDING));
        assertThat(icc.icc1k()).isCloseTo(1.0 / 9, within(ROUNDING));
        assertThat(icc.sigma2Between()).isCloseTo(5.0 / 22, within(ROUNDING));
        assertThat(icc.sigma2Within()).isCloseTo(10.0 / 3, within(ROUNDING));
        assertThat(icc.defined()).isTrue();
    }

    @Test
    void equalUnitMeansLeaveIcc1kUndefinedButIcc1Defined() {
        OneWayIcc icc = OneWayIcc.of(OneWayAnova.ofUnit(new double[] {1, 3}).merge(OneWayAnova.ofUnit(new double[] {0, 4})));
        assertThat(icc.reason()).isEqualTo(UndefinedReason.NO_BETWEEN_UNIT_VARIATION);
        assertThat(icc.icc1k()).isNaN();
        assertThat(icc.icc1()).isCloseTo(-1.0, within(ROUNDING)); // −1/(n0 − 1), n0 = 2
    }
}
