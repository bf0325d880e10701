package io.interviewcalibration.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.testing.CsvRead;
import io.interviewcalibration.testing.TestJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic and its planted effects are in the data it writes. */
class GeneratorTest {
  @TempDir static Path dir;
  static List<Map<String, String>> scorecards;
  static List<Map<String, String>> stages;
  static List<Map<String, String>> outcomes;
  static JsonNode planted;
  static final JobDefinition JOB = TestJobs.sampleQuarter();

  @BeforeAll
  static void generate() throws IOException {
    new Generator(JOB, GeneratorSettings.sample(11)).write(dir.resolve("a"));
    scorecards = CsvRead.rows(dir.resolve("a/scorecards.csv"));
    stages = CsvRead.rows(dir.resolve("a/stages.csv"));
    outcomes = CsvRead.rows(dir.resolve("a/outcomes.csv"));
    planted = new ObjectMapper().readTree(dir.resolve("a/planted.json").toFile());
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherData() throws IOException {
    new Generator(JOB, GeneratorSettings.sample(11)).write(dir.resolve("b"));
    new Generator(JOB, GeneratorSettings.sample(12)).write(dir.resolve("c"));
    for (String f : List.of("scorecards.csv", "stages.csv", "outcomes.csv", "planted.json")) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
    assertThat(Files.readAllBytes(dir.resolve("c/scorecards.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("a/scorecards.csv")));
    new Generator(JOB, GeneratorSettings.sample(11).withGzip(true)).write(dir.resolve("g1"));
    new Generator(JOB, GeneratorSettings.sample(11).withGzip(true)).write(dir.resolve("g2"));
    assertThat(Files.readAllBytes(dir.resolve("g1/scorecards.csv.gz")))
        .isEqualTo(Files.readAllBytes(dir.resolve("g2/scorecards.csv.gz")));
  }

  /**
   * Each interviewer's mean deviation from the other (non-shadow) interviewers who rated the same
   * candidate and competency at the same stage: a rough, unshrunk severity (positive = harsher).
   */
  static Map<String, Double> roughSeverity(Set<String> quarters) {
    Map<String, List<double[]>> byUnit = new HashMap<>();
    Map<String, List<String>> raters = new HashMap<>();
    for (Map<String, String> r : scorecards) {
      if (r.get("interviewer_role").equals("shadow") || !r.get("rating").matches("\\d+")
          || (quarters != null && !quarters.contains(quarter(r.get("interviewed_at"))))) {
        continue;
      }
      String unit = r.get("candidate_id") + "|" + r.get("competency");
      byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(new double[] {Double.parseDouble(r.get("rating"))});
      raters.computeIfAbsent(unit, k -> new ArrayList<>()).add(r.get("interviewer_id"));
    }
    Map<String, double[]> acc = new HashMap<>();
    byUnit.forEach((unit, values) -> {
      if (values.size() < 2) {
        return;
      }
      double sum = values.stream().mapToDouble(v -> v[0]).sum();
      for (int i = 0; i < values.size(); i++) {
        double others = (sum - values.get(i)[0]) / (values.size() - 1);
        double[] a = acc.computeIfAbsent(raters.get(unit).get(i), k -> new double[2]);
        a[0] += others - values.get(i)[0];
        a[1]++;
      }
    });
    return acc.entrySet().stream().filter(e -> e.getValue()[1] >= 30)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()[0] / e.getValue()[1]));
  }

  static String quarter(String ts) {
    int month = Integer.parseInt(ts.substring(5, 7));
    return ts.substring(0, 4) + "-Q" + ((month - 1) / 3 + 1);
  }

  @Test
  void harshAndLenientInterviewersRateTheSameCandidatesLowerAndHigher() {
    Map<String, Double> sev = roughSeverity(null);
    Set<String> harsh = names(planted.get("harsh_interviewers"));
    Set<String> lenient = names(planted.get("lenient_interviewers"));
    assertThat(harsh).hasSize(3);
    assertThat(lenient).hasSize(3);
    harsh.forEach(iv -> assertThat(sev.get(iv)).as(iv).isGreaterThan(0.4));
    lenient.forEach(iv -> assertThat(sev.get(iv)).as(iv).isLessThan(-0.4));
    Set<String> special = new HashSet<>(harsh);
    special.addAll(lenient);
    special.addAll(names(planted.get("drifting_interviewers")));
    sev.forEach((iv, s) -> {
      if (!special.contains(iv)) {
        assertThat(Math.abs(s)).as("ordinary interviewer " + iv).isLessThan(0.35);
      }
    });
  }

  @Test
  void driftersChangeSeverityAcrossQuarters() {
    List<String> drifters = new ArrayList<>(names(planted.get("drifting_interviewers")));
    assertThat(drifters).hasSize(2);
    for (String iv : drifters) {
      double slope = planted.get("interviewers").findValues("interviewer_id").stream()
          .filter(n -> n.asText().equals(iv)).count() == 1 ? driftOf(iv) : Double.NaN;
      double early = roughSeverity(Set.of("2024-Q4", "2025-Q1")).getOrDefault(iv, Double.NaN);
      double late = roughSeverity(Set.of("2026-Q2", "2026-Q3")).getOrDefault(iv, Double.NaN);
      // planted: 0.25 points a quarter; the two halves' centres are 6 quarters apart = 1.5 points
      assertThat(late - early).as(iv).isCloseTo(6 * slope, within(0.6));
    }
  }

  private static double driftOf(String iv) {
    for (JsonNode n : planted.get("interviewers")) {
      if (n.get("interviewer_id").asText().equals(iv)) {
        return n.get("drift_per_quarter").asDouble();
      }
    }
    return Double.NaN;
  }

  @Test
  void theOnsiteLoopIsThePlantedSlowStageAndItsInterviewsRunLong() {
    Map<String, List<Double>> days = new HashMap<>();
    for (Map<String, String> r : stages) {
      if (!r.get("exited_at").isEmpty()) {
        double d = Duration.between(Instant.parse(r.get("entered_at")), Instant.parse(r.get("exited_at"))).toMinutes() / 1440.0;
        days.computeIfAbsent(r.get("stage"), k -> new ArrayList<>()).add(d);
      }
    }
    double onsite = median(days.get("onsite"));
    assertThat(planted.get("slow_stage").asText()).isEqualTo("onsite");
    assertThat(onsite).isBetween(11.0, 17.0);
    days.forEach((stage, d) -> {
      if (!stage.equals("onsite")) {
        assertThat(median(d)).as(stage).isLessThan(onsite / 2);
      }
    });
    Map<String, List<Double>> ratio = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Map<String, String> r : scorecards) {
      if (seen.add(r.get("scorecard_id"))) {
        double minutes = Duration.between(Instant.parse(r.get("interview_started_at")),
            Instant.parse(r.get("interview_ended_at"))).toSeconds() / 60.0;
        double planned = JOB.stage(r.get("stage")).orElseThrow().plannedMinutes();
        ratio.computeIfAbsent(r.get("stage"), k -> new ArrayList<>()).add(minutes / planned);
      }
    }
    assertThat(median(ratio.get("onsite"))).isCloseTo(1.25, within(0.05));
    assertThat(median(ratio.get("phone_screen"))).isCloseTo(1.0, within(0.05));
  }

  @Test
  void theDataHasTheMessOfRealExports() {
    long shadows = scorecards.stream().filter(r -> r.get("interviewer_role").equals("shadow")).count();
    long noDecision = scorecards.stream().filter(r -> r.get("rating").equals("no_decision")).count();
    long missing = scorecards.stream().filter(r -> r.get("rating").isEmpty()).count();
    long words = scorecards.stream().filter(r -> r.get("rating").matches("[a-z]+") && !r.get("rating").equals("no_decision")).count();
    long noEvidence = scorecards.stream().filter(r -> r.get("evidence").isEmpty()).count();
    assertThat(shadows).isPositive();
    assertThat(noDecision).isPositive();
    assertThat(missing).isGreaterThan(noDecision);
    assertThat(words).isPositive();
    assertThat((double) noEvidence / scorecards.size()).isBetween(0.05, 0.25);
    assertThat(stages.stream().filter(r -> r.get("exited_at").isEmpty()).count()).as("still in a stage").isPositive();
    Map<String, Long> decisions = outcomes.stream().collect(Collectors.groupingBy(r -> r.get("decision"), Collectors.counting()));
    assertThat(decisions.keySet()).contains("hired", "rejected", "withdrew", "active");
    assertThat(outcomes.stream().filter(r -> !r.get("performance_rating").isEmpty())
        .allMatch(r -> r.get("decision").equals("hired"))).isTrue();
    assertThat(outcomes.stream().filter(r -> !r.get("performance_rating").isEmpty()).count()).isGreaterThan(50);
    // panels: 2–5 non-shadow interviewers per candidate who reached the onsite loop
    Map<String, Set<String>> panel = new HashMap<>();
    scorecards.stream().filter(r -> !r.get("interviewer_role").equals("shadow"))
        .forEach(r -> panel.computeIfAbsent(r.get("candidate_id"), k -> new HashSet<>()).add(r.get("interviewer_id")));
    Set<String> onsite = scorecards.stream().filter(r -> r.get("stage").equals("onsite")).map(r -> r.get("candidate_id")).collect(Collectors.toSet());
    onsite.forEach(c -> assertThat(panel.get(c).size()).as(c).isBetween(2, 7));
    // every interviewer rates every competency of their interview: 7 rows per phone/onsite scorecard
    Map<String, Long> rowsPerScorecard = scorecards.stream().filter(r -> r.get("stage").equals("onsite"))
        .collect(Collectors.groupingBy(r -> r.get("scorecard_id"), Collectors.counting()));
    assertThat(rowsPerScorecard.values()).allMatch(n -> n == 7);
  }

  private static Set<String> names(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
