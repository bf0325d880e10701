package io.interviewcalibration.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The merge law of every state (DESIGN.md: "a metric is a mergeable state plus a pure
 * function"): the state of all units equals the merge of the states of two halves, scaling by an
 * integer w equals adding the unit w times, and the vector form round-trips.
 */
class LinearStateLawsTest {

    /** Sums in a different order differ by rounding only: relative 1e-12 of the largest component. */
    private static final double RELATIVE_ROUNDING = 1e-12;
    private static final long SEED = 20240611L;
    private static final int UNITS = 60;
    private static final ValueDomain SCALE = ValueDomain.integers(1, 5);

    private static <S extends LinearState<S>> void assertLinear(List<S> units, S empty, Function<double[], S> fromVector) {
        S all = empty;
        for (S u : units) {
            all = all.merge(u);
        }
        int half = units.size() / 2;
        S first = empty;
        S second = empty;
        for (int i = 0; i < units.size(); i++) {
            if (i < half) {
                first = first.merge(units.get(i));
            } else {
                second = second.merge(units.get(i));
            }
        }
        assertClose(first.merge(second).vector(), all.vector(), "state(all) vs state(first).merge(state(second))");
        assertClose(second.merge(first).vector(), all.vector(), "merge is commutative");

        for (S u : units.subList(0, 5)) {
            for (int w : new int[] {0, 1, 3}) {
                S repeated = empty;
                for (int i = 0; i < w; i++) {
                    repeated = repeated.merge(u);
                }
                assertClose(u.scaled(w).vector(), repeated.vector(), "scaled(" + w + ") vs adding the unit " + w + " times");
            }
        }
        assertThat(fromVector.apply(all.vector()).vector()).containsExactly(all.vector());
        double[] v = all.vector();
        v[0] += 1;
        assertThat(all.vector()[0]).as("vector() returns a copy").isNotEqualTo(v[0]);
    }

    private static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("%s, component %d", what, i).isCloseTo(expected[i], within(RELATIVE_ROUNDING * scale));
        }
    }

    /** Units with 0–5 ratings on the 1–5 scale, some missing (NaN) slots. */
    private static List<double[]> randomUnits(Random rnd) {
        List<double[]> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            double[] r = new double[rnd.nextInt(6)];
            for (int i = 0; i < r.length; i++) {
                r[i] = rnd.nextInt(8) == 0 ? Double.NaN : 1 + rnd.nextInt(5);
            }
            units.add(r);
        }
        return units;
    }

    @Test
    void coincidenceMatrix() {
        List<CoincidenceMatrix> states = randomUnits(new Random(SEED)).stream()
                .map(r -> CoincidenceMatrix.ofUnit(r, SCALE)).toList();
        assertLinear(states, CoincidenceMatrix.empty(SCALE), v -> CoincidenceMatrix.fromVector(v, SCALE));
    }

    @Test
    void intervalAlphaMoments() {
        Random rnd = new Random(SEED + 1);
        List<IntervalAlphaMoments> states = new ArrayList<>();
        for (double[] r : randomUnits(rnd)) {
            for (int i = 0; i < r.length; i++) {
                r[i] = Double.isNaN(r[i]) ? r[i] : 40 + 60 * rnd.nextDouble(); // composite scores, 0-100 scale
            }
            states.add(IntervalAlphaMoments.ofUnit(r));
        }
        assertLinear(states, IntervalAlphaMoments.empty(), IntervalAlphaMoments::fromVector);
    }

    @Test
    void oneWayAnova() {
        List<OneWayAnova> states = randomUnits(new Random(SEED + 2)).stream().map(OneWayAnova::ofUnit).toList();
        assertLinear(states, OneWayAnova.empty(), OneWayAnova::fromVector);
    }

    @Test
    void twoWayAnova() {
        Random rnd = new Random(SEED + 3);
        int judges = 4;
        List<TwoWayAnova> states = new ArrayList<>();
        for (int t = 0; t < UNITS; t++) {
            double[] row = new double[judges];
            for (int j = 0; j < judges; j++) {
                row[j] = rnd.nextInt(20) == 0 ? Double.NaN : 1 + rnd.nextInt(10);
            }
            states.add(TwoWayAnova.ofTarget(row));
        }
        assertLinear(states, TwoWayAnova.empty(judges), v -> TwoWayAnova.fromVector(v, judges));
    }

    @Test
    void categoryCounts() {
        List<CategoryCounts> states = randomUnits(new Random(SEED + 4)).stream()
                .map(r -> CategoryCounts.ofUnit(r, SCALE)).toList();
        assertLinear(states, CategoryCounts.empty(SCALE), v -> CategoryCounts.fromVector(v, SCALE));
    }

    @Test
    void contingencyTable() {
        Random rnd = new Random(SEED + 5);
        List<ContingencyTable> states = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            double a = rnd.nextInt(10) == 0 ? Double.NaN : 1 + rnd.nextInt(5);
            double b = 1 + rnd.nextInt(5);
            states.add(ContingencyTable.ofUnit(a, b, SCALE));
        }
        assertLinear(states, ContingencyTable.empty(SCALE), v -> ContingencyTable.fromVector(v, SCALE));
    }

    @Test
    void statisticsOfScaledStatesEqualStatisticsOfRepeatedUnits() {
        // a bootstrap weight w on a unit must act exactly like w copies of it
        List<double[]> units = randomUnits(new Random(SEED + 6));
        int[] weights = new int[units.size()];
        Random rnd = new Random(SEED + 7);
        CoincidenceMatrix weighted = CoincidenceMatrix.empty(SCALE);
        CoincidenceMatrix copied = CoincidenceMatrix.empty(SCALE);
        for (int u = 0; u < units.size(); u++) {
            weights[u] = rnd.nextInt(4);
            CoincidenceMatrix s = CoincidenceMatrix.ofUnit(units.get(u), SCALE);
            weighted = weighted.merge(s.scaled(weights[u]));
            for (int c = 0; c < weights[u]; c++) {
                copied = copied.merge(s);
            }
        }
        for (AlphaMetric metric : AlphaMetric.values()) {
            assertThat(KrippendorffAlpha.of(weighted, metric).value())
                    .isCloseTo(KrippendorffAlpha.of(copied, metric).value(), within(RELATIVE_ROUNDING));
        }
    }

    @Test
    void statesOverDifferentShapesDoNotMerge() {
        assertThatThrownBy(() -> CoincidenceMatrix.empty(SCALE).merge(CoincidenceMatrix.empty(ValueDomain.integers(0, 4))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CategoryCounts.empty(SCALE).merge(CategoryCounts.empty(ValueDomain.integers(1, 4))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwoWayAnova.empty(3).merge(TwoWayAnova.empty(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OneWayAnova.fromVector(new double[5])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoincidenceMatrix.ofUnit(new double[] {1, 6}, SCALE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
