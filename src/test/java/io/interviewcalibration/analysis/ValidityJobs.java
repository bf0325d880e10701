package io.interviewcalibration.analysis;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Thresholds;
import io.interviewcalibration.testing.TestJobs;

/** The sample job with the settings validity tests vary: replicates, minimum n, weights_from. */
final class ValidityJobs {
  private ValidityJobs() {}

  static JobDefinition sample(int replicates, int minN, String weightsFrom) {
    JobDefinition j = TestJobs.sampleQuarter();
    Thresholds t = j.thresholds();
    Thresholds th = new Thresholds(minN, t.minScorecards(), t.reliabilityTarget(), t.pairMinShared(),
        t.severityPoints(), t.feedbackHours());
    return new JobDefinition(j.name(), j.source(), j.inputs(), j.rubric(), j.stages(), j.plannedRounds(), j.period(),
        j.periodUnit(), j.outcomesAsOf(), j.performanceScale(), j.jobIds(), th, replicates, j.cvFolds(),
        j.businessDays(), weightsFrom, j.seed(), j.output());
  }
}
