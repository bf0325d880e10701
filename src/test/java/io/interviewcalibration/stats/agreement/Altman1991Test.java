package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Altman, D.G. (1991). Practical Statistics for Medical Research, pp. 403–405: two radiologists
 * classify 85 xeromammograms as normal, benign, suspect or cancer (Boyd et al. 1982).
 */
class Altman1991Test {

    /** R values (irr::kappa2, irrCAC) printed to 7 decimals; the brief asks for 1e-6. */
    private static final double SEVEN_DECIMALS = 1e-6;
    /** Altman prints kappa to 2 decimals: half a unit in the 2nd place. */
    private static final double TWO_DECIMALS = 5e-3;

    private static final ValueDomain CATEGORIES = ValueDomain.integers(1, 4);
    private static final double[][] TABLE = Published.numbers("altman1991_radiologists_table.csv", 1);

    @Test
    void cohenKappaUnweightedAndWeighted() {
        ContingencyTable table = ContingencyTable.ofCounts(TABLE, CATEGORIES);
        assertThat(table.total()).isEqualTo(85);
        CohenKappa kappa = CohenKappa.of(table);
        assertThat(kappa.value()).isCloseTo(0.4727891, within(SEVEN_DECIMALS));
        assertThat(kappa.value()).isCloseTo(0.47, within(TWO_DECIMALS));
        assertThat(CohenKappa.of(table, Weighting.LINEAR).value()).isCloseTo(0.5683990, within(SEVEN_DECIMALS));
        assertThat(CohenKappa.of(table, Weighting.QUADRATIC).value()).isCloseTo(0.6713706, within(SEVEN_DECIMALS));
    }

    @Test
    void tableBuiltFromUnitsEqualsTheCountTable() {
        ContingencyTable fromUnits = ContingencyTable.empty(CATEGORIES);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int c = 0; c < TABLE[i][j]; c++) {
                    fromUnits = fromUnits.merge(ContingencyTable.ofUnit(i + 1, j + 1, CATEGORIES));
                }
            }
        }
        assertThat(fromUnits.vector()).containsExactly(ContingencyTable.ofCounts(TABLE, CATEGORIES).vector());
    }

    @Test
    void gwetAc1AndAc2OnTheSameTableAsTwoRaters() {
        CategoryCounts counts = Published.categoryCountsOfTable(TABLE, CATEGORIES);
        assertThat(GwetAc.ac1(counts).value()).isCloseTo(0.5291981, within(SEVEN_DECIMALS));
        assertThat(GwetAc.of(counts, Weighting.QUADRATIC).value()).isCloseTo(0.8501719, within(SEVEN_DECIMALS));
    }
}
