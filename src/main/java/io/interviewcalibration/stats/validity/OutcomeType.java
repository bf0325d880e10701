package io.interviewcalibration.stats.validity;

/** Whether an outcome is binary (hired, retained: 0/1, logistic models, AUC) or continuous (performance: linear models, r). */
public enum OutcomeType {
  BINARY,
  CONTINUOUS;

  /** Non-negative fit of the outcome on the predictors in raw units: NNLS or non-negative logistic. */
  NonNegativeFit nonNegativeFit(double[][] x, double[] y, double[] weights) {
    return this == BINARY ? NonNegativeLogisticRegression.fit(x, y, weights) : NonNegativeLeastSquares.fit(x, y, weights);
  }
}
