package io.interviewcalibration.stats.validity;

/**
 * Drop-one incremental validity of one predictor.
 *
 * @param predictor      index of the predictor left out
 * @param metric         {@code delta_auc} (binary outcome) or {@code delta_r_squared} (continuous)
 * @param full           AUC or R² of the model with every predictor
 * @param reduced        the same without this predictor
 * @param delta          full − reduced
 * @param ciLow          bootstrap percentile lower limit of delta
 * @param ciHigh         bootstrap percentile upper limit of delta
 * @param n              cases used
 * @param replicatesUsed bootstrap replicates in which both models could be fitted
 * @param reason         {@code null}, or a {@link Reason} code for what is NaN
 */
public record IncrementalEstimate(int predictor, String metric, double full, double reduced, double delta,
    double ciLow, double ciHigh, int n, int replicatesUsed, String reason) {

  /** delta with its interval as an {@link Estimate}. */
  public Estimate estimate() {
    return new Estimate(delta, ciLow, ciHigh, n, reason);
  }
}
