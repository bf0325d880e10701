package io.interviewcalibration.stats.agreement;

/**
 * Moment sums for interval-metric {@link KrippendorffAlpha} on continuous values (e.g. weighted
 * scorecard composites with many distinct values), where a coincidence matrix would be too large.
 *
 * <p>Only pairable units (m<sub>u</sub> ≥ 2 ratings) contribute. Per unit with values
 * v<sub>1</sub>..v<sub>m</sub>: n += m, Σv += Σ<sub>i</sub>v<sub>i</sub>, Σv² +=
 * Σ<sub>i</sub>v<sub>i</sub>², S += [mΣv<sub>i</sub>² − (Σv<sub>i</sub>)²]/(m − 1), which is
 * half the sum over ordered pairs within the unit of (v<sub>i</sub> − v<sub>j</sub>)², divided
 * by m − 1. On the same integer data, alpha from these sums equals alpha from the
 * {@link CoincidenceMatrix} with {@link AlphaMetric#INTERVAL}.
 *
 * <p>Vector layout (length 5): {@code [pairableUnits, n, Σv, Σv², S]}.
 */
public final class IntervalAlphaMoments implements LinearState<IntervalAlphaMoments> {

    private static final int LENGTH = 5;

    private final double[] v;

    private IntervalAlphaMoments(double[] v) {
        this.v = v;
    }

    /** The empty state. */
    public static IntervalAlphaMoments empty() {
        return new IntervalAlphaMoments(new double[LENGTH]);
    }

    /**
     * The contribution of one unit.
     *
     * @param ratings the unit's ratings; {@code NaN} entries are missing and skipped
     * @throws IllegalArgumentException if a rating is infinite
     */
    public static IntervalAlphaMoments ofUnit(double[] ratings) {
        double m = 0;
        double sum = 0;
        for (double r : ratings) {
            if (Double.isInfinite(r)) {
                throw new IllegalArgumentException("ratings must be finite");
            }
            if (!Double.isNaN(r)) {
                m++;
                sum += r;
            }
        }
        if (m < 2) {
            return empty();
        }
        double mean = sum / m;
        double sumSq = 0;
        double centredSq = 0;
        for (double r : ratings) {
            if (!Double.isNaN(r)) {
                sumSq += r * r;
                centredSq += (r - mean) * (r - mean);
            }
        }
        // m Σv² − (Σv)² = m Σ(v − mean)², computed centred to avoid cancellation
        return new IntervalAlphaMoments(new double[] {1, m, sum, sumSq, m * centredSq / (m - 1)});
    }

    /** Restores a state from {@link #vector()}. */
    public static IntervalAlphaMoments fromVector(double[] vector) {
        return new IntervalAlphaMoments(Vectors.checked(vector, LENGTH, "interval alpha moments"));
    }

    @Override
    public IntervalAlphaMoments merge(IntervalAlphaMoments other) {
        return new IntervalAlphaMoments(Vectors.sum(v, other.v));
    }

    @Override
    public IntervalAlphaMoments scaled(double weight) {
        return new IntervalAlphaMoments(Vectors.times(v, weight));
    }

    @Override
    public double[] vector() {
        return v.clone();
    }

    /** Units with at least two ratings. */
    public double pairableUnits() {
        return v[0];
    }

    /** n, the number of ratings in pairable units. */
    public double pairableValues() {
        return v[1];
    }

    /** Σv over pairable values. */
    public double sum() {
        return v[2];
    }

    /** Σv² over pairable values. */
    public double sumOfSquares() {
        return v[3];
    }

    /** S = Σ<sub>u</sub>[m<sub>u</sub>Σv² − (Σv)²]/(m<sub>u</sub> − 1). */
    public double withinUnitSquares() {
        return v[4];
    }
}
