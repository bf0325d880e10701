package io.interviewcalibration.stats.agreement;

/**
 * Cohen's kappa for one pair of raters, unweighted or weighted:
 * κ<sub>w</sub> = (p<sub>o</sub> − p<sub>e</sub>)/(1 − p<sub>e</sub>) with
 * p<sub>o</sub> = Σ<sub>ij</sub> w<sub>ij</sub>p<sub>ij</sub> and
 * p<sub>e</sub> = Σ<sub>ij</sub> w<sub>ij</sub>p<sub>i·</sub>p<sub>·j</sub>, where
 * p<sub>ij</sub> = n<sub>ij</sub>/N from a {@link ContingencyTable}. Weights are on the ranks of
 * the categories (Cohen 1968): linear 1 − |i − j|/(q − 1), quadratic 1 − ((i − j)/(q − 1))²
 * (see {@link Weighting}).
 *
 * <p>References: Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
 * Psychological Measurement 20, 37–46. Cohen, J. (1968). Weighted kappa. Psychological Bulletin
 * 70(4), 213–220.
 *
 * <p>Degenerate input: no unit rated by both → {@code NaN},
 * {@link UndefinedReason#NO_PAIRABLE_UNITS}; p<sub>e</sub> = 1 (both raters used one and the same
 * category throughout) → {@code NaN}, {@link UndefinedReason#NO_VARIATION}.
 *
 * @param value κ, or {@code NaN} when {@code reason} is set
 * @param observedAgreement p<sub>o</sub>
 * @param chanceAgreement p<sub>e</sub>
 * @param weighting the agreement weights
 * @param units N, units rated by both raters
 * @param reason why the value is undefined, or {@code null}
 */
public record CohenKappa(double value, double observedAgreement, double chanceAgreement, Weighting weighting,
                         double units, UndefinedReason reason) {

    /** Distance of p<sub>e</sub> from 1 below which 1 − p<sub>e</sub> is treated as zero. */
    private static final double NO_CHANCE_ROOM = 1e-12;

    /** Unweighted Cohen's kappa. */
    public static CohenKappa of(ContingencyTable t) {
        return of(t, Weighting.UNWEIGHTED);
    }

    /** Weighted Cohen's kappa with weights on category ranks. */
    public static CohenKappa of(ContingencyTable t, Weighting weighting) {
        int q = t.domain().size();
        double n = t.total();
        if (n <= 0) {
            return new CohenKappa(Double.NaN, Double.NaN, Double.NaN, weighting, n, UndefinedReason.NO_PAIRABLE_UNITS);
        }
        double[][] w = weighting.matrixOnRanks(q);
        double[] rows = new double[q];
        double[] cols = new double[q];
        double po = 0;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double p = t.count(i, j) / n;
                rows[i] += p;
                cols[j] += p;
                po += w[i][j] * p;
            }
        }
        double pe = 0;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                pe += w[i][j] * rows[i] * cols[j];
            }
        }
        if (1 - pe <= NO_CHANCE_ROOM) {
            return new CohenKappa(Double.NaN, po, pe, weighting, n, UndefinedReason.NO_VARIATION);
        }
        return new CohenKappa((po - pe) / (1 - pe), po, pe, weighting, n, null);
    }

    /** Whether the value is defined. */
    public boolean defined() {
        return reason == null;
    }
}
