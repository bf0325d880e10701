package io.interviewcalibration.generate;

import java.time.LocalDate;

/**
 * Settings of the synthetic-data generator.
 *
 * @param candidates number of candidates
 * @param interviewers number of interviewers (at least 20)
 * @param quarters number of quarters the candidates arrive over
 * @param firstDay first day of the first quarter
 * @param outcomesAsOf the date performance and retention are known at
 * @param seed seed of every draw
 * @param gzip whether to write {@code .csv.gz} files
 * @param parts number of part files per input (1 = one file each; more writes folders of parts)
 */
public record GeneratorSettings(
    int candidates,
    int interviewers,
    int quarters,
    LocalDate firstDay,
    LocalDate outcomesAsOf,
    long seed,
    boolean gzip,
    int parts) {

  /** The sample quarter's settings: 2,000 candidates over eight quarters, 40 interviewers. */
  public static GeneratorSettings sample(long seed) {
    return new GeneratorSettings(2000, 40, 8, LocalDate.of(2024, 10, 1), LocalDate.of(2026, 10, 31), seed, false, 1);
  }

  public GeneratorSettings withCandidates(int n) {
    return new GeneratorSettings(n, interviewers, quarters, firstDay, outcomesAsOf, seed, gzip, parts);
  }

  public GeneratorSettings withInterviewers(int n) {
    return new GeneratorSettings(candidates, n, quarters, firstDay, outcomesAsOf, seed, gzip, parts);
  }

  public GeneratorSettings withGzip(boolean g) {
    return new GeneratorSettings(candidates, interviewers, quarters, firstDay, outcomesAsOf, seed, g, parts);
  }

  public GeneratorSettings withParts(int p) {
    return new GeneratorSettings(candidates, interviewers, quarters, firstDay, outcomesAsOf, seed, gzip, p);
  }

  /** The moment the export was taken: the day after the last quarter, 00:00 UTC. */
  public LocalDate exportDay() {
    return firstDay.plusMonths(3L * quarters);
  }
}
