package io.interviewcalibration.stats.agreement;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Variance components of a two-way crossed random model without interaction,
 * y<sub>ijr</sub> = μ + c<sub>i</sub> + s<sub>j</sub> + e<sub>ijr</sub> (candidate c ~ (0, σ²<sub>c</sub>),
 * interviewer s ~ (0, σ²<sub>s</sub>), residual e ~ (0, σ²<sub>e</sub>)), on unbalanced, sparse
 * data, by Henderson's Method I.
 *
 * <p>Method I equates the quadratic forms T<sub>0</sub> = Σy², T<sub>A</sub>, T<sub>B</sub> and
 * T<sub>μ</sub> = (Σy)²/N (see {@link CrossedSums}) to their expectations,
 * <pre>
 *   E T0 = Nμ² + N σ²c     + N σ²s     + N σ²e
 *   E TA = Nμ² + N σ²c     + k3 σ²s    + a σ²e
 *   E TB = Nμ² + k4 σ²c    + N σ²s     + b σ²e
 *   E Tμ = Nμ² + (k1/N)σ²c + (k2/N)σ²s + σ²e
 * </pre>
 * (e.g. y<sub>i·</sub> = n<sub>i·</sub>μ + n<sub>i·</sub>c<sub>i</sub> + Σ<sub>j</sub>n<sub>ij</sub>s<sub>j</sub> + Σe,
 * so E y<sub>i·</sub>²/n<sub>i·</sub> = n<sub>i·</sub>μ² + n<sub>i·</sub>σ²<sub>c</sub> +
 * (Σ<sub>j</sub>n<sub>ij</sub>²/n<sub>i·</sub>)σ²<sub>s</sub> + σ²<sub>e</sub>), and solves the three
 * equations for T<sub>A</sub> − T<sub>μ</sub>, T<sub>B</sub> − T<sub>μ</sub> and
 * T<sub>0</sub> − T<sub>μ</sub>. The estimates are unbiased; on a balanced design with one rating
 * per cell they equal the two-way ANOVA estimates (BMS − EMS)/k, (JMS − EMS)/n and EMS.
 * A negative estimate is truncated at 0 and marked {@link Component#truncated()}; the raw value
 * is kept.
 *
 * <p>Reference: Searle, S.R., Casella, G. &amp; McCulloch, C.E. (1992). Variance Components.
 * Wiley, ch. 5 (Henderson's Method I; two-way crossed classification).
 *
 * <p>Degenerate input: when the equations are singular (one interviewer, one candidate, or every
 * candidate seen by a single interviewer, so that candidate and interviewer effects cannot be
 * separated) every component is {@code NaN} with {@link UndefinedReason#SINGULAR_DESIGN}.
 *
 * @param candidate σ²<sub>c</sub>
 * @param interviewer σ²<sub>s</sub>
 * @param residual σ²<sub>e</sub>
 * @param sums the input sums (for n)
 * @param reason why the components are undefined, or {@code null}
 */
public record CrossedVarianceComponents(Component candidate, Component interviewer, Component residual,
                                        CrossedSums sums, UndefinedReason reason) {

    /** Smallest pivot of the row-normalised equations accepted as non-singular. */
    private static final double SINGULARITY = 1e-9;

    /**
     * One variance component.
     *
     * @param estimate max(raw, 0)
     * @param raw the Method I solution, possibly negative
     * @param truncated whether the raw value was negative and set to 0
     */
    public record Component(double estimate, double raw, boolean truncated) {

        static Component of(double raw) {
            return new Component(Math.max(raw, 0), raw, raw < 0);
        }

        static final Component UNDEFINED = new Component(Double.NaN, Double.NaN, false);
    }

    /** Henderson Method I estimates from the sums. */
    public static CrossedVarianceComponents of(CrossedSums s) {
        double n = s.ratings();
        if (n < 2 || s.candidates() < 2 || s.interviewers() < 2) {
            return undefined(s);
        }
        double tMu = s.sum() * s.sum() / n;
        double[][] m = {
            {n - s.k1() / n, s.k3() - s.k2() / n, s.candidates() - 1},
            {s.k4() - s.k1() / n, n - s.k2() / n, s.interviewers() - 1},
            {n - s.k1() / n, n - s.k2() / n, n - 1},
        };
        double[] rhs = {s.candidateTerm() - tMu, s.interviewerTerm() - tMu, s.sumOfSquares() - tMu};
        for (int r = 0; r < 3; r++) {
            double scale = Math.max(Math.abs(m[r][0]), Math.max(Math.abs(m[r][1]), Math.abs(m[r][2])));
            if (scale == 0) {
                return undefined(s);
            }
            for (int c = 0; c < 3; c++) {
                m[r][c] /= scale;
            }
            rhs[r] /= scale;
        }
        DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(m, false), SINGULARITY).getSolver();
        if (!solver.isNonSingular()) {
            return undefined(s);
        }
        RealVector x = solver.solve(new ArrayRealVector(rhs, false));
        return new CrossedVarianceComponents(Component.of(x.getEntry(0)), Component.of(x.getEntry(1)),
                Component.of(x.getEntry(2)), s, null);
    }

    /** Whether the components are defined. */
    public boolean defined() {
        return reason == null;
    }

    /** Whether any component was truncated at 0. */
    public boolean anyTruncated() {
        return candidate.truncated() || interviewer.truncated() || residual.truncated();
    }

    private static CrossedVarianceComponents undefined(CrossedSums s) {
        return new CrossedVarianceComponents(Component.UNDEFINED, Component.UNDEFINED, Component.UNDEFINED, s,
                UndefinedReason.SINGULAR_DESIGN);
    }
}
