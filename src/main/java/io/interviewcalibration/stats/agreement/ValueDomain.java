package io.interviewcalibration.stats.agreement;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A fixed, sorted set of distinct rating values (or category codes). States that count values
 * ({@link CoincidenceMatrix}, {@link CategoryCounts}, {@link ContingencyTable}) are indexed by
 * position in a domain, so their size depends on the number of distinct values, never on the
 * number of ratings. Two states can only be merged when their domains are equal. Serializable, so
 * that a distributed job can ship it to its workers.
 */
public final class ValueDomain implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] values;

    private ValueDomain(double[] sortedDistinct) {
        this.values = sortedDistinct;
    }

    /**
     * The domain of the given values, sorted ascending, duplicates removed.
     *
     * @throws IllegalArgumentException if no value is given or a value is not finite
     */
    public static ValueDomain of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a value domain needs at least one value");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("domain values must be finite, got " + v);
            }
        }
        double[] sorted = Arrays.stream(values).map(v -> v == 0.0 ? 0.0 : v).sorted().distinct().toArray();
        return new ValueDomain(sorted);
    }

    /** The integers {@code from, from + 1, ..., to}, e.g. a 1–5 rating scale. */
    public static ValueDomain integers(int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("empty integer range " + from + ".." + to);
        }
        double[] v = new double[to - from + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = from + i;
        }
        return new ValueDomain(v);
    }

    /** Number of values in the domain. */
    public int size() {
        return values.length;
    }

    /** The value at position {@code index} (ascending order). */
    public double value(int index) {
        return values[index];
    }

    /** A copy of the values, ascending. */
    public double[] values() {
        return values.clone();
    }

    /**
     * Position of {@code value} in the domain.
     *
     * @throws IllegalArgumentException if the value is not in the domain
     */
    public int indexOf(double value) {
        int i = Arrays.binarySearch(values, value == 0.0 ? 0.0 : value);
        if (i < 0) {
            throw new IllegalArgumentException("value " + value + " is not in the domain " + this);
        }
        return i;
    }

    /** Whether {@code value} is in the domain. */
    public boolean contains(double value) {
        return Arrays.binarySearch(values, value == 0.0 ? 0.0 : value) >= 0;
    }

    /**
     * Per-value counts of one unit's ratings; {@code NaN} entries are missing ratings and are
     * skipped.
     *
     * @throws IllegalArgumentException if a rating is not in the domain
     */
    double[] countsOf(double[] ratings) {
        double[] counts = new double[values.length];
        for (double r : ratings) {
            if (!Double.isNaN(r)) {
                counts[indexOf(r)] += 1.0;
            }
        }
        return counts;
    }

    void requireSame(ValueDomain other) {
        if (!equals(other)) {
            throw new IllegalArgumentException("states over different domains: " + this + " and " + other);
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ValueDomain d && Arrays.equals(values, d.values));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
