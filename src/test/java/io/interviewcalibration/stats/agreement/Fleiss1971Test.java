package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Fleiss, J.L. (1971). Measuring nominal scale agreement among many raters. Psychological
 * Bulletin 76(5), 378–382; the worked example of the Wikipedia article "Fleiss' kappa" (10
 * subjects, 14 raters each, 5 categories).
 */
class Fleiss1971Test {

    /** R (irr::kappam.fleiss) printed to 7 decimals; the brief asks for 1e-6. */
    private static final double SEVEN_DECIMALS = 1e-6;
    /** The article prints P-bar and Pe-bar to 3 decimals: half a unit in the 3rd place. */
    private static final double THREE_DECIMALS = 5e-4;
    /** Counts and raw ratings give the same state up to rounding. */
    private static final double ROUNDING = 1e-12;

    private static final ValueDomain CATEGORIES = ValueDomain.integers(1, 5);

    private static CategoryCounts fromCounts() {
        CategoryCounts s = CategoryCounts.empty(CATEGORIES);
        for (double[] counts : Published.numbers("fleiss_wikipedia_counts.csv", 1)) {
            s = s.merge(CategoryCounts.ofUnitCounts(counts, CATEGORIES));
        }
        return s;
    }

    @Test
    void kappaMatchesTheWorkedExample() {
        FleissKappa kappa = FleissKappa.of(fromCounts());
        assertThat(kappa.value()).isCloseTo(0.2099307, within(SEVEN_DECIMALS));
        assertThat(kappa.observedAgreement()).as("P-bar").isCloseTo(0.378, within(THREE_DECIMALS));
        assertThat(kappa.chanceAgreement()).as("Pe-bar").isCloseTo(0.213, within(THREE_DECIMALS));
        assertThat(kappa.pairableUnits()).isEqualTo(10);
    }

    @Test
    void rawRatingsGiveTheSameKappaAsCounts() {
        double[][] raw = Published.numbers("fleiss_wikipedia_raw.csv", 1);
        double fromRaw = FleissKappa.of(Published.categoryCounts(raw, CATEGORIES)).value();
        assertThat(fromRaw).isCloseTo(FleissKappa.of(fromCounts()).value(), within(ROUNDING));
    }
}
