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
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        rec.add(cur.toString());
        cur.setLength(0);
      } else if (c == '\n') {
        rec.add(cur.toString());
        cur.setLength(0);
        out.add(rec);
        rec = new ArrayList<>();
      } else if (c != '\r') {
        cur.append(c);
      }
    }
    if (cur.length() > 0 || !rec.isEmpty()) {
      rec.add(cur.toString());
      out.add(rec);
    }
    return out;
  }
}
