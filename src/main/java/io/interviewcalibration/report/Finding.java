package io.interviewcalibration.report;

/**
 * One sentence for the Summary sheet, generated from an analysis's results: a finding (what the
 * data shows) or an action (what a hiring lead or talent ops should do).
 *
 * @param kind finding or action
 * @param audience who acts on it (e.g. "hiring leads", "talent ops"); for findings, the area
 * @param status traffic light against the job's thresholds
 * @param size the effect's size on a common scale for ranking, larger first (e.g. |change in α|,
 *     share of interviewers flagged, relative excess days); findings rank by it
 * @param text the sentence, with its number and interval; claims only what its interval supports
 * @param sheet the sheet with the detail behind it (the Summary links there)
 */
public record Finding(Kind kind, String audience, Status status, double size, String text, String sheet) {
  public enum Kind { FINDING, ACTION }

  public enum Status {
    GOOD, WATCH, ACT, INFO;

    /** The word shown in the status column. */
    public String label() {
      return switch (this) {
        case GOOD -> "on track";
        case WATCH -> "watch";
        case ACT -> "act";
        case INFO -> "note";
      };
    }
  }

  public static Finding finding(String area, Status status, double size, String text, String sheet) {
    return new Finding(Kind.FINDING, area, status, size, text, sheet);
  }

  public static Finding action(String audience, double size, String text, String sheet) {
    return new Finding(Kind.ACTION, audience, Status.ACT, size, text, sheet);
  }
}
