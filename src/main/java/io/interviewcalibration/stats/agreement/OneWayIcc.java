package io.interviewcalibration.stats.agreement;

/**
 * One-way random-effects intraclass correlations for unbalanced panels, ICC(1) and ICC(1,k),
 * with their ANOVA variance components.
 *
 * <p>From {@link OneWayAnova} sums: SSB = ΣT²/n − (Σy)²/N, SSW = Σy² − ΣT²/n,
 * MSB = SSB/(C − 1), MSW = SSW/(N − C), and the effective unit size
 * n<sub>0</sub> = (N − Σn<sub>i</sub>²/N)/(C − 1) (equal to k for a balanced design). Then
 * ICC(1) = (MSB − MSW)/(MSB + (n<sub>0</sub> − 1)MSW),
 * ICC(1,k) = (MSB − MSW)/MSB (the reliability of a mean of k = n<sub>0</sub> ratings),
 * σ²<sub>between</sub> = (MSB − MSW)/n<sub>0</sub> and σ²<sub>within</sub> = MSW. The
 * estimates are the usual ANOVA ones and are not truncated: a negative ICC or
 * σ²<sub>between</sub> says the between-unit differences are smaller than chance.
 *
 * <p>References: Shrout, P.E. &amp; Fleiss, J.L. (1979). Intraclass correlations: uses in
 * assessing rater reliability. Psychological Bulletin 86(2), 420–428 (Case 1); the unbalanced
 * n<sub>0</sub> as in Searle, S.R., Casella, G. &amp; McCulloch, C.E. (1992). Variance
 * Components, §3.6.
 *
 * <p>Degenerate input: fewer than two units → {@code NaN} with
 * {@link UndefinedReason#TOO_FEW_UNITS}; no unit with two ratings (N = C) →
 * {@link UndefinedReason#NO_PAIRABLE_UNITS}; all ratings equal →
 * {@link UndefinedReason#NO_VARIATION}; every unit mean equal but ratings varying
 * (MSB = 0) → ICC(1) is defined (−1/(n<sub>0</sub> − 1)) and ICC(1,k) is {@code NaN} with
 * {@link UndefinedReason#NO_BETWEEN_UNIT_VARIATION}. The mean squares are reported whenever their
 * degrees of freedom are positive.
 *
 * @param icc1 ICC(1), a single rating's reliability
 * @param icc1k ICC(1,k), the reliability of the mean of n<sub>0</sub> ratings
 * @param msb between-unit mean square
 * @param msw within-unit mean square
 * @param n0 effective number of ratings per unit
 * @param sigma2Between σ²<sub>between</sub> = (MSB − MSW)/n<sub>0</sub>
 * @param sigma2Within σ²<sub>within</sub> = MSW
 * @param units C
 * @param ratings N
 * @param reason why a {@code NaN} field is undefined, or {@code null}
 */
public record OneWayIcc(double icc1, double icc1k, double msb, double msw, double n0, double sigma2Between,
                        double sigma2Within, double units, double ratings, UndefinedReason reason) {

    /** Relative size below which a sum of squares is treated as zero (rounding noise). */
    private static final double ZERO_SS = 1e-12;

    /** The one-way ICCs of the given sums. */
    public static OneWayIcc of(OneWayAnova s) {
        double c = s.units();
        double n = s.ratings();
        double nan = Double.NaN;
        if (c < 2) {
            return new OneWayIcc(nan, nan, nan, nan, nan, nan, nan, c, n, UndefinedReason.TOO_FEW_UNITS);
        }
        double correction = s.sum() * s.sum() / n;
        double ssb = Math.max(0, s.sumSquaredUnitTotalsOverSize() - correction);
        double ssw = Math.max(0, s.sumOfSquares() - s.sumSquaredUnitTotalsOverSize());
        double msb = ssb / (c - 1);
        double n0 = (n - s.sumSquaredUnitSizes() / n) / (c - 1);
        if (n - c <= 0) {
            return new OneWayIcc(nan, nan, msb, nan, n0, nan, nan, c, n, UndefinedReason.NO_PAIRABLE_UNITS);
        }
        double msw = ssw / (n - c);
        double scale = ZERO_SS * Math.max(s.sumOfSquares(), Double.MIN_NORMAL);
        if (ssb + ssw <= scale) {
            return new OneWayIcc(nan, nan, 0, 0, n0, nan, nan, c, n, UndefinedReason.NO_VARIATION);
        }
        double icc1 = (msb - msw) / (msb + (n0 - 1) * msw);
        double sigma2Between = (msb - msw) / n0;
        if (ssb <= scale) {
            return new OneWayIcc(icc1, nan, 0, msw, n0, sigma2Between, msw, c, n,
                    UndefinedReason.NO_BETWEEN_UNIT_VARIATION);
        }
        return new OneWayIcc(icc1, (msb - msw) / msb, msb, msw, n0, sigma2Between, msw, c, n, null);
    }

    /** Whether every field is defined. */
    public boolean defined() {
        return reason == null;
    }
}
