package io.interviewcalibration.stats.agreement;

/**
 * Agreement weights w<sub>kl</sub> ∈ [0, 1] between categories k and l (w<sub>kk</sub> = 1) for
 * weighted kappas and Gwet's AC2. Given category scores x<sub>1</sub> &lt; ... &lt;
 * x<sub>q</sub>:
 * <ul>
 *   <li>{@link #UNWEIGHTED}: w = 1 if k = l, else 0;</li>
 *   <li>{@link #LINEAR}: w = 1 − |x<sub>k</sub> − x<sub>l</sub>|/(x<sub>q</sub> − x<sub>1</sub>);</li>
 *   <li>{@link #QUADRATIC}: w = 1 − (x<sub>k</sub> − x<sub>l</sub>)²/(x<sub>q</sub> − x<sub>1</sub>)²;</li>
 *   <li>{@link #ORDINAL}: w = 1 − M<sub>kl</sub>/max M, M<sub>kl</sub> = C(|k − l| + 1, 2), which
 *       depends on ranks only (Gwet 2014, ch. 3).</li>
 * </ul>
 * For Cohen's kappa the scores are the ranks 0..q − 1, which gives Cohen's (1968)
 * 1 − |i − j|/(q − 1) and 1 − ((i − j)/(q − 1))²; for Gwet's coefficients they are the domain
 * values, as in Gwet (2014) and irrCAC. On a scale of consecutive integers both agree.
 *
 * <p>References: Cohen, J. (1968). Weighted kappa. Psychological Bulletin 70(4), 213–220.
 * Gwet, K.L. (2014). Handbook of Inter-Rater Reliability, 4th ed., Advanced Analytics.
 */
public enum Weighting {
    UNWEIGHTED,
    LINEAR,
    QUADRATIC,
    ORDINAL;

    /**
     * The q × q weight matrix for ascending category scores.
     *
     * @throws IllegalArgumentException if no score is given
     */
    public double[][] matrix(double[] scores) {
        int q = scores.length;
        if (q == 0) {
            throw new IllegalArgumentException("no categories");
        }
        double range = scores[q - 1] - scores[0];
        double maxRankPairs = q * (q - 1) / 2.0;
        double[][] w = new double[q][q];
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                if (k == l || q == 1) {
                    w[k][l] = k == l ? 1 : 0;
                    continue;
                }
                double d = Math.abs(scores[k] - scores[l]);
                switch (this) {
                    case UNWEIGHTED:
                        w[k][l] = 0;
                        break;
                    case LINEAR:
                        w[k][l] = 1 - d / range;
                        break;
                    case QUADRATIC:
                        w[k][l] = 1 - (d / range) * (d / range);
                        break;
                    case ORDINAL: {
                        double m = Math.abs(k - l) + 1;
                        w[k][l] = 1 - (m * (m - 1) / 2) / maxRankPairs;
                        break;
                    }
                    default:
                        throw new AssertionError(this);
                }
            }
        }
        return w;
    }

    /** The weight matrix on ranks 0..q − 1 (Cohen's equally spaced categories). */
    public double[][] matrixOnRanks(int q) {
        double[] ranks = new double[q];
        for (int i = 0; i < q; i++) {
            ranks[i] = i;
        }
        return matrix(ranks);
    }
}
