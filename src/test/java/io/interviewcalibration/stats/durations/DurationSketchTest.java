package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.interviewcalibration.stats.durations.KaplanMeierQuantile.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The duration sketch on hand-computed fixtures, in both forms, and its serialised form. */
class DurationSketchTest {

    private static final double EXACT = 1e-12;

    /** The ten stays of {@link KaplanMeierTest}: ended 2, 3, 3, 6, 9, 12; open 3, 5, 8, 10. */
    static DurationSketch fixture(int cap) {
        DurationSketch s = DurationSketch.create(cap);
        for (double e : new double[] {12, 3, 2, 9, 3, 6}) {
            s.addCompleted(e);
        }
        for (double c : new double[] {10, 3, 8, 5}) {
            s.addCensored(c);
        }
        return s;
    }

    @Test
    void exactSummaryOfTheFixture() {
        // completed sorted: 2 3 3 6 9 12, n = 6
        // mean = (2 + 3 + 3 + 6 + 9 + 12) / 6 = 35 / 6 = 5.8333...
        // p50: h = 5 * 0.5 = 2.5 -> x[2] + 0.5 (x[3] - x[2]) = 3 + 1.5 = 4.5
        // p90: h = 5 * 0.9 = 4.5 -> x[4] + 0.5 (x[5] - x[4]) = 9 + 1.5 = 10.5
        // Kaplan–Meier (open stays censored, see KaplanMeierTest): median 9, p90 12
        DurationSummary s = fixture(DurationSketch.DEFAULT_EXACT_CAP).summary();
        assertThat(s.visits()).isEqualTo(10);
        assertThat(s.completed()).isEqualTo(6);
        assertThat(s.censored()).isEqualTo(4);
        assertThat(s.mean()).isCloseTo(35.0 / 6, within(EXACT));
        assertThat(s.p50()).isCloseTo(4.5, within(EXACT));
        assertThat(s.p90()).isCloseTo(10.5, within(EXACT));
        assertThat(s.kmMedian().value()).isEqualTo(9.0);
        assertThat(s.kmMedian().exact()).isTrue();
        assertThat(s.kmP90().value()).isEqualTo(12.0);
        assertThat(s.exact()).isTrue();
        assertThat(s.p50Error()).isZero();
        assertThat(s.p90Error()).isZero();
    }

    @Test
    void exactCurveIsTheKaplanMeierOfTheValues() {
        SurvivalCurve fromSketch = fixture(100).survivalCurve();
        SurvivalCurve direct = KaplanMeier.fit(KaplanMeierTest.EVENTS, KaplanMeierTest.CENSORED);
        assertThat(fromSketch.size()).isEqualTo(direct.size());
        for (int i = 0; i < direct.size(); i++) {
            assertThat(fromSketch.time(i)).isEqualTo(direct.time(i));
            assertThat(fromSketch.survival(i)).isEqualTo(direct.survival(i));
        }
    }

    @Test
    void emptyAndAllCensored() {
        DurationSummary empty = DurationSketch.create().summary();
        assertThat(empty.visits()).isZero();
        assertThat(empty.mean()).isNaN();
        assertThat(empty.p50()).isNaN();
        assertThat(empty.p90Error()).isNaN();
        assertThat(empty.kmMedian().status()).isEqualTo(Status.NO_OBSERVATIONS);

        DurationSketch open = DurationSketch.create().addCensored(4).addCensored(1);
        DurationSummary s = open.summary();
        assertThat(s.visits()).isEqualTo(2);
        assertThat(s.completed()).isZero();
        assertThat(s.mean()).isNaN();
        assertThat(s.p50()).isNaN();
        assertThat(s.kmMedian().status()).isEqualTo(Status.ALL_CENSORED);
        assertThat(s.kmP90().note()).isEqualTo("all_censored");
    }

    static DurationSketch stays(int cap, double[] ended, double[] open) {
        DurationSketch s = DurationSketch.create(cap);
        for (double e : ended) {
            s.addCompleted(e);
        }
        for (double c : open) {
            s.addCensored(c);
        }
        return s;
    }

    @Test
    void kmP90NotReachedWhenTheLongestStaysAreOpen() {
        // ended 2, 3, 3, 6, 9; open 3, 5, 8, 10, 12: S bottoms out at 0.373 (KaplanMeierTest)
        double[] ended = {2, 3, 3, 6, 9};
        double[] open = {3, 5, 8, 10, 12};
        DurationSketch s = stays(100, ended, open);
        assertThat(s.kmQuantile(0.5).value()).isEqualTo(9.0);
        assertThat(s.kmQuantile(0.9).status()).isEqualTo(Status.NOT_REACHED);
        // The same in the approximate form: even the lower binned curve stays above 0.1.
        DurationSketch binned = stays(0, ended, open);
        assertThat(binned.exact()).isFalse();
        assertThat(binned.kmQuantile(0.9).status()).isEqualTo(Status.NOT_REACHED);
        assertThat(binned.kmQuantile(0.9).lower()).isNaN();
    }

