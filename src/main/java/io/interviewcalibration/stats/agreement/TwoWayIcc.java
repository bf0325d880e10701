package io.interviewcalibration.stats.agreement;

/**
 * Shrout &amp; Fleiss (1979) intraclass correlations for a fully crossed targets × judges design
 * (n targets, k judges, one score per cell), from {@link TwoWayAnova} sums.
 *
 * <p>With G = Σy: SST = Σy² − G²/(nk), SSR = Σ(row total)²/k − G²/(nk),
 * SSC = Σ(column total)²/n − G²/(nk), SSE = SST − SSR − SSC, SSW = SST − SSR;
 * BMS = SSR/(n − 1), JMS = SSC/(k − 1), EMS = SSE/((n − 1)(k − 1)), WMS = SSW/(n(k − 1)). Then
 * <ul>
 *   <li>ICC(1,1) = (BMS − WMS)/(BMS + (k − 1)WMS), ICC(1,k) = (BMS − WMS)/BMS;</li>
 *   <li>ICC(2,1) = (BMS − EMS)/(BMS + (k − 1)EMS + k(JMS − EMS)/n),
 *       ICC(2,k) = (BMS − EMS)/(BMS + (JMS − EMS)/n) (random judges, absolute agreement);</li>
 *   <li>ICC(3,1) = (BMS − EMS)/(BMS + (k − 1)EMS), ICC(3,k) = (BMS − EMS)/BMS (fixed judges,
 *       consistency).</li>
 * </ul>
 *
 * <p>Reference: Shrout, P.E. &amp; Fleiss, J.L. (1979). Intraclass correlations: uses in
 * assessing rater reliability. Psychological Bulletin 86(2), 420–428, Tables 1–4.
 *
 * <p>Degenerate input (all ICC fields {@code NaN}): a target with a missing score →
 * {@link UndefinedReason#NOT_FULLY_CROSSED} (use {@link OneWayIcc} or
 * {@link CrossedVarianceComponents} for incomplete designs); fewer than two targets or judges →
 * {@link UndefinedReason#TOO_FEW_UNITS}; all scores equal → {@link UndefinedReason#NO_VARIATION};
 * BMS = 0 with other variation → {@link UndefinedReason#NO_BETWEEN_UNIT_VARIATION}. Mean squares
 * are reported whenever they can be computed.
 *
 * @param icc11 ICC(1,1): one-way random, a single rating
 * @param icc1k ICC(1,k): one-way random, the mean of k ratings
 * @param icc21 ICC(2,1): two-way random, absolute agreement, a single rating
 * @param icc2k ICC(2,k): two-way random, absolute agreement, the mean of k ratings
 * @param icc31 ICC(3,1): two-way mixed, consistency, a single rating
 * @param icc3k ICC(3,k): two-way mixed, consistency, the mean of k ratings
 * @param bms between-targets mean square
 * @param wms within-target mean square
 * @param jms between-judges mean square
 * @param ems residual mean square
 * @param targets n, complete targets
 * @param judges k
 * @param reason why the ICCs are undefined, or {@code null}
 */
public record TwoWayIcc(double icc11, double icc1k, double icc21, double icc2k, double icc31, double icc3k,
                        double bms, double wms, double jms, double ems, double targets, int judges,
                        UndefinedReason reason) {

    /** Relative size below which a sum of squares is treated as zero (rounding noise). */
    private static final double ZERO_SS = 1e-12;

    /** The six Shrout–Fleiss ICCs of the given sums. */
    public static TwoWayIcc of(TwoWayAnova s) {
        double n = s.targets();
        int k = s.judges();
        double nan = Double.NaN;
        if (s.incompleteTargets() > 0) {
            return new TwoWayIcc(nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, n, k,
                    UndefinedReason.NOT_FULLY_CROSSED);
        }
        if (n < 2 || k < 2) {
            return new TwoWayIcc(nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, n, k,
                    UndefinedReason.TOO_FEW_UNITS);
        }
        double correction = s.sum() * s.sum() / (n * k);
        double sst = Math.max(0, s.sumOfSquares() - correction);
        double ssr = Math.max(0, s.sumSquaredRowTotals() / k - correction);
        double ssc = Math.max(0, s.sumSquaredColumnTotals() / n - correction);
        double sse = Math.max(0, sst - ssr - ssc);
        double ssw = Math.max(0, sst - ssr);
        double bms = ssr / (n - 1);
        double jms = ssc / (k - 1);
        double ems = sse / ((n - 1) * (k - 1));
        double wms = ssw / (n * (k - 1));
        double scale = ZERO_SS * Math.max(s.sumOfSquares(), Double.MIN_NORMAL);
        if (sst <= scale) {
            return new TwoWayIcc(nan, nan, nan, nan, nan, nan, bms, wms, jms, ems, n, k, UndefinedReason.NO_VARIATION);
        }
        if (ssr <= scale) {
            return new TwoWayIcc(nan, nan, nan, nan, nan, nan, bms, wms, jms, ems, n, k,
                    UndefinedReason.NO_BETWEEN_UNIT_VARIATION);
        }
        return new TwoWayIcc(
                (bms - wms) / (bms + (k - 1) * wms),
                (bms - wms) / bms,
                (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
                (bms - ems) / (bms + (jms - ems) / n),
                (bms - ems) / (bms + (k - 1) * ems),
                (bms - ems) / bms,
                bms, wms, jms, ems, n, k, null);
    }

    /** Whether the ICCs are defined. */
    public boolean defined() {
        return reason == null;
    }
}
