package io.interviewcalibration.stats.agreement;

/**
 * The q × q table of two raters' joint classifications over a fixed category domain (rows: the
 * first rater, columns: the second): the linear state behind {@link CohenKappa}.
 *
 * <p>A unit rated by both raters adds 1 to cell (first, second); a unit missing either rating
 * adds nothing (Cohen's kappa uses units rated by both).
 *
 * <p>Vector layout (length q²): {@code [n_00, n_01, ..., n_{q-1,q-1}]}, row-major.
 */
public final class ContingencyTable implements LinearState<ContingencyTable> {

    private final ValueDomain domain;
    private final double[] v;

    private ContingencyTable(ValueDomain domain, double[] v) {
        this.domain = domain;
        this.v = v;
    }

    /** The empty table over {@code domain}. */
    public static ContingencyTable empty(ValueDomain domain) {
        return new ContingencyTable(domain, new double[domain.size() * domain.size()]);
    }

    /**
     * The contribution of one unit.
     *
     * @param first the first rater's category, {@code NaN} if missing
     * @param second the second rater's category, {@code NaN} if missing
     * @throws IllegalArgumentException if a rating is not in the domain
     */
    public static ContingencyTable ofUnit(double first, double second, ValueDomain domain) {
        ContingencyTable t = empty(domain);
        if (Double.isNaN(first) || Double.isNaN(second)) {
            return t;
        }
        t.v[domain.indexOf(first) * domain.size() + domain.indexOf(second)] = 1;
        return t;
    }

    /**
     * A table given as counts (rows: first rater).
     *
     * @throws IllegalArgumentException if the table is not q × q or holds negative counts
     */
    public static ContingencyTable ofCounts(double[][] counts, ValueDomain domain) {
        int q = domain.size();
        if (counts.length != q) {
            throw new IllegalArgumentException("expected " + q + " rows, got " + counts.length);
        }
        double[] v = new double[q * q];
        for (int i = 0; i < q; i++) {
            if (counts[i].length != q) {
                throw new IllegalArgumentException("expected " + q + " columns in row " + i);
            }
            for (int j = 0; j < q; j++) {
                if (counts[i][j] < 0 || !Double.isFinite(counts[i][j])) {
                    throw new IllegalArgumentException("counts must be finite and non-negative");
                }
                v[i * q + j] = counts[i][j];
            }
        }
        return new ContingencyTable(domain, v);
    }

    /** Restores a state from {@link #vector()}. */
    public static ContingencyTable fromVector(double[] vector, ValueDomain domain) {
        return new ContingencyTable(domain, Vectors.checked(vector, domain.size() * domain.size(), "contingency table"));
    }

    @Override
    public ContingencyTable merge(ContingencyTable other) {
        domain.requireSame(other.domain);
        return new ContingencyTable(domain, Vectors.sum(v, other.v));
    }

    @Override
    public ContingencyTable scaled(double weight) {
        return new ContingencyTable(domain, Vectors.times(v, weight));
    }

    @Override
    public double[] vector() {
        return v.clone();
    }

    /** The category domain. */
    public ValueDomain domain() {
        return domain;
    }

    /** n<sub>ij</sub>, units the first rater put in category i and the second in j. */
    public double count(int i, int j) {
        return v[i * domain.size() + j];
    }

    /** N, units rated by both. */
    public double total() {
        return Vectors.total(v);
    }
}
