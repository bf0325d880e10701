package io.interviewcalibration.stats.validity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The R fixture: simulated candidates (fixture_data.csv) and R's results (fixture_expected.csv). */
final class Fixture {
  final String[] ids;
  final double[][] x;
  final double[] performance;
  final double[] hired;
  private final Map<String, Double> expected = new HashMap<>();

  private Fixture() {
    List<String[]> rows = read("/validity/fixture_data.csv");
    int n = rows.size() - 1;
    ids = new String[n];
    x = new double[n][5];
    performance = new double[n];
    hired = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i + 1);
      ids[i] = r[0];
      for (int j = 0; j < 5; j++) {
        x[i][j] = Double.parseDouble(r[j + 1]);
      }
      performance[i] = Double.parseDouble(r[6]);
      hired[i] = Double.parseDouble(r[7]);
    }
    List<String[]> exp = read("/validity/fixture_expected.csv");
    for (String[] r : exp.subList(1, exp.size())) {
      expected.put(r[0] + "|" + r[1] + "|" + r[2], Double.parseDouble(r[3].trim()));
    }
  }

  static Fixture load() {
    return new Fixture();
  }

  /** R's value for (model, term, quantity); fails when absent. */
  double expected(String model, String term, String quantity) {
    Double v = expected.get(model + "|" + term + "|" + quantity);
    if (v == null) {
      throw new IllegalArgumentException("no fixture value " + model + " " + term + " " + quantity);
    }
    return v;
  }

  double[] column(int j) {
    return Numeric.column(x, j);
  }

  private static List<String[]> read(String resource) {
    try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (String line : text.split("\r?\n")) {
        if (!line.isBlank()) {
          out.add(line.split(",", -1));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
