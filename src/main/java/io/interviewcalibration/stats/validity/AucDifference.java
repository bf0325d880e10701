package io.interviewcalibration.stats.validity;

/**
 * Difference of two AUCs measured on the same cases (a − b), with the paired DeLong standard error
 * and a plain Wald interval.
 *
 * @param aucA       AUC of score a
 * @param aucB       AUC of score b
 * @param difference aucA − aucB
 * @param se         DeLong standard error of the difference, using the covariance of the two AUCs
 * @param ciLow      difference − z·se
 * @param ciHigh     difference + z·se
 * @param nPos       number of positives
 * @param nNeg       number of negatives
 * @param reason     {@code null}, or a {@link Reason} code for what is missing
 */
public record AucDifference(double aucA, double aucB, double difference, double se, double ciLow, double ciHigh,
    int nPos, int nNeg, String reason) {

  /** The difference as an {@link Estimate} with n = nPos + nNeg. */
  public Estimate estimate() {
    return new Estimate(difference, ciLow, ciHigh, nPos + nNeg, reason);
  }
}
