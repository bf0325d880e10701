package io.interviewcalibration.stats.agreement;

/**
 * Krippendorff's alpha, α = 1 − D<sub>o</sub>/D<sub>e</sub>.
 *
 * <p>From a {@link CoincidenceMatrix} with cells o<sub>ck</sub>, marginals n<sub>c</sub> and
 * n = Σ n<sub>c</sub> pairable values:
 * D<sub>o</sub> = (1/n) Σ<sub>c</sub>Σ<sub>k</sub> o<sub>ck</sub> δ²(c,k) and
 * D<sub>e</sub> = 1/(n(n − 1)) Σ<sub>c</sub>Σ<sub>k</sub> n<sub>c</sub>n<sub>k</sub> δ²(c,k),
 * with δ² from {@link AlphaMetric}. From {@link IntervalAlphaMoments} (interval metric on
 * continuous values) the same quantities are D<sub>o</sub> = 2S/n and
 * D<sub>e</sub> = 2(nΣv² − (Σv)²)/(n(n − 1)), S = Σ<sub>u</sub>[m<sub>u</sub>Σv² −
 * (Σv)²]/(m<sub>u</sub> − 1), so that α = 1 − (n − 1)S/(nΣv² − (Σv)²).
 *
 * <p>Reference: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg
 * School for Communication, University of Pennsylvania.
 *
 * <p>Degenerate input: with no pairable unit (no unit has two ratings) the value is {@code NaN}
 * with reason {@link UndefinedReason#NO_PAIRABLE_UNITS}; when every pairable value is the same
 * (D<sub>e</sub> = 0, so α = 1 − 0/0) the value is {@code NaN} with reason
 * {@link UndefinedReason#NO_VARIATION}: Krippendorff's alpha is undefined for data without
 * variation, and this project does not report such data as perfectly reliable. A single unit
 * with variation gives α = 0 exactly (its disagreement is all there is to expect).
 *
 * @param value α, or {@code NaN} when {@code reason} is set
 * @param metric the difference function
 * @param observedDisagreement D<sub>o</sub>
 * @param expectedDisagreement D<sub>e</sub>
 * @param pairableUnits units with at least two ratings
 * @param pairableValues n, the ratings in pairable units
 * @param reason why the value is undefined, or {@code null} when it is defined
 */
public record KrippendorffAlpha(double value, AlphaMetric metric, double observedDisagreement,
                                double expectedDisagreement, double pairableUnits, double pairableValues,
                                UndefinedReason reason) {

    /** Relative size below which a total variance is treated as zero (rounding noise). */
    private static final double ZERO_VARIANCE = 1e-12;

    /** Alpha for the given metric from a coincidence matrix. */
    public static KrippendorffAlpha of(CoincidenceMatrix m, AlphaMetric metric) {
        ValueDomain domain = m.domain();
        int q = domain.size();
        if (metric == AlphaMetric.RATIO && domain.value(0) < 0) {
            throw new IllegalArgumentException("the ratio metric needs non-negative values, domain " + domain);
        }
        double[] marg = new double[q];
        double n = 0;
        for (int c = 0; c < q; c++) {
            marg[c] = m.marginal(c);
            n += marg[c];
        }
        if (m.pairableUnits() <= 0 || n <= 1) {
            return undefined(metric, m.pairableUnits(), n, UndefinedReason.NO_PAIRABLE_UNITS);
        }
        double[] cum = new double[q + 1];
        for (int c = 0; c < q; c++) {
            cum[c + 1] = cum[c] + marg[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                if (c == k) {
                    continue;
                }
                double d = delta2(metric, domain, marg, cum, c, k);
                observed += m.coincidence(c, k) * d;
                expected += marg[c] * marg[k] * d;
            }
        }
        if (expected <= 0) {
            return undefined(metric, m.pairableUnits(), n, UndefinedReason.NO_VARIATION);
        }
        double dO = observed / n;
        double dE = expected / (n * (n - 1));
        return new KrippendorffAlpha(1 - dO / dE, metric, dO, dE, m.pairableUnits(), n, null);
    }

    /** Interval alpha on continuous values from moment sums (equal to the matrix form on the same data). */
    public static KrippendorffAlpha of(IntervalAlphaMoments s) {
        double n = s.pairableValues();
        if (s.pairableUnits() <= 0 || n <= 1) {
            return undefined(AlphaMetric.INTERVAL, s.pairableUnits(), n, UndefinedReason.NO_PAIRABLE_UNITS);
        }
        double total = n * s.sumOfSquares() - s.sum() * s.sum();
        if (total <= ZERO_VARIANCE * n * s.sumOfSquares()) {
            return undefined(AlphaMetric.INTERVAL, s.pairableUnits(), n, UndefinedReason.NO_VARIATION);
        }
        double dO = 2 * s.withinUnitSquares() / n;
        double dE = 2 * total / (n * (n - 1));
        return new KrippendorffAlpha(1 - dO / dE, AlphaMetric.INTERVAL, dO, dE, s.pairableUnits(), n, null);
    }

    /** Whether the value is defined (no reason given). */
    public boolean defined() {
        return reason == null;
    }

    private static KrippendorffAlpha undefined(AlphaMetric metric, double units, double n, UndefinedReason reason) {
        return new KrippendorffAlpha(Double.NaN, metric, Double.NaN, Double.NaN, units, n, reason);
    }

    private static double delta2(AlphaMetric metric, ValueDomain domain, double[] marg, double[] cum, int c, int k) {
        switch (metric) {
            case NOMINAL:
                return 1;
            case ORDINAL: {
                int lo = Math.min(c, k);
                int hi = Math.max(c, k);
                double d = cum[hi + 1] - cum[lo] - (marg[c] + marg[k]) / 2;
                return d * d;
            }
            case INTERVAL: {
                double d = domain.value(c) - domain.value(k);
                return d * d;
            }
            case RATIO: {
                double a = domain.value(c);
                double b = domain.value(k);
                double r = (a - b) / (a + b);
                return r * r;
            }
            default:
                throw new AssertionError(metric);
        }
    }
}
