package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The approximate form against exact figures on a million random stays.
 *
 * <p>Data: 1,000,000 stays, 75% lognormal around 5 days (sigma 1.2), 20% lognormal around
 * 30 minutes (sigma 0.8), 1% exactly 0, the rest lognormal around 200 days; each ends before an
 * independent uniform censoring time of 0 to 60 days or else is censored there. The sketch has the
 * default cap of 100,000, so it is in its approximate (binned) form.
 *
 * <p>Stated bound, checked at many probabilities: {@code |q' - q| <= a q + d},
 * {@code a = 0.005}, {@code d = 5e-7}; {@link DurationSketch#quantileError} covers the actual error.
 * Kaplan–Meier: the exact quantile lies in the reported interval.
 */
class DurationSketchAccuracyTest {

    /** Slack for floating-point rounding in the bin edges (relative, ~1e-14 in practice). */
    private static final double ROUNDING = 1e-9;

    private static double[] ended;
    private static double[] open;
    private static DurationSketch sketch;

    @BeforeAll
    static void data() {
        SplittableRandom r = new SplittableRandom(20240301L);
        int n = 1_000_000;
        double[] e = new double[n];
        double[] c = new double[n];
        int ne = 0;
        int nc = 0;
        sketch = DurationSketch.create();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(100);
            double t;
            if (kind < 75) {
                t = 5 * Math.exp(1.2 * r.nextGaussian());
            } else if (kind < 95) {
                t = (30.0 / 1440) * Math.exp(0.8 * r.nextGaussian());
            } else if (kind < 96) {
                t = 0;
            } else {
                t = Math.min(200 * Math.exp(r.nextGaussian()), 100_000);
            }
            double censorAt = 60 * r.nextDouble();
            if (t <= censorAt) {
                e[ne++] = t;
                sketch.addCompleted(t);
            } else {
                c[nc++] = censorAt;
                sketch.addCensored(censorAt);
            }
        }
        ended = Arrays.copyOf(e, ne);
        open = Arrays.copyOf(c, nc);
        Arrays.sort(ended);
    }

    @Test
    void quantilesWithinTheStatedBound() {
        assertThat(sketch.exact()).isFalse();
        double a = DurationSketch.RELATIVE_ERROR;
        double d = DurationSketch.ABSOLUTE_ERROR;
        double[] ps = {0, 1e-6, 0.001, 0.01, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.6, 0.75, 0.8, 0.9,
            0.95, 0.99, 0.999, 0.999999, 1};
        for (double p : ps) {
            double exact = Quantiles.type7(ended, p);
            double approx = sketch.quantile(p);
            double error = Math.abs(approx - exact);
            assertThat(error).as("p = %s: exact %s, sketch %s", p, exact, approx)
                    .isLessThanOrEqualTo((a * exact + d) * (1 + ROUNDING));
            assertThat(sketch.quantileError(p)).as("stated error at p = %s", p)
                    .isGreaterThanOrEqualTo(error);
        }
        // a fine sweep as well
        for (int i = 1; i < 1000; i++) {
            double p = i / 1000.0;
            double exact = Quantiles.type7(ended, p);
            assertThat(Math.abs(sketch.quantile(p) - exact)).as("p = %s", p)
                    .isLessThanOrEqualTo((a * exact + d) * (1 + ROUNDING));
        }
    }

    @Test
    void countsAndMean() {
        assertThat(sketch.completed()).isEqualTo(ended.length);
        assertThat(sketch.censored()).isEqualTo(open.length);
        double sum = 0;
        double comp = 0;
        for (double v : ended) {
            double t = sum + v;
            comp += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        double mean = (sum + comp) / ended.length;
        // fixed-point quantum: each value off by at most 2^-33, so the mean too (+ rounding)
        assertThat(Math.abs(sketch.mean() - mean)).isLessThanOrEqualTo(0x1p-33 + 1e-12 * mean);
    }

    @Test
    void kaplanMeierQuantilesInsideTheirGuaranteedInterval() {
        SurvivalCurve exactCurve = KaplanMeier.fit(ended, open);
        for (double p : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            KaplanMeierQuantile exact = exactCurve.quantile(p);
            KaplanMeierQuantile approx = sketch.kmQuantile(p);
            assertThat(exact.defined()).isTrue();
            assertThat(approx.defined()).as("p = %s", p).isTrue();
            assertThat(exact.value()).as("p = %s: exact inside [%s, %s]", p, approx.lower(), approx.upper())
                    .isBetween(approx.lower(), approx.upper());
            assertThat(approx.value()).isBetween(approx.lower(), approx.upper());
            // Not guaranteed, but expected for smooth data: the interval spans a few bins at most.
            assertThat(approx.upper() / approx.lower()).as("interval width at p = %s", p)
                    .isLessThan(Math.pow(LogBins.GAMMA, 4));
        }
        // With censoring at up to 60 days and 4% of stays around 200 days, S(t) never gets to 0.01.
        assertThat(exactCurve.quantile(0.99).status()).isEqualTo(KaplanMeierQuantile.Status.NOT_REACHED);
        assertThat(sketch.kmQuantile(0.99).defined()).isFalse();
    }

    @Test
    void everyBinRepresentativeWithinTheBound() {
        // the per-value bound |r(x) - x| <= a x + d, on a log sweep and at every bin edge
        double a = LogBins.RELATIVE_ERROR;
        double d = LogBins.ABSOLUTE_ERROR;
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double x = Math.exp(Math.log(1e-8) + r.nextDouble() * Math.log(1e6 / 1e-8));
            x = Math.min(x, LogBins.MAX_VALUE);
            double rep = LogBins.representative(LogBins.index(x));
            assertThat(Math.abs(rep - x)).as("x = %s", x).isLessThanOrEqualTo((a * x + d) * (1 + ROUNDING));
        }
        for (int k = 1; k < LogBins.COUNT; k++) {
            double edge = LogBins.upper(k);
            assertThat(LogBins.index(edge)).as("upper edge of bin %d", k).isEqualTo(k);
            if (k + 1 < LogBins.COUNT) {
                assertThat(LogBins.index(Math.nextUp(edge))).as("just above bin %d", k).isEqualTo(k + 1);
            }
            for (double x : new double[] {edge, Math.nextUp(LogBins.lower(k))}) {
                if (x <= LogBins.MAX_VALUE && x > 0) {
                    double rep = LogBins.representative(LogBins.index(x));
                    assertThat(Math.abs(rep - x)).as("x = %s", x)
                            .isLessThanOrEqualTo((a * x + d) * (1 + ROUNDING));
                }
            }
        }
        assertThat(LogBins.index(0)).isZero();
        assertThat(LogBins.representative(0)).isZero();
        assertThat(LogBins.upper(LogBins.COUNT - 1)).isGreaterThanOrEqualTo(LogBins.MAX_VALUE);
    }
}
