package io.interviewcalibration.stats.validity;

/**
 * Data-suggested rubric weights from one non-negative fit.
 *
 * @param coefficients non-negative slopes of the outcome on the competency means, per rating point
 * @param weights      total · b<sub>j</sub> / Σb: the share of the composite each competency should carry,
 *                     in rubric units (summing to the total)
 * @param rounded      {@code weights} rounded to whole units by {@link LargestRemainder}, summing to the total
 * @param n            cases used
 * @param reason       {@code null}, or a {@link Reason} code with NaN weights and {@code rounded} null
 */
public record WeightSuggestion(double[] coefficients, double[] weights, int[] rounded, int n, String reason) {
}
