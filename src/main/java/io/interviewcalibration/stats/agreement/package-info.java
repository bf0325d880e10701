/**
 * Inter-rater agreement statistics, each a linear, mergeable state plus a pure function.
 *
 * <p>A <em>unit</em> is what raters rate (a candidate × competency, possibly × stage). Every state
 * is built per unit ({@code ofUnit}), is linear in units ({@link
 * io.interviewcalibration.stats.agreement.LinearState}: {@code merge}, {@code scaled},
 * {@code vector}, {@code fromVector}), and a statistic is a pure function of a state. A
 * distributed job therefore sums plain {@code double[]} vectors per grouping, and a Poisson
 * cluster bootstrap sums the same vectors multiplied by per-candidate weights for all replicates
 * in one pass.
 *
 * <table>
 *   <caption>States, their vector layouts and statistics (q = domain size, k = judges)</caption>
 *   <tr><th>state</th><th>vector</th><th>statistics</th></tr>
 *   <tr><td>{@link io.interviewcalibration.stats.agreement.CoincidenceMatrix}</td>
 *       <td>[pairableUnits, o<sub>00</sub> .. o<sub>q−1,q−1</sub>] (1 + q²)</td>
 *       <td>{@link io.interviewcalibration.stats.agreement.KrippendorffAlpha}, all four metrics</td></tr>
 *   <tr><td>{@link io.interviewcalibration.stats.agreement.IntervalAlphaMoments}</td>
 *       <td>[pairableUnits, n, Σv, Σv², S] (5)</td>
 *       <td>interval alpha on continuous values</td></tr>
 *   <tr><td>{@link io.interviewcalibration.stats.agreement.OneWayAnova}</td>
 *       <td>[C, N, Σn², Σy, Σy², ΣT²/n] (6)</td>
 *       <td>{@link io.interviewcalibration.stats.agreement.OneWayIcc}: ICC(1), ICC(1,k), σ²</td></tr>
 *   <tr><td>{@link io.interviewcalibration.stats.agreement.TwoWayAnova}</td>
 *       <td>[targets, incompleteTargets, Σy, Σy², Σrow², col<sub>0</sub> .. col<sub>k−1</sub>] (5 + k)</td>
 *       <td>{@link io.interviewcalibration.stats.agreement.TwoWayIcc}: Shrout–Fleiss ICCs</td></tr>
 *   <tr><td>{@link io.interviewcalibration.stats.agreement.CategoryCounts}</td>
 *       <td>[ratedUnits, pairableUnits, ratings, B, P<sub>0</sub> .. P<sub>q−1</sub>,
 *           A<sub>00</sub> .. A<sub>q−1,q−1</sub>] (4 + q + q²)</td>
 *       <td>{@link io.interviewcalibration.stats.agreement.PercentAgreement},
 *           {@link io.interviewcalibration.stats.agreement.FleissKappa},
 *           {@link io.interviewcalibration.stats.agreement.GwetAc}</td></tr>
 *   <tr><td>{@link io.interviewcalibration.stats.agreement.ContingencyTable}</td>
 *       <td>[n<sub>00</sub> .. n<sub>q−1,q−1</sub>] (q²)</td>
 *       <td>{@link io.interviewcalibration.stats.agreement.CohenKappa}</td></tr>
 * </table>
 *
 * <p>{@link io.interviewcalibration.stats.agreement.CrossedSums} (two groupings, by candidate and by
 * interviewer) feeds {@link io.interviewcalibration.stats.agreement.CrossedVarianceComponents}
 * (Henderson's Method I) and {@link io.interviewcalibration.stats.agreement.DecisionStudy}.
 *
 * <p>Conventions: a statistic that cannot be computed is {@code NaN} together with an
 * {@link io.interviewcalibration.stats.agreement.UndefinedReason} whose code goes to the
 * {@code note} column of result files; nothing throws on degenerate data. Ratings given as
 * {@code NaN} are missing. Units with fewer than two ratings add nothing to pairable quantities.
 * Without variation, alpha, the kappas and the ICCs are undefined, while percent agreement and
 * Gwet's AC1/AC2 are 1.
 */
package io.interviewcalibration.stats.agreement;
