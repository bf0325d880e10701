package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.api.Test;

/**
 * Oracle: on many seeded random panels our mergeable statistics equal those of
 * dkpro-statistics-agreement 2.2.0 (Meyer, Mieskes, Stab &amp; Gurevych 2014), which computes
 * them from in-memory studies.
 *
 * <p>dkpro's {@code OrdinalDistanceFunction} is Krippendorff's ordinal metric for integer
 * categories: it sums the marginal counts of the integers strictly between the two values plus
 * half of each end's count, squared, with counts taken over units with at least two ratings, which
 * is our n<sub>g</sub>; so ordinal alpha is compared directly.
 */
class DkproOracleTest {

    /** Same formulas summed in a different order: agreement to rounding error. */
    private static final double ROUNDING = 1e-10;
    private static final int PANELS = 300;
    private static final int POOL = 8;
    private static final ValueDomain SCALE = ValueDomain.integers(1, 5);

    /** A unit's ratings: a true level plus rater noise, rounded and clipped to 1–5. */
    private static int rating(Random rnd, double level) {
        long r = Math.round(level + rnd.nextGaussian() * 0.9);
        return (int) Math.max(1, Math.min(5, r));
    }

    @Test
    void krippendorffAlphaEqualsDkproOnRandomPanelsWithMissingRatings() {
        Random rnd = new Random(7_031_977L);
        int compared = 0;
        for (int p = 0; p < PANELS; p++) {
            int units = 10 + rnd.nextInt(50);
            CodingAnnotationStudy study = new CodingAnnotationStudy(POOL);
            CoincidenceMatrix matrix = CoincidenceMatrix.empty(SCALE);
            IntervalAlphaMoments moments = IntervalAlphaMoments.empty();
            for (int u = 0; u < units; u++) {
                double level = 1 + 4 * rnd.nextDouble();
                // 2–5 ratings, and now and then a unit with one rating that cannot be paired
                int m = rnd.nextInt(20) == 0 ? 1 : 2 + rnd.nextInt(4);
                Integer[] row = new Integer[POOL];
                double[] ratings = new double[POOL];
                java.util.Arrays.fill(ratings, Double.NaN);
                for (int slot : choose(rnd, POOL, m)) {
                    int r = rating(rnd, level);
                    row[slot] = r;
                    ratings[slot] = r;
                }
                study.addItemAsArray(row);
                matrix = matrix.merge(CoincidenceMatrix.ofUnit(ratings, SCALE));
                moments = moments.merge(IntervalAlphaMoments.ofUnit(ratings));
            }
            if (study.getCategoryCount() < 2) {
                assertThat(KrippendorffAlpha.of(matrix, AlphaMetric.NOMINAL).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
                continue;
            }
            compare(study, new NominalDistanceFunction(), matrix, AlphaMetric.NOMINAL, p);
            compare(study, new OrdinalDistanceFunction(), matrix, AlphaMetric.ORDINAL, p);
            compare(study, new IntervalDistanceFunction(), matrix, AlphaMetric.INTERVAL, p);
            compare(study, new RatioDistanceFunction(), matrix, AlphaMetric.RATIO, p);
            double dkproInterval = new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction()).calculateAgreement();
            assertThat(KrippendorffAlpha.of(moments).value()).as("panel %d, interval alpha from moments", p)
                    .isCloseTo(dkproInterval, within(ROUNDING));
            compared++;
        }
        assertThat(compared).isGreaterThan(PANELS * 9 / 10);
    }

    private static void compare(CodingAnnotationStudy study, IDistanceFunction distance, CoincidenceMatrix matrix,
                                AlphaMetric metric, int panel) {
        double expected = new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
        assertThat(KrippendorffAlpha.of(matrix, metric).value()).as("panel %d, %s", panel, metric)
                .isCloseTo(expected, within(ROUNDING));
    }

    @Test
    void fleissKappaEqualsDkproWhenEveryUnitHasTheSameNumberOfRatings() {
        Random rnd = new Random(19_710_501L);
        for (int p = 0; p < PANELS; p++) {
            int raters = 2 + rnd.nextInt(4);
            int units = 10 + rnd.nextInt(50);
            CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
            CategoryCounts counts = CategoryCounts.empty(SCALE);
            for (int u = 0; u < units; u++) {
                double level = 1 + 4 * rnd.nextDouble();
                Integer[] row = new Integer[raters];
                double[] ratings = new double[raters];
                for (int r = 0; r < raters; r++) {
                    row[r] = rating(rnd, level);
                    ratings[r] = row[r];
                }
                study.addItemAsArray(row);
                counts = counts.merge(CategoryCounts.ofUnit(ratings, SCALE));
            }
            if (study.getCategoryCount() < 2) {
                continue;
            }
            double expected = new FleissKappaAgreement(study).calculateAgreement();
            assertThat(FleissKappa.of(counts).value()).as("panel %d", p).isCloseTo(expected, within(ROUNDING));
        }
    }

    @Test
    void cohenKappaEqualsDkproForTwoRaters() {
        Random rnd = new Random(19_600_101L);
        for (int p = 0; p < PANELS; p++) {
            int units = 10 + rnd.nextInt(50);
            CodingAnnotationStudy study = new CodingAnnotationStudy(2);
            ContingencyTable table = ContingencyTable.empty(SCALE);
            for (int u = 0; u < units; u++) {
                double level = 1 + 4 * rnd.nextDouble();
                int a = rating(rnd, level);
                int b = rating(rnd, level);
                study.addItem(a, b);
                table = table.merge(ContingencyTable.ofUnit(a, b, SCALE));
            }
            if (study.getCategoryCount() < 2) {
                continue;
            }
            double expected = new CohenKappaAgreement(study).calculateAgreement();
            assertThat(CohenKappa.of(table).value()).as("panel %d", p).isCloseTo(expected, within(ROUNDING));
        }
    }

    /** m distinct slots out of n, in random order. */
    private static int[] choose(Random rnd, int n, int m) {
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            slots[i] = i;
        }
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = slots[i];
            slots[i] = slots[j];
            slots[j] = t;
        }
        return java.util.Arrays.copyOf(slots, m);
    }
}
