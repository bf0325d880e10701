package io.interviewcalibration.stats.validity;

/**
 * Stable reasons why an estimate could not be computed. They are written to the {@code note}
 * column of the result files, so their text never changes.
 */
public final class Reason {
  /** Fewer cases than the method needs (e.g. n &lt; 4 for a Fisher-z interval, n ≤ p + 1 for a regression). */
  public static final String TOO_FEW_CASES = "too_few_cases";
  /** Fewer cases than the job's configured minimum n. */
  public static final String BELOW_MIN_N = "below_min_n";
  /** A predictor has zero variance among the cases used. */
  public static final String CONSTANT_PREDICTOR = "constant_predictor";
  /** The outcome has zero variance among the cases used. */
  public static final String CONSTANT_OUTCOME = "constant_outcome";
  /** A binary outcome has no positives or no negatives. */
  public static final String SINGLE_CLASS = "single_class";
  /** The design matrix (or predictor correlation matrix) is numerically singular. */
  public static final String COLLINEAR_PREDICTORS = "collinear_predictors";
  /** Some linear combination of the predictors separates outcomes perfectly: no finite MLE. */
  public static final String COMPLETE_SEPARATION = "complete_separation";
  /** Some linear combination separates outcomes up to ties: no finite MLE. */
  public static final String QUASI_COMPLETE_SEPARATION = "quasi_complete_separation";
  /**
   * Fitted probabilities reached 0 or 1 under non-negativity constraints, the sign that the
   * constrained maximum likelihood estimate does not exist (separation within the allowed directions).
   */
  public static final String SEPARATION = "separation";
  /** The iterative fit did not converge within its iteration limit. */
  public static final String NOT_CONVERGED = "not_converged";
  /** An input value is NaN or infinite. */
  public static final String NON_FINITE_INPUT = "non_finite_input";
  /** The estimate lies on the boundary of its range (e.g. AUC = 0 or 1), where the interval is undefined. */
  public static final String ESTIMATE_AT_BOUNDARY = "estimate_at_boundary";
  /** All non-negative coefficients are zero, so no weights can be suggested. */
  public static final String NO_POSITIVE_WEIGHT = "no_positive_weight";
  /** Restricted correlations that no correlation matrix can hold (not positive semi-definite, or |r| &gt; 1). */
  public static final String INCONSISTENT_CORRELATIONS = "inconsistent_correlations";
  /** A standard deviation needed by a correction is zero, negative or missing. */
  public static final String INVALID_STANDARD_DEVIATION = "invalid_standard_deviation";
  /** Too few bootstrap replicates could be fitted to form an interval. */
  public static final String TOO_FEW_REPLICATES = "too_few_replicates";

  private Reason() {
  }
}
