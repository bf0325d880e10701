package io.interviewcalibration.stats.severity;

import io.interviewcalibration.testing.CsvRead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed lme4 fixture (src/test/resources/severity, made by make_fixture.R): the ratings
 * as candidate blocks and lme4's estimates.
 */
final class LmerFixture {
  static final Path DIR = Path.of("src", "test", "resources", "severity");
  static final List<String> COMPETENCIES = List.of("core_technical", "llm_genai", "agentic_workflows",
      "engineering_production", "portfolio", "problem_solving", "ethics_communication");

  final List<CandidateBlock> blocks = new ArrayList<>();
  final List<String> interviewers;
  final Map<String, double[]> expected = new LinkedHashMap<>();

  private LmerFixture() {
    try {
      List<Map<String, String>> rows = CsvRead.rows(DIR.resolve("fixture_data.csv"));
      TreeMap<String, Integer> ivs = new TreeMap<>();
      for (Map<String, String> r : rows) {
        ivs.put(r.get("interviewer"), 0);
      }
      interviewers = new ArrayList<>(ivs.keySet());
      for (int i = 0; i < interviewers.size(); i++) {
        ivs.put(interviewers.get(i), i);
      }
      String candidate = null;
      String scorecard = null;
      CandidateBlock.Builder b = null;
      for (Map<String, String> r : rows) {
        if (!r.get("candidate").equals(candidate)) {
          if (b != null) {
            blocks.add(b.build());
          }
          b = CandidateBlock.builder();
          candidate = r.get("candidate");
          scorecard = null;
        }
        if (!r.get("scorecard").equals(scorecard)) {
          scorecard = r.get("scorecard");
          b.scorecard(ivs.get(r.get("interviewer")), 0, 0, 0, Double.NaN, true);
        }
        String y = r.get("rating");
        b.rating(COMPETENCIES.indexOf(r.get("competency")), y.isEmpty() ? Double.NaN : Double.parseDouble(y), true);
      }
      blocks.add(b.build());
      for (Map<String, String> r : CsvRead.rows(DIR.resolve("fixture_expected.csv"))) {
        String se = r.get("se");
        expected.put(r.get("kind") + ":" + r.get("name"),
            new double[] {Double.parseDouble(r.get("value")), se.isEmpty() ? Double.NaN : Double.parseDouble(se)});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LmerFixture load() {
    return new LmerFixture();
  }

  double value(String kind, String name) {
    double[] v = expected.get(kind + ":" + name);
    if (v == null) {
      throw new IllegalArgumentException("no expected " + kind + " " + name);
    }
    return v[0];
  }

  double se(String kind, String name) {
    return expected.get(kind + ":" + name)[1];
  }

  /** A pooled design over every interviewer of the fixture, random units. */
  Design pooled() {
    int[] cols = new int[interviewers.size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = i;
    }
    return new Design("fixture", false, false, true, COMPETENCIES.size(), new int[][] {cols});
  }
}
