package io.interviewcalibration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and the one-line messages of user errors (no Spark needed: they fail first). */
class CalibrateTest {
  @TempDir Path dir;

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Calibrate.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertUserError(Outcome o, String line) {
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).isEqualTo("calibrate: " + line + System.lineSeparator());
  }

  @Test
  void aMissingJobDefinition() {
    assertUserError(run("run", "jobs/nope.yaml"), "jobs/nope.yaml: job definition not found");
  }

  @Test
  void anInvalidJobDefinition() throws IOException {
    Path job = dir.resolve("bad.yaml");
    Files.writeString(job, "name: t\nrubric: {scale: {min: 0, max: 5}, competencies: [{id: a, weight: 50}]}\n");
    assertUserError(run("run", job.toString()), job + ": rubric weights sum to 50; they must sum to 1 or 100");
    Files.writeString(job, "name: t\nrubric: {scale: {min: 0, max: 5}, competencies: [{id: a, weight: 100}]}\ncolour: blue\n");
    assertThat(run("run", job.toString()).err()).startsWith("calibrate: " + job + ": unknown key 'colour' (line 3)");
    Files.writeString(job, "name: t\nrubric: {scale: {min: 0, max: 5}, competencies: [{id: a, weight: 100}\n");
    Outcome yaml = run("run", job.toString());
    assertThat(yaml.code()).isEqualTo(2);
    assertThat(yaml.err()).startsWith("calibrate: " + job + ": invalid YAML").hasLineCount(1);
  }

  @Test
  void badUsage() {
    Outcome o = run("run", "jobs/sample-quarter.yaml", "--colour", "red");
    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err()).startsWith("calibrate: Unknown options: '--colour', 'red'").hasLineCount(1);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    assertUserError(run("run", "jobs/sample-quarter.yaml", "--period", "yesterday"),
        "--period: period 'yesterday' is not FROM..TO (dates), YYYY-Qn, YYYY-MM or 'all'");
    assertUserError(run("generate", "--out", dir.toString(), "--interviewers", "3"),
        "generate: --candidates and --parts must be at least 1, --interviewers at least 20, --quarters at least 1");
  }

  @Test
  void generateWritesTheDatasetAndSaysWhat() {
    Outcome o = run("generate", "--out", dir.resolve("g").toString(), "--candidates", "40");
    assertThat(o.code()).isZero();
    assertThat(o.out()).startsWith("wrote 40 candidates, ");
    for (String f : new String[] {"scorecards.csv", "stages.csv", "outcomes.csv", "planted.json"}) {
      assertThat(dir.resolve("g").resolve(f)).exists();
    }
  }
}
