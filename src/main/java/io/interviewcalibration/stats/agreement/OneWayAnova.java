package io.interviewcalibration.stats.agreement;

/**
 * Sums for a one-way random-effects ANOVA on an unbalanced design (units with different numbers
 * of ratings): the linear state behind {@link OneWayIcc}.
 *
 * <p>A unit i with n<sub>i</sub> ≥ 1 ratings and total T<sub>i</sub> = Σy adds 1 to C,
 * n<sub>i</sub> to N, n<sub>i</sub>² to Σn², T<sub>i</sub> to Σy, Σy² to Σy² and
 * T<sub>i</sub>²/n<sub>i</sub> to ΣT²/n. A unit with one rating counts (it informs the
 * between-unit mean square) but adds no within-unit degree of freedom; a unit without ratings
 * adds nothing.
 *
 * <p>Vector layout (length 6): {@code [C, N, Σn², Σy, Σy², ΣT²/n]}.
 */
public final class OneWayAnova implements LinearState<OneWayAnova> {

    private static final int LENGTH = 6;

    private final double[] v;

    private OneWayAnova(double[] v) {
        this.v = v;
    }

    /** The empty state. */
    public static OneWayAnova empty() {
        return new OneWayAnova(new double[LENGTH]);
    }

    /**
     * The contribution of one unit.
     *
     * @param ratings the unit's ratings; {@code NaN} entries are missing and skipped
     * @throws IllegalArgumentException if a rating is infinite
     */
    public static OneWayAnova ofUnit(double[] ratings) {
        double n = 0;
        double t = 0;
        double ss = 0;
        for (double r : ratings) {
            if (Double.isInfinite(r)) {
                throw new IllegalArgumentException("ratings must be finite");
            }
            if (!Double.isNaN(r)) {
                n++;
                t += r;
                ss += r * r;
            }
        }
        if (n == 0) {
            return empty();
        }
        return new OneWayAnova(new double[] {1, n, n * n, t, ss, t * t / n});
    }

    /** Restores a state from {@link #vector()}. */
    public static OneWayAnova fromVector(double[] vector) {
        return new OneWayAnova(Vectors.checked(vector, LENGTH, "one-way ANOVA"));
    }

    @Override
    public OneWayAnova merge(OneWayAnova other) {
        return new OneWayAnova(Vectors.sum(v, other.v));
    }

    @Override
    public OneWayAnova scaled(double weight) {
        return new OneWayAnova(Vectors.times(v, weight));
    }

    @Override
    public double[] vector() {
        return v.clone();
    }

    /** C, units with at least one rating. */
    public double units() {
        return v[0];
    }

    /** N, ratings. */
    public double ratings() {
        return v[1];
    }

    /** Σn<sub>i</sub>². */
    public double sumSquaredUnitSizes() {
        return v[2];
    }

    /** Σy. */
    public double sum() {
        return v[3];
    }

    /** Σy². */
    public double sumOfSquares() {
        return v[4];
    }

    /** Σ<sub>i</sub> T<sub>i</sub>²/n<sub>i</sub>. */
    public double sumSquaredUnitTotalsOverSize() {
        return v[5];
    }
}
