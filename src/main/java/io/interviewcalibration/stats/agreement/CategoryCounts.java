package io.interviewcalibration.stats.agreement;

/**
 * Per-unit category counts r<sub>ik</sub> summarised linearly over a fixed category domain, for
 * coefficients that allow the number of ratings r<sub>i</sub> = Σ<sub>k</sub>r<sub>ik</sub> to
 * vary by unit ({@link PercentAgreement}, {@link FleissKappa}, {@link GwetAc}; Gwet 2014, ch. 2–3,
 * the "raw data" formulas of irrCAC).
 *
 * <p>Those formulas need, for any weights w, p<sub>a</sub> = (1/n'') Σ<sub>i: r(i)≥2</sub>
 * Σ<sub>k</sub> r<sub>ik</sub>(r*<sub>ik</sub> − 1)/(r<sub>i</sub>(r<sub>i</sub> − 1)) with
 * r*<sub>ik</sub> = Σ<sub>l</sub> w<sub>kl</sub>r<sub>il</sub>, and
 * π<sub>k</sub> = (1/n) Σ<sub>i: r(i)≥1</sub> r<sub>ik</sub>/r<sub>i</sub>. Expanding,
 * p<sub>a</sub> = (Σ<sub>kl</sub> w<sub>kl</sub>A<sub>kl</sub> − B)/n'' with
 * A<sub>kl</sub> = Σ<sub>i: r(i)≥2</sub> r<sub>ik</sub>r<sub>il</sub>/(r<sub>i</sub>(r<sub>i</sub> − 1))
 * and B = Σ<sub>i: r(i)≥2</sub> 1/(r<sub>i</sub> − 1), so one state serves every
 * weighting. A unit with a single rating counts in n and π but not in n'' or p<sub>a</sub>; a unit
 * without ratings adds nothing.
 *
 * <p>Vector layout (length 4 + q + q², q = domain size):
 * {@code [ratedUnits n, pairableUnits n'', ratings, B, P_0..P_{q-1}, A_00, A_01, ..., A_{q-1,q-1}]}
 * where P<sub>k</sub> = Σ<sub>i</sub> r<sub>ik</sub>/r<sub>i</sub> (so π<sub>k</sub> = P<sub>k</sub>/n)
 * and A is row-major.
 */
public final class CategoryCounts implements LinearState<CategoryCounts> {

    private static final int HEADER = 4;

    private final ValueDomain domain;
    private final double[] v;

    private CategoryCounts(ValueDomain domain, double[] v) {
        this.domain = domain;
        this.v = v;
    }

    /** The empty state over {@code domain}. */
    public static CategoryCounts empty(ValueDomain domain) {
        int q = domain.size();
        return new CategoryCounts(domain, new double[HEADER + q + q * q]);
    }

    /**
     * The contribution of one unit.
     *
     * @param ratings the unit's ratings (category values); {@code NaN} entries are missing
     * @throws IllegalArgumentException if a rating is not in the domain
     */
    public static CategoryCounts ofUnit(double[] ratings, ValueDomain domain) {
        return ofUnitCounts(domain.countsOf(ratings), domain);
    }

    /**
     * The contribution of one unit given its counts r<sub>ik</sub> per category.
     *
     * @throws IllegalArgumentException if the counts have the wrong length or are negative
     */
    public static CategoryCounts ofUnitCounts(double[] counts, ValueDomain domain) {
        int q = domain.size();
        if (counts.length != q) {
            throw new IllegalArgumentException("expected " + q + " counts, got " + counts.length);
        }
        double r = 0;
        for (double c : counts) {
            if (c < 0 || !Double.isFinite(c)) {
                throw new IllegalArgumentException("counts must be finite and non-negative");
            }
            r += c;
        }
        CategoryCounts s = empty(domain);
        if (r == 0) {
            return s;
        }
        s.v[0] = 1;
        s.v[2] = r;
        for (int k = 0; k < q; k++) {
            s.v[HEADER + k] = counts[k] / r;
        }
        if (r >= 2) {
            s.v[1] = 1;
            s.v[3] = 1 / (r - 1);
            double norm = r * (r - 1);
            for (int k = 0; k < q; k++) {
                for (int l = 0; l < q; l++) {
                    s.v[HEADER + q + k * q + l] = counts[k] * counts[l] / norm;
                }
            }
        }
        return s;
    }

    /** Restores a state from {@link #vector()}. */
    public static CategoryCounts fromVector(double[] vector, ValueDomain domain) {
        int q = domain.size();
        return new CategoryCounts(domain, Vectors.checked(vector, HEADER + q + q * q, "category counts"));
    }

    @Override
    public CategoryCounts merge(CategoryCounts other) {
        domain.requireSame(other.domain);
        return new CategoryCounts(domain, Vectors.sum(v, other.v));
    }

    @Override
    public CategoryCounts scaled(double weight) {
        return new CategoryCounts(domain, Vectors.times(v, weight));
    }

    @Override
    public double[] vector() {
        return v.clone();
    }

    /** The category domain. */
    public ValueDomain domain() {
        return domain;
    }

    /** n, units with at least one rating. */
    public double ratedUnits() {
        return v[0];
    }

    /** n'', units with at least two ratings. */
    public double pairableUnits() {
        return v[1];
    }

    /** Total number of ratings. */
    public double ratings() {
        return v[2];
    }

    /** π<sub>k</sub>, the mean over rated units of r<sub>ik</sub>/r<sub>i</sub>; {@code NaN} if none. */
    public double classificationProbability(int k) {
        return v[HEADER + k] / v[0];
    }

    /**
     * Weighted observed agreement p<sub>a</sub> over units with at least two ratings, or
     * {@code NaN} if there are none.
     */
    public double observedAgreement(double[][] weights) {
        int q = domain.size();
        double s = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                s += weights[k][l] * v[HEADER + q + k * q + l];
            }
        }
        return (s - v[3]) / v[1];
    }
}
