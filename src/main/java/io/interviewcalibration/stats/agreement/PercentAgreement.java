package io.interviewcalibration.stats.agreement;

/**
 * Percent agreement p<sub>a</sub>: the mean over units with at least two ratings of the share of
 * agreeing ordered rating pairs, Σ<sub>k</sub> r<sub>ik</sub>(r*<sub>ik</sub> − 1)/(r<sub>i</sub>(r<sub>i</sub> − 1)),
 * optionally weighted (r*<sub>ik</sub> = Σ<sub>l</sub> w<sub>kl</sub>r<sub>il</sub>).
 * Not chance-corrected.
 *
 * <p>Reference: Gwet, K.L. (2014). Handbook of Inter-Rater Reliability, 4th ed., ch. 2
 * (irrCAC {@code pa.coeff.raw}).
 *
 * <p>Degenerate input: no unit with two ratings → {@code NaN} with
 * {@link UndefinedReason#NO_PAIRABLE_UNITS}. All ratings identical → 1.
 *
 * @param value p<sub>a</sub>, or {@code NaN} when {@code reason} is set
 * @param weighting the agreement weights
 * @param pairableUnits units with at least two ratings
 * @param reason why the value is undefined, or {@code null}
 */
public record PercentAgreement(double value, Weighting weighting, double pairableUnits, UndefinedReason reason) {

    /** Unweighted percent agreement. */
    public static PercentAgreement of(CategoryCounts s) {
        return of(s, Weighting.UNWEIGHTED);
    }

    /** Weighted percent agreement, weights on the domain values. */
    public static PercentAgreement of(CategoryCounts s, Weighting weighting) {
        if (s.pairableUnits() <= 0) {
            return new PercentAgreement(Double.NaN, weighting, s.pairableUnits(), UndefinedReason.NO_PAIRABLE_UNITS);
        }
        double[][] w = weighting.matrix(s.domain().values());
        return new PercentAgreement(s.observedAgreement(w), weighting, s.pairableUnits(), null);
    }

    /** Whether the value is defined. */
    public boolean defined() {
        return reason == null;
    }
}
