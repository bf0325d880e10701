package io.interviewcalibration.stats.agreement;

/**
 * A summary that is linear in units: the state of a set of units is the sum of the states of its
 * units, so it can be computed per unit, summed in any order and weighted.
 *
 * <p>Laws every implementation keeps (up to floating-point rounding):
 * <ul>
 *   <li>{@code stateOf(A ∪ B) = stateOf(A).merge(stateOf(B))} for disjoint sets of units;</li>
 *   <li>{@code s.scaled(w)} equals {@code s} merged with itself {@code w} times for integer
 *       {@code w ≥ 1}, and {@code scaled(0)} is the empty state; this is what a frequency or
 *       bootstrap weight means;</li>
 *   <li>{@code vector()} is a fixed-length array whose element-wise sum over units is the
 *       vector of the merged state, and {@code fromVector(vector())} restores the state.</li>
 * </ul>
 * A distributed engine can therefore sum plain {@code double[]} vectors and call the statistic
 * on the result; a Poisson bootstrap sums the same vectors multiplied by per-cluster weights.
 *
 * @param <S> the implementing state type
 */
public interface LinearState<S extends LinearState<S>> {

    /** The state of the union of both sets of units. */
    S merge(S other);

    /** Every component multiplied by {@code weight}. */
    S scaled(double weight);

    /** The components as a new array, in the layout documented by the implementing class. */
    double[] vector();
}
