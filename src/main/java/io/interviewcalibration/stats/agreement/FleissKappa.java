package io.interviewcalibration.stats.agreement;

/**
 * Fleiss' kappa, κ = (p<sub>a</sub> − p<sub>e</sub>)/(1 − p<sub>e</sub>), for any number of
 * raters per unit, optionally weighted.
 *
 * <p>p<sub>a</sub> is {@link PercentAgreement} (units with at least two ratings);
 * p<sub>e</sub> = Σ<sub>k</sub>Σ<sub>l</sub> w<sub>kl</sub>π<sub>k</sub>π<sub>l</sub> with
 * π<sub>k</sub> the mean over units with at least one rating of r<sub>ik</sub>/r<sub>i</sub>
 * (see {@link CategoryCounts}). With the same number of ratings in every unit and no weights this
 * is Fleiss (1971): p<sub>a</sub> = P̄, p<sub>e</sub> = P̄<sub>e</sub> = Σp<sub>j</sub>².
 *
 * <p>References: Fleiss, J.L. (1971). Measuring nominal scale agreement among many raters.
 * Psychological Bulletin 76(5), 378–382. Gwet, K.L. (2014). Handbook of Inter-Rater Reliability,
 * 4th ed., ch. 2 (irrCAC {@code fleiss.kappa.raw} for unequal numbers of raters).
 *
 * <p>Degenerate input: no unit with two ratings → {@code NaN},
 * {@link UndefinedReason#NO_PAIRABLE_UNITS}; p<sub>e</sub> = 1 (all ratings in one category) →
 * {@code NaN}, {@link UndefinedReason#NO_VARIATION}.
 *
 * @param value κ, or {@code NaN} when {@code reason} is set
 * @param observedAgreement p<sub>a</sub>
 * @param chanceAgreement p<sub>e</sub>
 * @param weighting the agreement weights
 * @param pairableUnits units with at least two ratings
 * @param reason why the value is undefined, or {@code null}
 */
public record FleissKappa(double value, double observedAgreement, double chanceAgreement, Weighting weighting,
                          double pairableUnits, UndefinedReason reason) {

    /** Distance of p<sub>e</sub> from 1 below which 1 − p<sub>e</sub> is treated as zero. */
    private static final double NO_CHANCE_ROOM = 1e-12;

    /** Unweighted Fleiss' kappa. */
    public static FleissKappa of(CategoryCounts s) {
        return of(s, Weighting.UNWEIGHTED);
    }

    /** Weighted Fleiss' kappa, weights on the domain values. */
    public static FleissKappa of(CategoryCounts s, Weighting weighting) {
        if (s.pairableUnits() <= 0) {
            return new FleissKappa(Double.NaN, Double.NaN, Double.NaN, weighting, s.pairableUnits(),
                    UndefinedReason.NO_PAIRABLE_UNITS);
        }
        int q = s.domain().size();
        double[][] w = weighting.matrix(s.domain().values());
        double pa = s.observedAgreement(w);
        double pe = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                pe += w[k][l] * s.classificationProbability(k) * s.classificationProbability(l);
            }
        }
        if (1 - pe <= NO_CHANCE_ROOM) {
            return new FleissKappa(Double.NaN, pa, pe, weighting, s.pairableUnits(), UndefinedReason.NO_VARIATION);
        }
        return new FleissKappa((pa - pe) / (1 - pe), pa, pe, weighting, s.pairableUnits(), null);
    }

    /** Whether the value is defined. */
    public boolean defined() {
        return reason == null;
    }
}
