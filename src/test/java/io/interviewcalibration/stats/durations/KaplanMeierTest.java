package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.interviewcalibration.stats.durations.KaplanMeierQuantile.Status;
import org.junit.jupiter.api.Test;

/**
 * Kaplan–Meier on small fixtures worked by hand from S(t) = prod (1 - d_i / n_i), Greenwood
 * var = S^2 sum d_i / (n_i (n_i - d_i)). R's {@code survfit(Surv(t, e) ~ 1)} prints the same
 * table (checked once, not used by the test).
 */
class KaplanMeierTest {

    private static final double EXACT = 1e-12;

    /**
     * Ten stays (days): ended at 2, 3, 3, 6, 9, 12; still open at 3, 5, 8, 10.
     * A tie at 3: two ends and one open stay.
     */
    static final double[] EVENTS = {2, 3, 3, 6, 9, 12};
    static final double[] CENSORED = {3, 5, 8, 10};

    @Test
    void survivalAtEachTimeWithTiesAndCensoring() {
        // t   n  d  c  S                              Greenwood sum            SE
        // 2  10  1  0  1 - 1/10 = 0.9                 1/(10*9) = 1/90          0.9 sqrt(1/90)  = 0.0948683
        // 3   9  2  1  0.9 * (1 - 2/9) = 0.7          + 2/(9*7) -> 3/70        0.7 sqrt(3/70)  = 0.1449138
        //              (the open stay at 3 is at risk at 3: events before censorings)
        // 5   6  0  1  0.7                            3/70                     0.1449138
        // 6   5  1  0  0.7 * 4/5 = 0.56               + 1/20 -> 13/140         0.56 sqrt(13/140) = 0.1706458
        // 8   4  0  1  0.56
        // 9   3  1  0  0.56 * 2/3 = 0.3733333         + 1/6 -> 109/420         0.3733333 sqrt(109/420) = 0.1901890
        // 10  2  0  1  0.3733333
        // 12  1  1  0  0.3733333 * 0 = 0              n = d: undefined         NaN
        SurvivalCurve km = KaplanMeier.fit(EVENTS, CENSORED);

        double[] times = {2, 3, 5, 6, 8, 9, 10, 12};
        long[] atRisk = {10, 9, 6, 5, 4, 3, 2, 1};
        long[] events = {1, 2, 0, 1, 0, 1, 0, 1};
        long[] censored = {0, 1, 1, 0, 1, 0, 1, 0};
        double[] s = {0.9, 0.7, 0.7, 0.56, 0.56, 0.56 * 2 / 3, 0.56 * 2 / 3, 0};
        double[] se = {0.0948683, 0.1449138, 0.1449138, 0.1706458, 0.1706458, 0.1901890,
            0.1901890, Double.NaN};

        assertThat(km.size()).isEqualTo(8);
        assertThat(km.observations()).isEqualTo(10);
        assertThat(km.totalEvents()).isEqualTo(6);
        assertThat(km.exact()).isTrue();
        for (int i = 0; i < times.length; i++) {
            assertThat(km.time(i)).as("time %d", i).isEqualTo(times[i]);
            assertThat(km.atRisk(i)).as("n at %s", times[i]).isEqualTo(atRisk[i]);
            assertThat(km.events(i)).as("d at %s", times[i]).isEqualTo(events[i]);
            assertThat(km.censored(i)).as("c at %s", times[i]).isEqualTo(censored[i]);
            assertThat(km.survival(i)).as("S(%s)", times[i]).isCloseTo(s[i], within(EXACT));
            if (Double.isNaN(se[i])) {
                assertThat(km.standardError(i)).as("SE at %s", times[i]).isNaN();
            } else {
                assertThat(km.standardError(i)).as("SE at %s", times[i]).isCloseTo(se[i], within(1e-7));
            }
        }
    }

    @Test
    void censoringsFirstWouldGiveADifferentCurve() {
        // The convention matters: with the open stay at 3 removed before the two ends at 3,
        // S(3) would be 0.9 * (1 - 2/8) = 0.675. Ours (events first) is 0.9 * (1 - 2/9) = 0.7.
        SurvivalCurve km = KaplanMeier.fit(EVENTS, CENSORED);
        assertThat(km.survivalAt(3)).isCloseTo(0.7, within(EXACT)).isNotCloseTo(0.675, within(0.01));
    }

    @Test
    void stepFunctionBetweenTimes() {
        SurvivalCurve km = KaplanMeier.fit(EVENTS, CENSORED);
        assertThat(km.survivalAt(0)).isEqualTo(1.0);
        assertThat(km.survivalAt(1.99)).isEqualTo(1.0);
        assertThat(km.survivalAt(2)).isCloseTo(0.9, within(EXACT));
        assertThat(km.survivalAt(2.5)).isCloseTo(0.9, within(EXACT));
        assertThat(km.survivalAt(11.9)).isCloseTo(0.56 * 2 / 3, within(EXACT));
        assertThat(km.survivalAt(12)).isEqualTo(0.0);
        assertThat(km.survivalAt(100)).isEqualTo(0.0);
    }

