/**
 * Predictive validity of interview competency scores: pure statistics, no Spark and no I/O.
 *
 * <p>Inputs are in-memory arrays of per-candidate feature rows (a few numbers per candidate).
 * Every estimator returns a record that carries its n and, when it could not be computed, a
 * stable lower_snake_case {@code reason} (see {@link io.interviewcalibration.stats.validity.Reason})
 * with the affected numbers set to {@code NaN}; degenerate data never throws. Exceptions are kept
 * for caller errors (arrays of different lengths, a confidence level outside (0, 1)).
 *
 * <p>Conventions shared by the classes here:
 * <ul>
 *   <li>Design matrices are given without an intercept column; fits add it as coefficient 0.</li>
 *   <li>Standard deviations are sample standard deviations (divisor n − 1), as in R's {@code sd}.</li>
 *   <li>Binary outcomes are {@code double} arrays holding 0 and 1.</li>
 *   <li>Random steps depend only on a seed and the candidate id, never on row order: folds through
 *       {@link io.interviewcalibration.stats.validity.SeededHash}, bootstrap counts through
 *       {@link io.interviewcalibration.stats.resample.PoissonWeights}.</li>
 * </ul>
 *
 * <p>What is here: {@link io.interviewcalibration.stats.validity.Correlation} (Pearson /
 * point-biserial, Fisher z), {@link io.interviewcalibration.stats.validity.Auc} (Mann–Whitney,
 * DeLong), {@link io.interviewcalibration.stats.validity.LinearRegression},
 * {@link io.interviewcalibration.stats.validity.LogisticRegression} and
 * {@link io.interviewcalibration.stats.validity.Ridge} on
 * {@link io.interviewcalibration.stats.validity.Standardization standardized} scores,
 * {@link io.interviewcalibration.stats.validity.RelativeWeights} (importance),
 * {@link io.interviewcalibration.stats.validity.NonNegativeLeastSquares} and
 * {@link io.interviewcalibration.stats.validity.NonNegativeLogisticRegression} behind
 * {@link io.interviewcalibration.stats.validity.SuggestedWeights} (weights, rounded by
 * {@link io.interviewcalibration.stats.validity.LargestRemainder}, judged by
 * {@link io.interviewcalibration.stats.validity.Recommendation}),
 * {@link io.interviewcalibration.stats.validity.IncrementalValidity},
 * {@link io.interviewcalibration.stats.validity.CrossValidatedComposite} (with
 * {@link io.interviewcalibration.stats.validity.Folds}),
 * {@link io.interviewcalibration.stats.validity.RangeRestriction}, and
 * {@link io.interviewcalibration.stats.validity.Intervals} /
 * {@link io.interviewcalibration.stats.validity.TierSummary} for tiers.
 */
package io.interviewcalibration.stats.validity;
