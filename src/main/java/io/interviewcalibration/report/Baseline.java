package io.interviewcalibration.report;

import io.interviewcalibration.config.UserError;
import io.interviewcalibration.util.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An earlier run folder to compare with ({@code --baseline}): its headline figures
 * ({@code results/summary.csv}) and its interviewer flags ({@code results/interviewers.csv} and
 * {@code results/drift.csv}).
 */
public final class Baseline {
  private final String label;
  private final Map<String, Double> headlines;
  private final Map<String, String> flags;
  private Set<String> newFlags = Set.of();
  private Set<String> resolvedFlags = Set.of();

  private Baseline(String label, Map<String, Double> headlines, Map<String, String> flags) {
    this.label = label;
    this.headlines = headlines;
    this.flags = flags;
  }

  /** Reads a run folder; a folder that is not a run folder (no results/summary.csv) is a user error. */
  public static Baseline read(String folder, Configuration conf) {
    Path root = new Path(folder);
    try {
      FileSystem fs = root.getFileSystem(conf);
      Path summary = new Path(root, "results/summary.csv");
      if (!fs.exists(summary)) {
        throw new UserError(folder + ": not a run folder of this job (no results/summary.csv)");
      }
      Map<String, Double> headlines = new LinkedHashMap<>();
      for (Map<String, String> r : read(fs, summary)) {
        headlines.put(r.get("key"), parse(r.get("value")));
      }
      Map<String, String> flags = new HashMap<>();
      Path iv = new Path(root, "results/interviewers.csv");
      if (fs.exists(iv)) {
        for (Map<String, String> r : read(fs, iv)) {
          flags.put(r.get("interviewer_id"), r.getOrDefault("flag", ""));
        }
      }
      Path drift = new Path(root, "results/drift.csv");
      if (fs.exists(drift)) {
        for (Map<String, String> r : read(fs, drift)) {
          String f = r.getOrDefault("flag", "");
          if (f.startsWith("drifting")) {
            flags.merge(r.get("interviewer_id") + " drift", f, (a, b) -> a);
          }
        }
      }
      return new Baseline(root.getName(), headlines, flags);
    } catch (IOException e) {
      throw new UserError(folder + ": cannot read the baseline run folder (" + e.getMessage() + ")", e);
    }
  }

  private static List<Map<String, String>> read(FileSystem fs, Path file) throws IOException {
    String text;
    try (InputStream in = fs.open(file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> records = Csv.records(text);
    List<Map<String, String>> out = new ArrayList<>();
    if (records.isEmpty()) {
      return out;
    }
    List<String> head = records.get(0);
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < head.size() && i < r.size(); i++) {
        m.put(head.get(i), unquote(r.get(i)));
      }
      out.add(m);
    }
    return out;
  }

  /** Ids written with the spreadsheet-safety quote read back as written in the export. */
  private static String unquote(String v) {
    return v.startsWith("'") && v.length() > 1 && "=+-@\t\r".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
  }

  private static double parse(String v) {
    if (v == null || v.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Compares the current run's interviewer flags with the baseline's. */
  public void compareFlags(List<ResultTable> tables) {
    Map<String, String> now = new HashMap<>();
    for (ResultTable t : tables) {
      int id = t.columns().indexOf("interviewer_id");
      int flag = t.columns().indexOf("flag");
      if (id < 0 || flag < 0 || !(t.name().equals("interviewers") || t.name().equals("drift"))) {
        continue;
      }
      for (List<Object> r : t.rows()) {
        String f = r.get(flag) == null ? "" : r.get(flag).toString();
        String key = t.name().equals("drift") ? r.get(id) + " drift" : String.valueOf(r.get(id));
        if (t.name().equals("drift") && !f.startsWith("drifting")) {
          continue;
        }
        now.merge(key, f, (a, b) -> a);
      }
    }
    newFlags = new TreeSet<>();
    resolvedFlags = new TreeSet<>();
    for (Map.Entry<String, String> e : now.entrySet()) {
      if (flagged(e.getValue()) && !flagged(flags.get(e.getKey()))) {
        newFlags.add(describe(e.getKey(), e.getValue()));
      }
    }
    for (Map.Entry<String, String> e : flags.entrySet()) {
      if (flagged(e.getValue()) && !flagged(now.get(e.getKey()))) {
        resolvedFlags.add(describe(e.getKey(), e.getValue()));
      }
    }
  }

  private static boolean flagged(String f) {
    return f != null && (f.equals("harsh") || f.equals("lenient") || f.startsWith("drifting"));
  }

  private static String describe(String key, String flag) {
    String id = key.endsWith(" drift") ? key.substring(0, key.length() - 6) : key;
    return id + " (" + flag.replace('_', ' ') + ")";
  }

  public String label() {
    return label;
  }

  /** The baseline's value of a headline figure, or null when it had none. */
  public Double headline(String key) {
    Double v = headlines.get(key);
    return v == null || v.isNaN() ? null : v;
  }

  public Set<String> newFlags() {
    return newFlags;
  }

  public Set<String> resolvedFlags() {
    return resolvedFlags;
  }
}
