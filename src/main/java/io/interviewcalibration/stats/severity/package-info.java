/**
 * Interviewer severity, rater-error indicators and drift: pure statistics, no Spark and no I/O.
 *
 * <p>Data arrive as one {@link io.interviewcalibration.stats.severity.CandidateBlock} per
 * candidate (its scorecards and ratings as dictionary indices); every statistic is a
 * {@link io.interviewcalibration.stats.severity.BlockFold}: a mergeable state folded over blocks
 * by a {@link io.interviewcalibration.stats.severity.Passes} runner (in memory here, on Spark in
 * the analysis package), so each pass over the data is one aggregation and only small states come
 * back.
 *
 * <h2>Severity model</h2>
 * rating = competency mean + candidate + scorecard + interviewer + residual, the last four random
 * (lme4: {@code rating ~ competency + (1|candidate) + (1|interviewer) + (1|scorecard)}), fitted by
 * REML on unbalanced, partly crossed data. Candidate and scorecard effects are integrated out per
 * candidate in closed form ({@link io.interviewcalibration.stats.severity.NormalEquations}), so at
 * given variance ratios one pass gives the (competencies + interviewers)-sized mixed-model
 * equations and the exact REML criterion ({@link io.interviewcalibration.stats.severity.MixedSolution});
 * {@link io.interviewcalibration.stats.severity.RemlSearch} evaluates a finite-difference design of
 * 10 points per pass and takes trust-region Newton steps
 * ({@link io.interviewcalibration.stats.severity.CrossedFit}). Severity is minus the interviewer's
 * conditional mode against the mean of all interviewers' modes (positive = harsher), with the
 * standard error of that contrast from Henderson's prediction-error covariance; the scorecard
 * effect makes the scorecard, not the rating, the unit of independent evidence. Interviewers not
 * connected to the main group through shared candidates ({@link
 * io.interviewcalibration.stats.severity.Connectivity}) are reported, not compared.
 *
 * <h2>Drift</h2>
 * Per period, generalised-least-squares interviewer effects at the pooled fit's variance ratios,
 * anchored to the pooled severities; per interviewer a weighted trend and a latest-vs-baseline
 * test, both adjusted across interviewers by {@link
 * io.interviewcalibration.stats.severity.BenjaminiHochberg} ({@link
 * io.interviewcalibration.stats.severity.Drift}).
 *
 * <h2>Indicators</h2>
 * {@link io.interviewcalibration.stats.severity.InterviewerTally} (spread, halo, pass-through,
 * panel and decision agreement, feedback latency, evidence) and per interviewer × competency
 * residual means ({@link io.interviewcalibration.stats.severity.CompetencyBias}), all from one
 * final pass ({@code FinalPass}); {@link io.interviewcalibration.stats.severity.SeverityEngine}
 * runs the whole sequence.
 *
 * <p>Conventions: rating points throughout; {@code NaN} for figures that could not be computed,
 * with a lower_snake_case reason where the caller needs one; standard deviations with divisor
 * n − 1.
 */
package io.interviewcalibration.stats.severity;
