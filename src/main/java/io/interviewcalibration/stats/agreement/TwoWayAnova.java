package io.interviewcalibration.stats.agreement;

/**
 * Sums for a two-way ANOVA on a fully crossed design, every one of k judges rating every target
 * once: the linear state behind {@link TwoWayIcc}. Linear in targets, so targets can be summed in
 * any order and weighted (a bootstrap over targets).
 *
 * <p>A target (one row of the targets × judges matrix, judges in a fixed order) with scores
 * y<sub>1</sub>..y<sub>k</sub> adds 1 to the target count, Σy, Σy², its row total squared to
 * Σ(row total)², and y<sub>j</sub> to column total j. A row with a missing score ({@code NaN})
 * adds only 1 to the count of incomplete targets, so that the statistic can say the design is
 * not fully crossed instead of silently dropping or imputing. Σ(column total)² is computed from
 * the column totals by the statistic, which keeps the state linear.
 *
 * <p>Vector layout (length 5 + k):
 * {@code [targets, incompleteTargets, Σy, Σy², Σ rowTotal², colTotal_0, ..., colTotal_{k-1}]}.
 */
public final class TwoWayAnova implements LinearState<TwoWayAnova> {

    private static final int HEADER = 5;

    private final int judges;
    private final double[] v;

    private TwoWayAnova(int judges, double[] v) {
        this.judges = judges;
        this.v = v;
    }

    /** The empty state for {@code judges} judges. */
    public static TwoWayAnova empty(int judges) {
        if (judges < 1) {
            throw new IllegalArgumentException("need at least one judge, got " + judges);
        }
        return new TwoWayAnova(judges, new double[HEADER + judges]);
    }

    /**
     * The contribution of one target.
     *
     * @param scoresByJudge one score per judge, in the fixed judge order; {@code NaN} = not rated
     * @throws IllegalArgumentException if the row is empty or a score is infinite
     */
    public static TwoWayAnova ofTarget(double[] scoresByJudge) {
        TwoWayAnova s = empty(scoresByJudge.length);
        double total = 0;
        double sumSq = 0;
        for (double y : scoresByJudge) {
            if (Double.isInfinite(y)) {
                throw new IllegalArgumentException("scores must be finite");
            }
            if (Double.isNaN(y)) {
                s.v[1] = 1;
                return s;
            }
            total += y;
            sumSq += y * y;
        }
        s.v[0] = 1;
        s.v[2] = total;
        s.v[3] = sumSq;
        s.v[4] = total * total;
        System.arraycopy(scoresByJudge, 0, s.v, HEADER, scoresByJudge.length);
        return s;
    }

    /**
     * The state of a whole targets × judges matrix (rows = targets, columns = judges).
     *
     * @throws IllegalArgumentException if the matrix is empty or its rows differ in length
     */
    public static TwoWayAnova ofMatrix(double[][] scores) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("empty matrix");
        }
        TwoWayAnova s = empty(scores[0].length);
        for (double[] row : scores) {
            if (row.length != s.judges) {
                throw new IllegalArgumentException("rows must all have " + s.judges + " scores, got " + row.length);
            }
            s = s.merge(ofTarget(row));
        }
        return s;
    }

    /** Restores a state from {@link #vector()}. */
    public static TwoWayAnova fromVector(double[] vector, int judges) {
        return new TwoWayAnova(judges, Vectors.checked(vector, HEADER + judges, "two-way ANOVA"));
    }

    @Override
    public TwoWayAnova merge(TwoWayAnova other) {
        if (other.judges != judges) {
            throw new IllegalArgumentException("states for " + judges + " and " + other.judges + " judges");
        }
        return new TwoWayAnova(judges, Vectors.sum(v, other.v));
    }

    @Override
    public TwoWayAnova scaled(double weight) {
        return new TwoWayAnova(judges, Vectors.times(v, weight));
    }

    @Override
    public double[] vector() {
        return v.clone();
    }

    /** k, the number of judges (fixed shape). */
    public int judges() {
        return judges;
    }

    /** n, the number of complete targets. */
    public double targets() {
        return v[0];
    }

    /** Targets with at least one missing score. */
    public double incompleteTargets() {
        return v[1];
    }

    /** Σy over complete targets. */
    public double sum() {
        return v[2];
    }

    /** Σy² over complete targets. */
    public double sumOfSquares() {
        return v[3];
    }

    /** Σ over targets of the squared row total. */
    public double sumSquaredRowTotals() {
        return v[4];
    }

    /** Σ over judges of the squared column total. */
    public double sumSquaredColumnTotals() {
        double s = 0;
        for (int j = 0; j < judges; j++) {
            s += v[HEADER + j] * v[HEADER + j];
        }
        return s;
    }

    /** Column total of judge {@code j}. */
    public double columnTotal(int j) {
        return v[HEADER + j];
    }
}
