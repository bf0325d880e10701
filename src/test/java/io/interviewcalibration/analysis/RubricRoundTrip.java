package io.interviewcalibration.analysis;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.JobLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Adopts a suggested rubric as a hiring lead would: its rubric block replaces the job file's. */
final class RubricRoundTrip {
  private RubricRoundTrip() {}

  /** The job file with its {@code rubric:} block replaced by {@code suggested}, loaded by JobLoader. */
  static JobDefinition adopt(Path jobFile, String suggested) throws IOException {
    return JobLoader.parse(replaceRubric(Files.readString(jobFile), suggested), "next-job.yaml");
  }

  static String replaceRubric(String job, String suggested) {
    String[] lines = job.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean inRubric = false;
    for (String line : lines) {
      if (line.startsWith("rubric:")) {
        inRubric = true;
        out.append(suggested);
        continue;
      }
      if (inRubric && (line.isEmpty() || line.startsWith(" ") || line.startsWith("#"))) {
        continue;
      }
      inRubric = false;
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
