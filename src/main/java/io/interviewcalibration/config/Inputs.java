package io.interviewcalibration.config;

/**
 * Where a run reads from. Each path may be a file, a folder of parts or a glob, on any Hadoop
 * filesystem; null = that input is absent and the analyses that need it are skipped.
 *
 * @param format {@code canonical} or an export preset
 * @param path folder of an export, for presets
 * @param scorecards scorecards input
 * @param stages stage-visits input
 * @param outcomes outcomes input
 */
public record Inputs(String format, String path, String scorecards, String stages, String outcomes) {

  public Inputs withScorecards(String p) {
    return new Inputs(format, path, p, stages, outcomes);
  }

  public Inputs withStages(String p) {
    return new Inputs(format, path, scorecards, p, outcomes);
  }

  public Inputs withOutcomes(String p) {
    return new Inputs(format, path, scorecards, stages, p);
  }
}
