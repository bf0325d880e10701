package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Gwet, K.L., irrCAC 1.0 README: dataset {@code distrib.6raters}, 15 subjects each classified by
 * 6 raters into 5 unordered diagnoses, given as counts per category.
 */
class GwetDistrib6RatersTest {

    /** irrCAC's README prints 7 decimals; the brief asks for 1e-6. */
    private static final double SEVEN_DECIMALS = 1e-6;

    /** Unordered categories coded 1..5 in the column order of the file. */
    private static final ValueDomain DIAGNOSES = ValueDomain.integers(1, 5);
    private static final double[][] COUNTS = Published.numbers("gwet_distrib6raters_counts.csv", 0);

    @Test
    void ac1FleissKappaAndNominalAlphaMatchIrrCac() {
        CategoryCounts counts = CategoryCounts.empty(DIAGNOSES);
        CoincidenceMatrix coincidences = CoincidenceMatrix.empty(DIAGNOSES);
        for (double[] unit : COUNTS) {
            counts = counts.merge(CategoryCounts.ofUnitCounts(unit, DIAGNOSES));
            coincidences = coincidences.merge(CoincidenceMatrix.ofUnitCounts(unit, DIAGNOSES));
        }
        assertThat(GwetAc.ac1(counts).value()).isCloseTo(0.4448007, within(SEVEN_DECIMALS));
        assertThat(FleissKappa.of(counts).value()).isCloseTo(0.4139265, within(SEVEN_DECIMALS));
        assertThat(KrippendorffAlpha.of(coincidences, AlphaMetric.NOMINAL).value())
                .isCloseTo(0.4204384, within(SEVEN_DECIMALS));
    }
}
