package io.interviewcalibration.stats.agreement;

/**
 * Gwet's AC1 (unweighted) and AC2 (weighted), γ = (p<sub>a</sub> − p<sub>e</sub>)/(1 − p<sub>e</sub>),
 * for any number of raters per unit.
 *
 * <p>p<sub>a</sub> is {@link PercentAgreement} (units with at least two ratings); the chance
 * agreement is p<sub>e</sub> = T<sub>w</sub>/(q(q − 1)) Σ<sub>k</sub> π<sub>k</sub>(1 − π<sub>k</sub>)
 * with T<sub>w</sub> = Σ<sub>kl</sub> w<sub>kl</sub> (T<sub>w</sub> = q without weights, giving
 * AC1's Σπ<sub>k</sub>(1 − π<sub>k</sub>)/(q − 1)), q the size of the category domain and
 * π<sub>k</sub> the mean over units with at least one rating of r<sub>ik</sub>/r<sub>i</sub>.
 * q is the domain size, not the number of categories observed: a domain with categories no one
 * used lowers p<sub>e</sub>, as irrCAC's {@code categ.labels} argument does.
 *
 * <p>References: Gwet, K.L. (2008). Computing inter-rater reliability and its variance in the
 * presence of high agreement. British Journal of Mathematical and Statistical Psychology 61,
 * 29–48. Gwet, K.L. (2014). Handbook of Inter-Rater Reliability, 4th ed., ch. 2–3 (irrCAC
 * {@code gwet.ac1.raw}).
 *
 * <p>Degenerate input: no unit with two ratings → {@code NaN},
 * {@link UndefinedReason#NO_PAIRABLE_UNITS}; a domain of one category → {@code NaN},
 * {@link UndefinedReason#TOO_FEW_CATEGORIES}. All ratings in one category gives
 * p<sub>e</sub> = 0 and AC = 1 (a defined value, unlike kappa and alpha: Gwet's chance agreement
 * vanishes when raters never disagree).
 *
 * @param value γ, or {@code NaN} when {@code reason} is set
 * @param observedAgreement p<sub>a</sub>
 * @param chanceAgreement p<sub>e</sub>
 * @param weighting the agreement weights ({@link Weighting#UNWEIGHTED} = AC1)
 * @param pairableUnits units with at least two ratings
 * @param reason why the value is undefined, or {@code null}
 */
public record GwetAc(double value, double observedAgreement, double chanceAgreement, Weighting weighting,
                     double pairableUnits, UndefinedReason reason) {

    /** Distance of p<sub>e</sub> from 1 below which 1 − p<sub>e</sub> is treated as zero. */
    private static final double NO_CHANCE_ROOM = 1e-12;

    /** Gwet's AC1. */
    public static GwetAc ac1(CategoryCounts s) {
        return of(s, Weighting.UNWEIGHTED);
    }

    /** Gwet's AC2 with the given weights on the domain values (AC1 when unweighted). */
    public static GwetAc of(CategoryCounts s, Weighting weighting) {
        int q = s.domain().size();
        if (s.pairableUnits() <= 0) {
            return new GwetAc(Double.NaN, Double.NaN, Double.NaN, weighting, s.pairableUnits(),
                    UndefinedReason.NO_PAIRABLE_UNITS);
        }
        if (q < 2) {
            return new GwetAc(Double.NaN, Double.NaN, Double.NaN, weighting, s.pairableUnits(),
                    UndefinedReason.TOO_FEW_CATEGORIES);
        }
        double[][] w = weighting.matrix(s.domain().values());
        double tw = 0;
        for (double[] row : w) {
            for (double x : row) {
                tw += x;
            }
        }
        double spread = 0;
        for (int k = 0; k < q; k++) {
            double pi = s.classificationProbability(k);
            spread += pi * (1 - pi);
        }
        double pa = s.observedAgreement(w);
        double pe = tw * spread / (q * (q - 1.0));
        if (1 - pe <= NO_CHANCE_ROOM) {
            return new GwetAc(Double.NaN, pa, pe, weighting, s.pairableUnits(), UndefinedReason.NO_VARIATION);
        }
        return new GwetAc((pa - pe) / (1 - pe), pa, pe, weighting, s.pairableUnits(), null);
    }

    /** Whether the value is defined. */
    public boolean defined() {
        return reason == null;
    }
}
