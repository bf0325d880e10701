package io.interviewcalibration.stats.validity;

/**
 * Whether a binary outcome is separated by a linear combination of the predictors (Albert &amp;
 * Anderson 1984). Under separation the logistic MLE does not exist (coefficients run to ±∞).
 */
public enum Separation {
  /** The maximum likelihood estimate exists. */
  NONE,
  /** Some β ≠ 0 has (2y<sub>i</sub> − 1) x<sub>i</sub>ᵀβ ≥ 0 for all i, with equality for some. */
  QUASI_COMPLETE,
  /** Some β has (2y<sub>i</sub> − 1) x<sub>i</sub>ᵀβ &gt; 0 for all i. */
  COMPLETE,
  /** The check was not needed (the fit converged cleanly) or could not be completed. */
  NOT_CHECKED;

  /**
   * Decides separation exactly by linear programming, without iterating the likelihood.
   *
   * <p>With A the design (intercept included) whose rows are multiplied by (2y<sub>i</sub> − 1),
   * Stiemke's lemma gives: the MLE exists (no separation) iff some λ with all λ<sub>i</sub> &gt; 0
   * has Aᵀλ = 0; Gordan's lemma gives: separation is complete iff no λ ≥ 0, λ ≠ 0 has Aᵀλ = 0.
   * Both are feasibility problems with k equality constraints (k = number of coefficients), solved
   * with the simplex method; cf. Konis (2007), Linear programming algorithms for detecting
   * separated data in binary logistic regression models, DPhil thesis, Oxford. Assumes a full
   * rank design. Rows with weight 0 are ignored.
   *
   * @return NONE, QUASI_COMPLETE or COMPLETE; NOT_CHECKED if the simplex method failed
   */
  public static Separation check(double[][] x, double[] y, double[] weights) {
    return SeparationCheck.check(x, y, weights);
  }
}
