package io.interviewcalibration.stats.severity;

import java.util.List;
import java.util.Map;

/**
 * Everything the severity analysis found.
 *
 * @param windowFit the pooled fit on the window's ratings
 * @param allFit the pooled fit on every period up to the window's end (the drift scale, and the
 *     severities other analyses adjust ratings with)
 * @param interviewers per interviewer with scorecards in the window, by interviewer id
 * @param team the team's indicators
 * @param periods per interviewer and period up to the window's end
 * @param pooled severities of {@code allFit}, by interviewer id (estimated interviewers only)
 * @param drift per interviewer with scorecards up to the window's end
 * @param bias per interviewer × competency in the window fit
 * @param evidenceExported whether the export had written evidence at all
 * @param windowComponents connected components of the window's interviewer graph
 * @param passes passes over the data, by phase (census, fits, final)
 */
public record SeverityFindings(CrossedFit windowFit, CrossedFit allFit, List<InterviewerFinding> interviewers,
    RaterIndicators team, List<PeriodSeverity> periods, Map<String, SeverityEstimate> pooled,
    List<DriftFinding> drift, List<CompetencyBias> bias, boolean evidenceExported, int windowComponents,
    Map<String, Integer> passes) {}
