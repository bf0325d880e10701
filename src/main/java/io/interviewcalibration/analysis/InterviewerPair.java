package io.interviewcalibration.analysis;

/**
 * One row of {@code results/interviewer_pairs.csv}: Cohen's weighted kappas of two interviewers
 * over the units (candidate × competency × stage) both rated.
 *
 * @param interviewerA the first interviewer (ids in ascending order; rows of the table)
 * @param interviewerB the second interviewer
 * @param nShared candidates both rated
 * @param nUnits units both rated
 * @param kappaLinear linearly weighted kappa, or {@code NaN}
 * @param kappaQuadratic quadratically weighted kappa, or {@code NaN}
 * @param ciLow lower end of the 95% bootstrap interval of {@code kappaQuadratic}
 * @param ciHigh upper end of the interval of {@code kappaQuadratic}
 * @param linearCiLow lower end of the 95% bootstrap interval of {@code kappaLinear}
 * @param linearCiHigh upper end of the interval of {@code kappaLinear}
 * @param note empty, or why a kappa is empty (an UndefinedReason code)
 */
public record InterviewerPair(String interviewerA, String interviewerB, long nShared, long nUnits,
    double kappaLinear, double kappaQuadratic, double ciLow, double ciHigh, double linearCiLow,
    double linearCiHigh, String note) {}
