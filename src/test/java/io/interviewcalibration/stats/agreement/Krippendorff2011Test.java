package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, worked example C: 4
 * observers, 12 units, values 1–5, missing data. The same matrix is Gwet (2014) p. 120
 * ({@code cac.raw4raters} in irrCAC).
 */
class Krippendorff2011Test {

    /** R values (irr::kripp.alpha, irrCAC) printed to 7 decimals; the brief asks for 1e-6. */
    private static final double SEVEN_DECIMALS = 1e-6;
    /** irrCAC prints 5 decimals: half a unit in the 5th decimal place. */
    private static final double FIVE_DECIMALS = 5e-6;
    /** Krippendorff's own figures are printed to 3 decimals: half a unit in the 3rd place. */
    private static final double THREE_DECIMALS = 5e-4;
    /** Two computations of the same formula in different order agree to rounding. */
    private static final double ROUNDING = 1e-12;

    private static final ValueDomain SCALE = ValueDomain.integers(1, 5);
    private static final double[][] UNITS = Published.numbers("krippendorff2011_wide.csv", 1);

    private static KrippendorffAlpha alpha(AlphaMetric metric) {
        return KrippendorffAlpha.of(Published.coincidences(UNITS, SCALE), metric);
    }

    @Test
    void alphaMatchesRForAllFourMetrics() {
        assertThat(alpha(AlphaMetric.NOMINAL).value()).isCloseTo(0.7434211, within(SEVEN_DECIMALS));
        assertThat(alpha(AlphaMetric.ORDINAL).value()).isCloseTo(0.8153875, within(SEVEN_DECIMALS));
        assertThat(alpha(AlphaMetric.INTERVAL).value()).isCloseTo(0.8491071, within(SEVEN_DECIMALS));
        assertThat(alpha(AlphaMetric.RATIO).value()).isCloseTo(0.7974028, within(SEVEN_DECIMALS));
    }

    @Test
    void alphaMatchesThePublishedThreeDecimals() {
        assertThat(alpha(AlphaMetric.NOMINAL).value()).isCloseTo(0.743, within(THREE_DECIMALS));
        assertThat(alpha(AlphaMetric.ORDINAL).value()).isCloseTo(0.815, within(THREE_DECIMALS));
        assertThat(alpha(AlphaMetric.INTERVAL).value()).isCloseTo(0.849, within(THREE_DECIMALS));
        assertThat(alpha(AlphaMetric.RATIO).value()).isCloseTo(0.797, within(THREE_DECIMALS));
    }

    @Test
    void coincidenceMatrixMatchesThePaper() {
        // Krippendorff (2011) p. 4: n = 40 pairable values, n_1..n_5 = 9, 13, 10, 5, 3 (unit 12 has one value)
        CoincidenceMatrix m = Published.coincidences(UNITS, SCALE);
        assertThat(m.pairableValues()).isCloseTo(40, within(ROUNDING));
        assertThat(m.pairableUnits()).isEqualTo(11);
        double[] marginals = {9, 13, 10, 5, 3};
        for (int c = 0; c < 5; c++) {
            assertThat(m.marginal(c)).as("n_%d", c + 1).isCloseTo(marginals[c], within(ROUNDING));
        }
        assertThat(m.coincidence(0, 0)).isCloseTo(7, within(ROUNDING));
        assertThat(m.coincidence(0, 1)).isCloseTo(4.0 / 3, within(ROUNDING));
    }

    @Test
    void momentStateGivesTheSameIntervalAlpha() {
        IntervalAlphaMoments moments = IntervalAlphaMoments.empty();
        for (double[] u : UNITS) {
            moments = moments.merge(IntervalAlphaMoments.ofUnit(u));
        }
        KrippendorffAlpha fromMoments = KrippendorffAlpha.of(moments);
        KrippendorffAlpha fromMatrix = alpha(AlphaMetric.INTERVAL);
        assertThat(fromMoments.value()).isCloseTo(fromMatrix.value(), within(ROUNDING));
        assertThat(fromMoments.observedDisagreement()).isCloseTo(fromMatrix.observedDisagreement(), within(ROUNDING));
        assertThat(fromMoments.expectedDisagreement()).isCloseTo(fromMatrix.expectedDisagreement(), within(ROUNDING));
    }

    @Test
    void gwetAndFleissMatchIrrCac() {
        CategoryCounts counts = Published.categoryCounts(UNITS, SCALE);
        assertThat(counts.ratedUnits()).isEqualTo(12);
        assertThat(counts.pairableUnits()).isEqualTo(11);
        assertThat(GwetAc.ac1(counts).value()).isCloseTo(0.77544, within(FIVE_DECIMALS));
        assertThat(FleissKappa.of(counts).value()).isCloseTo(0.76117, within(FIVE_DECIMALS));
        assertThat(PercentAgreement.of(counts).value()).isCloseTo(0.8181818, within(SEVEN_DECIMALS));
    }

    @Test
    void gwetAc2MatchesIrrCacForEachWeighting() {
        CategoryCounts counts = Published.categoryCounts(UNITS, SCALE);
        assertThat(GwetAc.of(counts, Weighting.LINEAR).value()).isCloseTo(0.85874, within(FIVE_DECIMALS));
        assertThat(GwetAc.of(counts, Weighting.QUADRATIC).value()).isCloseTo(0.91400, within(FIVE_DECIMALS));
        assertThat(GwetAc.of(counts, Weighting.ORDINAL).value()).isCloseTo(0.89894, within(FIVE_DECIMALS));
    }
}
