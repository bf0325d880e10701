package io.interviewcalibration.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A validated job definition: what to read, the rubric, the process plan and the settings of a
 * run. Built by {@link JobLoader}; command-line options override it through the {@code with…}
 * methods.
 *
 * @param name job name; the run folder is {@code <output>/<name>/<timestamp>}
 * @param source the file it was read from (for messages)
 * @param inputs inputs
 * @param rubric rubric
 * @param stages stages in process order
 * @param plannedRounds planned number of interviews per candidate, or null
 * @param period analysis window
 * @param periodUnit length of drift and trend periods
 * @param outcomesAsOf the date performance and retention are measured at, or null
 * @param performanceScale range of the on-the-job performance rating
 * @param jobIds roles in scope; empty = all
 * @param thresholds thresholds
 * @param bootstrapReplicates bootstrap replicates (B)
 * @param cvFolds cross-validation folds
 * @param businessDays whether stage days count business days only
 * @param weightsFrom outcome suggested weights come from, or null for the default rule
 * @param seed seed of every random step
 * @param output folder run folders are created under
 */
public record JobDefinition(
    String name,
    String source,
    Inputs inputs,
    Rubric rubric,
    List<StageDef> stages,
    Integer plannedRounds,
    Period period,
    PeriodUnit periodUnit,
    LocalDate outcomesAsOf,
    Scale performanceScale,
    List<String> jobIds,
    Thresholds thresholds,
    int bootstrapReplicates,
    int cvFolds,
    boolean businessDays,
    String weightsFrom,
    long seed,
    String output) {

  public JobDefinition withInputs(Inputs i) {
    return new JobDefinition(name, source, i, rubric, stages, plannedRounds, period, periodUnit,
        outcomesAsOf, performanceScale, jobIds, thresholds, bootstrapReplicates, cvFolds, businessDays, weightsFrom,
        seed, output);
  }

  public JobDefinition withPeriod(Period p) {
    return new JobDefinition(name, source, inputs, rubric, stages, plannedRounds, p, periodUnit,
        outcomesAsOf, performanceScale, jobIds, thresholds, bootstrapReplicates, cvFolds, businessDays, weightsFrom,
        seed, output);
  }

  public JobDefinition withSeed(long s) {
    return new JobDefinition(name, source, inputs, rubric, stages, plannedRounds, period, periodUnit,
        outcomesAsOf, performanceScale, jobIds, thresholds, bootstrapReplicates, cvFolds, businessDays, weightsFrom,
        s, output);
  }

  public JobDefinition withOutput(String o) {
    return new JobDefinition(name, source, inputs, rubric, stages, plannedRounds, period, periodUnit,
        outcomesAsOf, performanceScale, jobIds, thresholds, bootstrapReplicates, cvFolds, businessDays, weightsFrom,
        seed, o);
  }

  /** Finds a stage of the plan by id, case-insensitively. */
  public Optional<StageDef> stage(String id) {
    String key = id.trim().toLowerCase(Locale.ROOT);
    return stages.stream().filter(s -> s.id().equals(key)).findFirst();
  }
}
