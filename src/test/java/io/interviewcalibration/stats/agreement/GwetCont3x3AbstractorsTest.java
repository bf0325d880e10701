package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Gwet, K.L., irrCAC 1.0 README: contingency table {@code cont3x3abstractors}, two abstractors
 * classifying 100 pregnancies as ectopic, AIU or NIU.
 */
class GwetCont3x3AbstractorsTest {

    /** irrCAC's README prints 7 decimals; the brief asks for 1e-6. */
    private static final double SEVEN_DECIMALS = 1e-6;

    private static final ValueDomain CATEGORIES = ValueDomain.integers(1, 3);
    private static final double[][] TABLE = Published.numbers("gwet_cont3x3abstractors_table.csv", 1);

    @Test
    void cohenKappaAc1AndAlphaMatchIrrCac() {
        assertThat(CohenKappa.of(ContingencyTable.ofCounts(TABLE, CATEGORIES)).value())
                .isCloseTo(0.7964094, within(SEVEN_DECIMALS));
        assertThat(GwetAc.ac1(Published.categoryCountsOfTable(TABLE, CATEGORIES)).value())
                .isCloseTo(0.8493305, within(SEVEN_DECIMALS));
        assertThat(KrippendorffAlpha.of(Published.coincidencesOfTable(TABLE, CATEGORIES), AlphaMetric.NOMINAL).value())
                .isCloseTo(0.7972585, within(SEVEN_DECIMALS));
    }
}
