package io.interviewcalibration.testing;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.JobLoader;
import java.nio.file.Path;

/** The shipped job definitions, for tests (run from the project folder). */
public final class TestJobs {
  private TestJobs() {}

  public static JobDefinition sampleQuarter() {
    return JobLoader.load(Path.of("jobs", "sample-quarter.yaml"));
  }
}
