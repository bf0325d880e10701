package io.interviewcalibration.stats.agreement;

import java.util.OptionalInt;

/**
 * A decision (D-) study: the reliability of a candidate's mean over k interviewers, k = 1..8,
 * when each candidate gets their own interviewers (interviewers nested in candidates), so that
 * interviewer severity is error:
 * Eρ²(k) = σ²<sub>c</sub>/(σ²<sub>c</sub> + (σ²<sub>s</sub> + σ²<sub>e</sub>)/k),
 * and the smallest k whose Eρ² reaches a target.
 *
 * <p>Reference: Brennan, R.L. (2001). Generalizability Theory. Springer, ch. 4 (D studies,
 * the p × (i:p)-type design in which rater variance joins the error).
 *
 * <p>Degenerate input: undefined components (e.g. a singular design) or σ²<sub>c</sub> +
 * σ²<sub>s</sub> + σ²<sub>e</sub> = 0 give {@code NaN} reliabilities with a reason and no
 * smallest k. Components must be non-negative (use truncated estimates).
 *
 * @param target the reliability target
 * @param reason why the reliabilities are undefined, or {@code null}
 */
public record DecisionStudy(double[] reliabilities, double target, OptionalInt smallestPanel,
                            UndefinedReason reason) {

    /** Largest panel size considered. */
    public static final int MAX_PANEL = 8;

    /**
     * @param reliabilities Eρ²(k) at index k − 1, k = 1..{@link #MAX_PANEL}
     * @param smallestPanel the smallest k with Eρ²(k) ≥ target, empty when no k ≤ 8 reaches it
     */
    public DecisionStudy {
        reliabilities = reliabilities.clone();
    }

    /** The D-study of estimated components (truncated estimates are used). */
    public static DecisionStudy of(CrossedVarianceComponents components, double target) {
        if (!components.defined()) {
            return undefined(target, components.reason());
        }
        return of(components.candidate().estimate(), components.interviewer().estimate(),
                components.residual().estimate(), target);
    }

    /**
     * The D-study of given variance components.
     *
     * @throws IllegalArgumentException if a component is negative or not finite
     */
    public static DecisionStudy of(double sigma2Candidate, double sigma2Interviewer, double sigma2Residual,
                                   double target) {
        if (!(sigma2Candidate >= 0 && sigma2Interviewer >= 0 && sigma2Residual >= 0)
                || Double.isInfinite(sigma2Candidate + sigma2Interviewer + sigma2Residual)) {
            throw new IllegalArgumentException("variance components must be finite and non-negative: "
                    + sigma2Candidate + ", " + sigma2Interviewer + ", " + sigma2Residual);
        }
        double error = sigma2Interviewer + sigma2Residual;
        if (sigma2Candidate + error <= 0) {
            return undefined(target, UndefinedReason.NO_VARIATION);
        }
        double[] rho = new double[MAX_PANEL];
        OptionalInt smallest = OptionalInt.empty();
        for (int k = 1; k <= MAX_PANEL; k++) {
            rho[k - 1] = sigma2Candidate / (sigma2Candidate + error / k);
            if (smallest.isEmpty() && rho[k - 1] >= target) {
                smallest = OptionalInt.of(k);
            }
        }
        return new DecisionStudy(rho, target, smallest, null);
    }

    /** Eρ²(k) for 1 ≤ k ≤ {@link #MAX_PANEL}. */
    public double reliability(int k) {
        if (k < 1 || k > MAX_PANEL) {
            throw new IllegalArgumentException("panel size must be 1.." + MAX_PANEL + ", got " + k);
        }
        return reliabilities[k - 1];
    }

    /** A copy of Eρ²(1..8). */
    @Override
    public double[] reliabilities() {
        return reliabilities.clone();
    }

    /**
     * The smallest panel as text: its size, {@code ">8"} when none reaches the target, or empty
     * when the reliabilities are undefined.
     */
    public String smallestPanelLabel() {
        if (!defined()) {
            return "";
        }
        return smallestPanel.isPresent() ? Integer.toString(smallestPanel.getAsInt()) : ">" + MAX_PANEL;
    }

    /** Whether the reliabilities are defined. */
    public boolean defined() {
        return reason == null;
    }

    private static DecisionStudy undefined(double target, UndefinedReason reason) {
        double[] nan = new double[MAX_PANEL];
        java.util.Arrays.fill(nan, Double.NaN);
        return new DecisionStudy(nan, target, OptionalInt.empty(), reason);
    }
}
