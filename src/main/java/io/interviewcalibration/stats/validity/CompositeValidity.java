package io.interviewcalibration.stats.validity;

/**
 * Out-of-sample validity of the current composite and of the data-suggested one.
 *
 * @param metric     {@code auc} (binary outcome) or {@code r} (continuous outcome)
 * @param current    validity of the composite with the current weights
 * @param suggested  validity of the held-out predictions from weights fitted in the training folds
 * @param difference suggested − current with a paired interval
 * @param k          number of folds
 * @param foldSizes  candidates per fold
 * @param reason     {@code null}, or a {@link Reason} code for what is undefined
 */
public record CompositeValidity(String metric, Estimate current, Estimate suggested, Estimate difference, int k,
    int[] foldSizes, String reason) {
}
