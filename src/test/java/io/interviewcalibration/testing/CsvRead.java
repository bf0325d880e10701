package io.interviewcalibration.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a small RFC 4180 CSV file into maps keyed by header name, for tests. */
public final class CsvRead {
  private CsvRead() {}

  public static List<Map<String, String>> rows(Path file) throws IOException {
    List<List<String>> records = records(Files.readString(file));
    List<String> header = records.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), i < r.size() ? r.get(i) : "");
      }
      out.add(m);
    }
    return out;
  }

  public static List<List<String>> records(String text) {
    return io.interviewcalibration.util.Csv.records(text);
  }
}
