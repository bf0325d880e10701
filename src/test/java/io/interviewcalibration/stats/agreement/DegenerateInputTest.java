package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Degenerate panels have a defined, documented outcome: a number where the formula gives one,
 * otherwise {@code NaN} with a reason.
 *
 * <p>Conventions: without variation Krippendorff's alpha, the kappas and the ICCs are undefined
 * ({@link UndefinedReason#NO_VARIATION}), while percent agreement and Gwet's AC1/AC2 are 1
 * (their chance agreement is 0); without a unit of two ratings everything that compares ratings
 * is {@link UndefinedReason#NO_PAIRABLE_UNITS}; a single unit gives alpha = 0 exactly and the
 * ICCs {@link UndefinedReason#TOO_FEW_UNITS}.
 */
class DegenerateInputTest {

    /** Exact arithmetic on small integers, up to rounding. */
    private static final double ROUNDING = 1e-12;
    private static final ValueDomain SCALE = ValueDomain.integers(1, 5);
    private static final double NA = Double.NaN;

    private static <S extends LinearState<S>> S sum(double[][] units, S empty, Function<double[], S> ofUnit) {
        S s = empty;
        for (double[] u : units) {
            s = s.merge(ofUnit.apply(u));
        }
        return s;
    }

    private static CoincidenceMatrix coincidences(double[][] units) {
        return sum(units, CoincidenceMatrix.empty(SCALE), u -> CoincidenceMatrix.ofUnit(u, SCALE));
    }

    private static CategoryCounts categories(double[][] units) {
        return sum(units, CategoryCounts.empty(SCALE), u -> CategoryCounts.ofUnit(u, SCALE));
    }

    private static IntervalAlphaMoments moments(double[][] units) {
        return sum(units, IntervalAlphaMoments.empty(), IntervalAlphaMoments::ofUnit);
    }

    private static OneWayAnova oneWay(double[][] units) {
        return sum(units, OneWayAnova.empty(), OneWayAnova::ofUnit);
    }

    @Nested
    class AllRatingsIdentical {

        private final double[][] units = {{3, 3, 3}, {3, 3}, {3, 3, 3, 3}, {3, NA, 3}};

        @Test
        void alphaIsUndefinedForEveryMetric() {
            for (AlphaMetric metric : AlphaMetric.values()) {
                KrippendorffAlpha alpha = KrippendorffAlpha.of(coincidences(units), metric);
                assertThat(alpha.value()).as("%s", metric).isNaN();
                assertThat(alpha.reason()).isEqualTo(UndefinedReason.NO_VARIATION);
                assertThat(alpha.reason().code()).isEqualTo("no_variation");
            }
            assertThat(KrippendorffAlpha.of(moments(units)).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
        }

        @Test
        void nonIntegerConstantRatingsAreRecognisedDespiteRounding() {
            double[][] composite = {{73.1, 73.1, 73.1}, {73.1, 73.1}};
            assertThat(KrippendorffAlpha.of(moments(composite)).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
        }

        @Test
        void kappasAreUndefinedButPercentAgreementAndGwetAreOne() {
            CategoryCounts counts = categories(units);
            assertThat(FleissKappa.of(counts).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
            assertThat(FleissKappa.of(counts).value()).isNaN();
            assertThat(PercentAgreement.of(counts).value()).isEqualTo(1.0);
            for (Weighting w : Weighting.values()) {
                GwetAc ac = GwetAc.of(counts, w);
                assertThat(ac.chanceAgreement()).as("%s", w).isCloseTo(0, within(ROUNDING));
                assertThat(ac.value()).as("%s", w).isCloseTo(1, within(ROUNDING));
            }
            ContingencyTable table = ContingencyTable.ofUnit(3, 3, SCALE).merge(ContingencyTable.ofUnit(3, 3, SCALE));
            assertThat(CohenKappa.of(table).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
        }

        @Test
        void iccsAreUndefined() {
            assertThat(OneWayIcc.of(oneWay(units)).reason()).isEqualTo(UndefinedReason.NO_VARIATION);
            assertThat(OneWayIcc.of(oneWay(units)).icc1()).isNaN();
            TwoWayIcc twoWay = TwoWayIcc.of(TwoWayAnova.ofMatrix(new double[][] {{3, 3}, {3, 3}, {3, 3}}));
            assertThat(twoWay.reason()).isEqualTo(UndefinedReason.NO_VARIATION);
        }

        @Test
        void varianceComponentsAreZeroAndTheDecisionStudyUndefined() {
            CrossedSums sums = CrossedSums.fromRatings(new int[] {1, 1, 2, 2, 3, 3}, new int[] {1, 2, 1, 3, 2, 3},
                    new double[] {3, 3, 3, 3, 3, 3});
            CrossedVarianceComponents vc = CrossedVarianceComponents.of(sums);
            assertThat(vc.defined()).isTrue();
            assertThat(vc.candidate().estimate()).isCloseTo(0, within(ROUNDING));
            assertThat(vc.interviewer().estimate()).isCloseTo(0, within(ROUNDING));
            assertThat(vc.residual().estimate()).isCloseTo(0, within(ROUNDING));
            DecisionStudy d = DecisionStudy.of(0, 0, 0, 0.8);
            assertThat(d.reason()).isEqualTo(UndefinedReason.NO_VARIATION);
            assertThat(d.smallestPanelLabel()).isEmpty();
        }
    }

    @Nested
    class OneRaterOnly {

        /** One rater, one rating per unit. */
        private final double[][] units = {{1}, {4}, {2}, {5}, {3}};

        @Test
        void nothingCanBePaired() {
            KrippendorffAlpha alpha = KrippendorffAlpha.of(coincidences(units), AlphaMetric.INTERVAL);
            assertThat(alpha.value()).isNaN();
            assertThat(alpha.reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(KrippendorffAlpha.of(moments(units)).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            CategoryCounts counts = categories(units);
            assertThat(counts.ratedUnits()).isEqualTo(5);
            assertThat(PercentAgreement.of(counts).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(FleissKappa.of(counts).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(GwetAc.ac1(counts).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(OneWayIcc.of(oneWay(units)).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(OneWayIcc.of(oneWay(units)).msb()).as("MSB still has its degrees of freedom").isPositive();
        }

        @Test
        void aSecondRaterWhoNeverRatesLeavesCohenUndefined() {
            ContingencyTable t = ContingencyTable.empty(SCALE);
            for (double[] u : units) {
                t = t.merge(ContingencyTable.ofUnit(u[0], NA, SCALE));
            }
            assertThat(CohenKappa.of(t).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
        }

        @Test
        void oneJudgeOrOneInterviewerCannotSeparateEffects() {
            TwoWayIcc twoWay = TwoWayIcc.of(TwoWayAnova.ofMatrix(units));
            assertThat(twoWay.reason()).isEqualTo(UndefinedReason.TOO_FEW_UNITS);
            CrossedSums sums = CrossedSums.fromRatings(new int[] {1, 1, 2, 2, 3}, new int[] {7, 7, 7, 7, 7},
                    new double[] {1, 2, 4, 5, 3});
            CrossedVarianceComponents vc = CrossedVarianceComponents.of(sums);
            assertThat(vc.reason()).isEqualTo(UndefinedReason.SINGULAR_DESIGN);
            assertThat(vc.candidate().estimate()).isNaN();
            assertThat(DecisionStudy.of(vc, 0.8).reason()).isEqualTo(UndefinedReason.SINGULAR_DESIGN);
        }
    }

    @Nested
    class OneUnit {

        private final double[][] units = {{1, 2, 2, 4}};

        @Test
        void alphaIsZeroExactly() {
            for (AlphaMetric metric : AlphaMetric.values()) {
                assertThat(KrippendorffAlpha.of(coincidences(units), metric).value()).as("%s", metric)
                        .isCloseTo(0, within(ROUNDING));
            }
            assertThat(KrippendorffAlpha.of(moments(units)).value()).isCloseTo(0, within(ROUNDING));
        }

        @Test
        void oneUnitWithoutVariationIsUndefined() {
            assertThat(KrippendorffAlpha.of(coincidences(new double[][] {{2, 2}}), AlphaMetric.NOMINAL).reason())
                    .isEqualTo(UndefinedReason.NO_VARIATION);
        }

        @Test
        void iccsNeedTwoUnits() {
            assertThat(OneWayIcc.of(oneWay(units)).reason()).isEqualTo(UndefinedReason.TOO_FEW_UNITS);
            assertThat(TwoWayIcc.of(TwoWayAnova.ofMatrix(units)).reason()).isEqualTo(UndefinedReason.TOO_FEW_UNITS);
            CrossedSums sums = CrossedSums.fromRatings(new int[] {1, 1, 1, 1}, new int[] {1, 2, 3, 4},
                    new double[] {1, 2, 2, 4});
            assertThat(CrossedVarianceComponents.of(sums).reason()).isEqualTo(UndefinedReason.SINGULAR_DESIGN);
        }

        @Test
        void categoryCoefficientsAreDefinedFromTheOneUnit() {
            // p_a = (0 + 2*1 + 0)/(4*3) = 1/6; pi = (1/4, 1/2, 0, 1/4, 0)
            CategoryCounts counts = categories(units);
            assertThat(PercentAgreement.of(counts).value()).isCloseTo(1.0 / 6, within(ROUNDING));
            FleissKappa fleiss = FleissKappa.of(counts);
            double pe = 1.0 / 16 + 1.0 / 4 + 1.0 / 16;
            assertThat(fleiss.value()).isCloseTo((1.0 / 6 - pe) / (1 - pe), within(ROUNDING));
            assertThat(GwetAc.ac1(counts).defined()).isTrue();
        }
    }

    @Nested
    class EveryUnitHasASingleRating {

        /** Five units, each rated once by a different interviewer. */
        private final double[][] units = {{1, NA, NA}, {NA, 4, NA}, {NA, NA, 2}, {5, NA, NA}, {NA, 3, NA}};

        @Test
        void everythingThatComparesRatingsIsUndefined() {
            for (AlphaMetric metric : AlphaMetric.values()) {
                assertThat(KrippendorffAlpha.of(coincidences(units), metric).reason())
                        .isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            }
            CategoryCounts counts = categories(units);
            assertThat(counts.pairableUnits()).isZero();
            assertThat(counts.classificationProbability(0)).as("pi still counts single ratings").isCloseTo(0.2, within(ROUNDING));
            assertThat(GwetAc.ac1(counts).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(FleissKappa.of(counts).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(OneWayIcc.of(oneWay(units)).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
            assertThat(TwoWayIcc.of(TwoWayAnova.ofMatrix(units)).reason()).isEqualTo(UndefinedReason.NOT_FULLY_CROSSED);
        }

        @Test
        void candidateAndInterviewerEffectsAreConfounded() {
            CrossedSums sums = CrossedSums.fromRatings(new int[] {1, 2, 3, 4, 5}, new int[] {1, 2, 3, 1, 2},
                    new double[] {1, 4, 2, 5, 3});
            assertThat(CrossedVarianceComponents.of(sums).reason()).isEqualTo(UndefinedReason.SINGULAR_DESIGN);
        }
    }

    @Test
    void emptyStatesAreUndefined() {
        assertThat(KrippendorffAlpha.of(CoincidenceMatrix.empty(SCALE), AlphaMetric.NOMINAL).reason())
                .isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
        assertThat(KrippendorffAlpha.of(IntervalAlphaMoments.empty()).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
        assertThat(OneWayIcc.of(OneWayAnova.empty()).reason()).isEqualTo(UndefinedReason.TOO_FEW_UNITS);
        assertThat(TwoWayIcc.of(TwoWayAnova.empty(3)).reason()).isEqualTo(UndefinedReason.TOO_FEW_UNITS);
        assertThat(GwetAc.ac1(CategoryCounts.empty(SCALE)).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
        assertThat(CohenKappa.of(ContingencyTable.empty(SCALE)).reason()).isEqualTo(UndefinedReason.NO_PAIRABLE_UNITS);
    }

    @Test
    void aSingleCategoryDomainHasNoChanceModelForGwet() {
        ValueDomain one = ValueDomain.of(1);
        CategoryCounts counts = CategoryCounts.ofUnit(new double[] {1, 1}, one);
        assertThat(GwetAc.ac1(counts).reason()).isEqualTo(UndefinedReason.TOO_FEW_CATEGORIES);
    }
}