    @Test
    void approximateFormOnTheFixture() {
        // cap 0: binned from the first value. Bounds: |q' - q| <= 0.005 q + 5e-7.
        DurationSketch s = fixture(0);
        assertThat(s.exact()).isFalse();
        DurationSummary sum = s.summary();
        assertThat(sum.exact()).isFalse();
        assertThat(sum.visits()).isEqualTo(10);
        assertThat(sum.completed()).isEqualTo(6);
        // integers are multiples of 2^-32: the fixed-point mean is exact here
        assertThat(sum.mean()).isCloseTo(35.0 / 6, within(EXACT));
        assertThat(sum.p50()).isCloseTo(4.5, within(0.005 * 4.5 + 5e-7));
        assertThat(sum.p90()).isCloseTo(10.5, within(0.005 * 10.5 + 5e-7));
        assertThat(sum.p50Error()).isGreaterThanOrEqualTo(Math.abs(sum.p50() - 4.5));
        assertThat(sum.p90Error()).isGreaterThanOrEqualTo(Math.abs(sum.p90() - 10.5));
        // minimum and maximum are kept exactly
        assertThat(s.quantile(0)).isEqualTo(2.0);
        assertThat(s.quantile(1)).isEqualTo(12.0);
        // Kaplan–Meier: the exact values 9 and 12 lie in the reported intervals
        KaplanMeierQuantile median = sum.kmMedian();
        assertThat(median.exact()).isFalse();
        assertThat(median.value()).isCloseTo(9.0, within(0.005 * 9));
        assertThat(9.0).isBetween(median.lower(), median.upper());
        assertThat(12.0).isBetween(sum.kmP90().lower(), sum.kmP90().upper());
        assertThat(sum.kmP90().value()).isEqualTo(12.0); // clamped to the exact maximum
        assertThat(s.survivalCurve().exact()).isFalse();
    }

    @Test
    void switchesFormWhenTheCapIsPassed() {
        DurationSketch s = DurationSketch.create(5);
        for (int i = 1; i <= 5; i++) {
            s.addCompleted(i);
        }
        assertThat(s.exact()).isTrue();
        s.addCensored(6);
        assertThat(s.exact()).isFalse();
        assertThat(s.visits()).isEqualTo(6);
        assertThat(s.quantile(0.5)).isCloseTo(3.0, within(0.005 * 3));
    }

    @Test
    void zeroDurationsAreExactInBothForms() {
        DurationSketch exact = DurationSketch.create().addCompleted(0).addCompleted(-0.0).addCompleted(0);
        DurationSketch binned = DurationSketch.create(0).addCompleted(0).addCompleted(-0.0).addCompleted(0);
        for (DurationSketch s : new DurationSketch[] {exact, binned}) {
            assertThat(s.quantile(0.5)).isEqualTo(0.0);
            assertThat(s.mean()).isEqualTo(0.0);
            assertThat(s.kmQuantile(0.5).value()).isEqualTo(0.0);
        }
        assertThat(exact.toBytes()).isEqualTo(DurationSketch.create().addCompleted(0).addCompleted(0)
                .addCompleted(0).toBytes());
    }

    @Test
    void minuteResolutionForShortStays() {
        // one minute in days; the approximate form is within 0.5% (0.3 s)
        double minute = 1.0 / 1440;
        DurationSketch s = DurationSketch.create(0);
        for (int i = 1; i <= 9; i++) {
            s.addCompleted(i * minute);
        }
        assertThat(s.quantile(0.5)).isCloseTo(5 * minute, within(0.005 * 5 * minute + 5e-7));
    }

    @Test
    void rejectsValuesOutsideTheRange() {
        DurationSketch s = DurationSketch.create();
        assertThatThrownBy(() -> s.addCompleted(-1e-9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.addCompleted(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.addCensored(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.addCensored(DurationSketch.MAX_VALUE * 1.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.quantile(1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.kmQuantile(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationSketch.create(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.visits()).isZero();
    }

    @Test
    void bytesRoundTripInBothForms() throws Exception {
        for (DurationSketch s : new DurationSketch[] {fixture(100), fixture(0), DurationSketch.create(),
                DurationSketch.create(0)}) {
            byte[] bytes = s.toBytes();
            DurationSketch back = DurationSketch.fromBytes(bytes);
            assertThat(back.toBytes()).as("%s", s).isEqualTo(bytes);
            assertThat(back.summary()).isEqualTo(s.summary());
            assertThat(back.exactCap()).isEqualTo(s.exactCap());

            DurationSketch viaJava = javaRoundTrip(s);
            assertThat(viaJava.toBytes()).isEqualTo(bytes);
        }
        // 10 exact values: header 24 bytes + 80 bytes of doubles
        assertThat(fixture(100).toBytes()).hasSize(24 + 80);
    }

    @Test
    void approximateFormIsCompact() {
        DurationSketch s = DurationSketch.create(0);
        for (int i = 0; i < 200_000; i++) {
            s.addCompleted(1 + (i % 1000) / 100.0); // 1 to 11 days
        }
        // ln(11) / ln(1.01005) = about 240 bins between 1 and 11, up to three bytes each, plus header
        assertThat(s.toBytes().length).isLessThan(2_000);
    }

    @Test
    void rejectsCorruptBytes() {
        byte[] good = fixture(0).toBytes();
        assertThatThrownBy(() -> DurationSketch.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationSketch.fromBytes(Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationSketch.fromBytes(Arrays.copyOf(good, good.length + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] unsorted = fixture(100).toBytes();
        // swap the first two completed values (bytes 24..31 and 32..39)
        byte[] first = Arrays.copyOfRange(unsorted, 24, 32);
        System.arraycopy(unsorted, 32, unsorted, 24, 8);
        System.arraycopy(first, 0, unsorted, 32, 8);
        assertThatThrownBy(() -> DurationSketch.fromBytes(unsorted))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyIsIndependent() {
        DurationSketch s = fixture(100);
        DurationSketch c = s.copy();
        c.addCompleted(100);
        assertThat(s.completed()).isEqualTo(6);
        assertThat(c.completed()).isEqualTo(7);
    }

    static DurationSketch javaRoundTrip(DurationSketch s) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (DurationSketch) in.readObject();
        }
    }
}