    @Test
    void medianAndP90Defined() {
        // S first <= 0.5 at t = 9 (0.373); first <= 0.1 at t = 12 (0). R: quantile(fit, c(.5, .9)) = 9, 12
        SurvivalCurve km = KaplanMeier.fit(EVENTS, CENSORED);
        KaplanMeierQuantile median = km.quantile(0.5);
        assertThat(median.defined()).isTrue();
        assertThat(median.value()).isEqualTo(9.0);
        assertThat(median.exact()).isTrue();
        assertThat(median.note()).isEmpty();
        assertThat(km.quantile(0.9).value()).isEqualTo(12.0);
        // p25: S <= 0.75 first at t = 3 (0.7)
        assertThat(km.quantile(0.25).value()).isEqualTo(3.0);
    }

    @Test
    void p90UndefinedWhenTheLongestStayIsStillOpen() {
        // Same stays, but the one ending at 12 is still open at 12: the last event is at 9 with
        // S = 0.373 > 0.1, and nothing after 9 ends, so S never reaches 0.1. The median (9) stands.
        SurvivalCurve km = KaplanMeier.fit(new double[] {2, 3, 3, 6, 9}, new double[] {3, 5, 8, 10, 12});
        assertThat(km.quantile(0.5).value()).isEqualTo(9.0);
        KaplanMeierQuantile p90 = km.quantile(0.9);
        assertThat(p90.defined()).isFalse();
        assertThat(p90.value()).isNaN();
        assertThat(p90.status()).isEqualTo(Status.NOT_REACHED);
        assertThat(p90.note()).isEqualTo("not_reached");
    }

    @Test
    void medianUndefinedUnderHeavyCensoring() {
        // One end at 1 (n = 5, S = 0.8), then four open stays: S stays at 0.8 > 0.5.
        SurvivalCurve km = KaplanMeier.fit(new double[] {1}, new double[] {2, 3, 4, 5});
        assertThat(km.survivalAt(10)).isCloseTo(0.8, within(EXACT));
        assertThat(km.quantile(0.5).status()).isEqualTo(Status.NOT_REACHED);
    }

    @Test
    void levelReachedExactlyCountsAsReached() {
        // Ends at 1, 2, 3, 4: S = 3/4, then 3/4 * 2/3 = 0.5 at t = 2 (in double arithmetic perhaps
        // 0.5 + 1 ulp). Our rule "first t with S(t) <= 0.5" gives 2; R's survfit would report
        // the midpoint 2.5 of the flat stretch at 0.5.
        SurvivalCurve km = KaplanMeier.fit(new double[] {4, 3, 2, 1}, new double[0]);
        assertThat(km.quantile(0.5).value()).isEqualTo(2.0);
        assertThat(km.quantile(0.9).value()).isEqualTo(4.0);
    }

    @Test
    void allCensoredAndEmpty() {
        SurvivalCurve allOpen = KaplanMeier.fit(new double[0], new double[] {1, 2});
        assertThat(allOpen.survivalAt(5)).isEqualTo(1.0);
        assertThat(allOpen.quantile(0.5).status()).isEqualTo(Status.ALL_CENSORED);
        assertThat(allOpen.quantile(0.5).note()).isEqualTo("all_censored");

        SurvivalCurve empty = KaplanMeier.fit(new double[0], new double[0]);
        assertThat(empty.size()).isZero();
        assertThat(empty.observations()).isZero();
        assertThat(empty.survivalAt(1)).isEqualTo(1.0);
        assertThat(empty.quantile(0.5).status()).isEqualTo(Status.NO_OBSERVATIONS);
    }

    @Test
    void fromTalliesMatchesRawData() {
        SurvivalCurve tallied = KaplanMeier.fromTallies(new double[] {2, 3, 5, 6, 8, 9, 10, 12},
                new long[] {1, 2, 0, 1, 0, 1, 0, 1}, new long[] {0, 1, 1, 0, 1, 0, 1, 0});
        SurvivalCurve raw = KaplanMeier.fit(EVENTS, CENSORED);
        for (int i = 0; i < raw.size(); i++) {
            assertThat(tallied.survival(i)).isEqualTo(raw.survival(i));
            assertThat(tallied.atRisk(i)).isEqualTo(raw.atRisk(i));
        }
        assertThatThrownBy(() -> KaplanMeier.fromTallies(new double[] {2, 2}, new long[] {1, 1},
                new long[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KaplanMeier.fit(new double[] {Double.NaN}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantileProbabilityMustBeInsideTheUnitInterval() {
        SurvivalCurve km = KaplanMeier.fit(EVENTS, CENSORED);
        assertThatThrownBy(() -> km.quantile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> km.quantile(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
