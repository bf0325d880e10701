package io.interviewcalibration.ingest;

import java.util.List;
import java.util.Locale;

/** The three canonical inputs and their columns (CONTRACT.md). */
public enum InputKind {
  SCORECARDS(
      List.of("scorecard_id", "candidate_id", "stage", "interviewer_id", "submitted_at", "competency"),
      List.of("interview_id", "job_id", "interviewed_at", "rating", "overall_recommendation",
          "interviewer_role", "interview_started_at", "interview_ended_at", "duration_minutes",
          "confidence", "evidence", "risk")),
  STAGES(
      List.of("candidate_id", "stage", "entered_at"),
      List.of("job_id", "exited_at", "exit_reason")),
  OUTCOMES(
      List.of("candidate_id", "decision"),
      List.of("decided_at", "start_date", "performance_rating", "terminated_at"));

  private final List<String> required;
  private final List<String> optional;

  InputKind(List<String> required, List<String> optional) {
    this.required = required;
    this.optional = optional;
  }

  public List<String> required() {
    return required;
  }

  public List<String> optional() {
    return optional;
  }

  /** Required then optional columns. */
  public List<String> columns() {
    return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
  }

  /** The name used in result files and messages: {@code scorecards}, {@code stages}, {@code outcomes}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
