package io.interviewcalibration.stats.agreement;

/**
 * Krippendorff's value-by-value coincidence matrix over a fixed {@link ValueDomain}: the linear
 * state behind {@link KrippendorffAlpha}.
 *
 * <p>For a unit u with m<sub>u</sub> ≥ 2 ratings, of which n<sub>uc</sub> have value c, the unit
 * adds n<sub>uc</sub>·n<sub>uk</sub>/(m<sub>u</sub> − 1) to o<sub>ck</sub> for c ≠ k and
 * n<sub>uc</sub>(n<sub>uc</sub> − 1)/(m<sub>u</sub> − 1) to o<sub>cc</sub> (the number of c–k
 * pairs in u divided by m<sub>u</sub> − 1; Krippendorff 2011, §C). Units with fewer than two
 * ratings are not pairable and add nothing. The marginals n<sub>c</sub> = Σ<sub>k</sub>
 * o<sub>ck</sub> count the pairable values and n = Σ<sub>c</sub> n<sub>c</sub>.
 *
 * <p>Vector layout (length 1 + q², q = domain size):
 * {@code [pairableUnits, o[0][0], o[0][1], ..., o[0][q-1], o[1][0], ..., o[q-1][q-1]]}
 * (row-major). The cost of a unit is O(m<sub>u</sub> + q²), never the number of rating pairs.
 *
 * <p>Reference: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg
 * School for Communication, University of Pennsylvania.
 */
public final class CoincidenceMatrix implements LinearState<CoincidenceMatrix> {

    private final ValueDomain domain;
    private final double[] v;

    private CoincidenceMatrix(ValueDomain domain, double[] v) {
        this.domain = domain;
        this.v = v;
    }

    /** The empty matrix (no units) over {@code domain}. */
    public static CoincidenceMatrix empty(ValueDomain domain) {
        int q = domain.size();
        return new CoincidenceMatrix(domain, new double[1 + q * q]);
    }

    /**
     * The contribution of one unit.
     *
     * @param ratings the unit's ratings; {@code NaN} entries are missing and skipped
     * @throws IllegalArgumentException if a rating is not in the domain
     */
    public static CoincidenceMatrix ofUnit(double[] ratings, ValueDomain domain) {
        return ofUnitCounts(domain.countsOf(ratings), domain);
    }

    /**
     * The contribution of one unit given as counts per domain value (n<sub>uc</sub>), e.g. the
     * "distribution" form of a dataset.
     *
     * @throws IllegalArgumentException if the counts have the wrong length or are negative
     */
    public static CoincidenceMatrix ofUnitCounts(double[] counts, ValueDomain domain) {
        int q = domain.size();
        if (counts.length != q) {
            throw new IllegalArgumentException("expected " + q + " counts, got " + counts.length);
        }
        double m = 0;
        for (double c : counts) {
            if (c < 0 || !Double.isFinite(c)) {
                throw new IllegalArgumentException("counts must be finite and non-negative");
            }
            m += c;
        }
        double[] v = new double[1 + q * q];
        if (m < 2) {
            return new CoincidenceMatrix(domain, v);
        }
        v[0] = 1;
        for (int c = 0; c < q; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int k = 0; k < q; k++) {
                double pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
                v[1 + c * q + k] = pairs / (m - 1);
            }
        }
        return new CoincidenceMatrix(domain, v);
    }

    /** Restores a state from {@link #vector()}. */
    public static CoincidenceMatrix fromVector(double[] vector, ValueDomain domain) {
        int q = domain.size();
        return new CoincidenceMatrix(domain, Vectors.checked(vector, 1 + q * q, "coincidence matrix"));
    }

    @Override
    public CoincidenceMatrix merge(CoincidenceMatrix other) {
        domain.requireSame(other.domain);
        return new CoincidenceMatrix(domain, Vectors.sum(v, other.v));
    }

    @Override
    public CoincidenceMatrix scaled(double weight) {
        return new CoincidenceMatrix(domain, Vectors.times(v, weight));
    }

    @Override
    public double[] vector() {
        return v.clone();
    }

    /** The value domain indexing rows and columns. */
    public ValueDomain domain() {
        return domain;
    }

    /** o<sub>ck</sub>, the coincidences of domain positions c and k. */
    public double coincidence(int c, int k) {
        return v[1 + c * domain.size() + k];
    }

    /** n<sub>c</sub>, the number of pairable values equal to domain position c. */
    public double marginal(int c) {
        int q = domain.size();
        double s = 0;
        for (int k = 0; k < q; k++) {
            s += v[1 + c * q + k];
        }
        return s;
    }

    /** n, the number of pairable values. */
    public double pairableValues() {
        double s = 0;
        for (int i = 1; i < v.length; i++) {
            s += v[i];
        }
        return s;
    }

    /** The number of units with at least two ratings. */
    public double pairableUnits() {
        return v[0];
    }
}
