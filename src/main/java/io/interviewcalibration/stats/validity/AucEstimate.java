package io.interviewcalibration.stats.validity;

/**
 * Area under the ROC curve with its DeLong standard error and a logit-transformed interval.
 *
 * @param auc    Mann–Whitney AUC, P(score<sub>pos</sub> &gt; score<sub>neg</sub>) + ½ P(tie)
 * @param se     DeLong (1988) standard error
 * @param ciLow  lower limit of the logit interval
 * @param ciHigh upper limit of the logit interval
 * @param nPos   number of positives (outcome 1)
 * @param nNeg   number of negatives (outcome 0)
 * @param reason {@code null}, or a {@link Reason} code for what is missing
 */
public record AucEstimate(double auc, double se, double ciLow, double ciHigh, int nPos, int nNeg, String reason) {

  /** As an {@link Estimate} with n = nPos + nNeg. */
  public Estimate estimate() {
    return new Estimate(auc, ciLow, ciHigh, nPos + nNeg, reason);
  }
}
