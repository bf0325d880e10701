package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Shrout, P.E. &amp; Fleiss, J.L. (1979). Intraclass correlations: uses in assessing rater
 * reliability. Psychological Bulletin 86(2), 420–428: Table 2 data (6 targets × 4 judges), Table
 * 3 mean squares, Table 4 ICCs.
 */
class ShroutFleiss1979Test {

    /** R values (psych::ICC, irr::icc) printed to 7 decimals; the brief asks for 1e-6. */
    private static final double SEVEN_DECIMALS = 1e-6;
    /** Table 3 prints mean squares to 2 decimals: half a unit in the 2nd place. */
    private static final double TWO_DECIMALS = 5e-3;
    /** The same formula computed from two different states agrees to rounding. */
    private static final double ROUNDING = 1e-12;

    private static final double[][] SCORES = Published.numbers("shrout_fleiss_1979_wide.csv", 1);

    @Test
    void twoWayIccsMatchTable4() {
        TwoWayIcc icc = TwoWayIcc.of(TwoWayAnova.ofMatrix(SCORES));
        assertThat(icc.defined()).isTrue();
        assertThat(icc.icc11()).isCloseTo(0.1657418, within(SEVEN_DECIMALS));
        assertThat(icc.icc21()).isCloseTo(0.2897638, within(SEVEN_DECIMALS));
        assertThat(icc.icc31()).isCloseTo(0.7148407, within(SEVEN_DECIMALS));
        assertThat(icc.icc1k()).isCloseTo(0.4427971, within(SEVEN_DECIMALS));
        assertThat(icc.icc2k()).isCloseTo(0.6200505, within(SEVEN_DECIMALS));
        assertThat(icc.icc3k()).isCloseTo(0.9093155, within(SEVEN_DECIMALS));
    }

    @Test
    void meanSquaresMatchTable3() {
        TwoWayIcc icc = TwoWayIcc.of(TwoWayAnova.ofMatrix(SCORES));
        assertThat(icc.bms()).isCloseTo(11.24, within(TWO_DECIMALS));
        assertThat(icc.wms()).isCloseTo(6.26, within(TWO_DECIMALS));
        assertThat(icc.jms()).isCloseTo(32.49, within(TWO_DECIMALS));
        assertThat(icc.ems()).isCloseTo(1.02, within(TWO_DECIMALS));
    }

    @Test
    void oneWayStateGivesCaseOneOnTheBalancedTable() {
        OneWayAnova sums = OneWayAnova.empty();
        for (double[] row : SCORES) {
            sums = sums.merge(OneWayAnova.ofUnit(row));
        }
        OneWayIcc icc = OneWayIcc.of(sums);
        assertThat(icc.n0()).isCloseTo(4, within(ROUNDING));
        assertThat(icc.icc1()).isCloseTo(0.1657418, within(SEVEN_DECIMALS));
        assertThat(icc.icc1k()).isCloseTo(0.4427971, within(SEVEN_DECIMALS));
        assertThat(icc.msb()).isCloseTo(11.24, within(TWO_DECIMALS));
        assertThat(icc.msw()).isCloseTo(6.26, within(TWO_DECIMALS));
        assertThat(icc.sigma2Within()).isCloseTo(icc.msw(), within(ROUNDING));
        assertThat(icc.sigma2Between()).isCloseTo((icc.msb() - icc.msw()) / 4, within(ROUNDING));
    }

    @Test
    void aMissingCellMakesTheTwoWayDesignNotFullyCrossed() {
        double[][] holed = {SCORES[0].clone(), SCORES[1].clone(), SCORES[2].clone()};
        holed[1][2] = Double.NaN;
        TwoWayIcc icc = TwoWayIcc.of(TwoWayAnova.ofMatrix(holed));
        assertThat(icc.defined()).isFalse();
        assertThat(icc.reason()).isEqualTo(UndefinedReason.NOT_FULLY_CROSSED);
        assertThat(icc.icc21()).isNaN();
    }
}
