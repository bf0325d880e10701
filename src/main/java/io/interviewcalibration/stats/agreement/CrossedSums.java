package io.interviewcalibration.stats.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Sufficient statistics for {@link CrossedVarianceComponents}: a two-way crossed classification,
 * candidates i = 1..a by interviewers j = 1..b, with n<sub>ij</sub> ≥ 0 ratings in cell (i, j)
 * (unbalanced and sparse allowed), n<sub>i·</sub> and n<sub>·j</sub> the candidate and
 * interviewer totals of ratings and y<sub>i·</sub>, y<sub>·j</sub> their sums of ratings.
 *
 * <p>One grouping by candidate gives N, Σy, Σy², a, T<sub>A</sub>, k1, k3 and k12; one grouping by
 * interviewer gives b, T<sub>B</sub>, k2 and k4 (each is a sum over groups, so both groupings
 * are plain aggregations):
 *
 * @param ratings N = Σ n<sub>ij</sub>
 * @param sum Σy
 * @param sumOfSquares Σy²
 * @param candidates a, candidates with at least one rating
 * @param interviewers b, interviewers with at least one rating
 * @param candidateTerm T<sub>A</sub> = Σ<sub>i</sub> y<sub>i·</sub>²/n<sub>i·</sub>
 * @param interviewerTerm T<sub>B</sub> = Σ<sub>j</sub> y<sub>·j</sub>²/n<sub>·j</sub>
 * @param k1 Σ<sub>i</sub> n<sub>i·</sub>²
 * @param k2 Σ<sub>j</sub> n<sub>·j</sub>²
 * @param k3 Σ<sub>i</sub> (Σ<sub>j</sub> n<sub>ij</sub>²)/n<sub>i·</sub>
 * @param k4 Σ<sub>j</sub> (Σ<sub>i</sub> n<sub>ij</sub>²)/n<sub>·j</sub>
 * @param k12 Σ<sub>i</sub>Σ<sub>j</sub> n<sub>ij</sub>² (equal to N when no interviewer rated a
 *            candidate twice; not needed by the no-interaction estimator, kept so the input is
 *            complete and checked for consistency: N ≤ k12, k3 ≤ k12, k4 ≤ k12)
 */
public record CrossedSums(double ratings, double sum, double sumOfSquares, double candidates, double interviewers,
                          double candidateTerm, double interviewerTerm, double k1, double k2, double k3, double k4,
                          double k12) {

    /** Relative slack allowed in the consistency checks (rounding in distributed sums). */
    private static final double SLACK = 1e-9;

    /**
     * @throws IllegalArgumentException if the sums cannot come from one dataset
     */
    public CrossedSums {
        double tol = SLACK * Math.max(1, k12);
        if (ratings < 0 || candidates < 0 || interviewers < 0 || k12 + tol < ratings || k3 > k12 + tol
                || k4 > k12 + tol) {
            throw new IllegalArgumentException("inconsistent crossed sums: " + ratings + " ratings, k12 " + k12
                    + ", k3 " + k3 + ", k4 " + k4);
        }
    }

    /**
     * The sums of in-memory ratings: rating {@code r} is {@code ratings[r]} given by interviewer
     * {@code interviewers[r]} to candidate {@code candidates[r]}.
     *
     * @throws IllegalArgumentException if the arrays differ in length or a rating is not finite
     */
    public static CrossedSums fromRatings(int[] candidates, int[] interviewers, double[] ratings) {
        if (candidates.length != interviewers.length || candidates.length != ratings.length) {
            throw new IllegalArgumentException("arrays of different lengths");
        }
        Map<Integer, Group> byCandidate = new HashMap<>();
        Map<Integer, Group> byInterviewer = new HashMap<>();
        double sum = 0;
        double sumSq = 0;
        for (int r = 0; r < ratings.length; r++) {
            double y = ratings[r];
            if (!Double.isFinite(y)) {
                throw new IllegalArgumentException("rating " + r + " is not finite");
            }
            sum += y;
            sumSq += y * y;
            byCandidate.computeIfAbsent(candidates[r], k -> new Group()).add(interviewers[r], y);
            byInterviewer.computeIfAbsent(interviewers[r], k -> new Group()).add(candidates[r], y);
        }
        double ta = 0, k1 = 0, k3 = 0, k12 = 0;
        for (Group g : byCandidate.values()) {
            ta += g.total * g.total / g.n;
            k1 += g.n * g.n;
            double cells = g.sumSquaredCellSizes();
            k3 += cells / g.n;
            k12 += cells;
        }
        double tb = 0, k2 = 0, k4 = 0;
        for (Group g : byInterviewer.values()) {
            tb += g.total * g.total / g.n;
            k2 += g.n * g.n;
            k4 += g.sumSquaredCellSizes() / g.n;
        }
        return new CrossedSums(ratings.length, sum, sumSq, byCandidate.size(), byInterviewer.size(), ta, tb,
                k1, k2, k3, k4, k12);
    }

    private static final class Group {
        double n;
        double total;
        final Map<Integer, Integer> cellSizes = new HashMap<>();

        void add(int other, double y) {
            n++;
            total += y;
            cellSizes.merge(other, 1, Integer::sum);
        }

        double sumSquaredCellSizes() {
            double s = 0;
            for (int c : cellSizes.values()) {
                s += (double) c * c;
            }
            return s;
        }
    }
}
