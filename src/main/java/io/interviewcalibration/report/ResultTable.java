package io.interviewcalibration.report;

import io.interviewcalibration.util.Csv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A machine-readable result file, {@code results/<name>.csv}: a header and rows of values.
 * Numbers are written as plain numbers (full precision, NaN/empty as the empty field); text
 * columns named in {@code exportText} hold text copied from exports (ids, names) and get the
 * spreadsheet-safety quote of {@link Csv#safeText}.
 *
 * @param name file name without {@code .csv}
 * @param columns column names
 * @param rows rows, each with one value per column (String, Number or null)
 * @param exportText columns holding text copied from exports
 */
public record ResultTable(String name, List<String> columns, List<List<Object>> rows, Set<String> exportText) {

  public ResultTable {
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(name + ": row of " + r.size() + " values for " + columns.size() + " columns");
      }
    }
  }

  /** Writes the table as RFC 4180 CSV in UTF-8. */
  public void write(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(Csv.line(columns));
    w.write('\n');
    List<String> cells = new ArrayList<>(columns.size());
    for (List<Object> r : rows) {
      cells.clear();
      for (int i = 0; i < r.size(); i++) {
        cells.add(format(r.get(i), exportText.contains(columns.get(i))));
      }
      w.write(Csv.line(cells));
      w.write('\n');
    }
    w.flush();
  }

  static String format(Object v, boolean fromExport) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? "" : number(d);
    }
    if (v instanceof Float f) {
      return f.isNaN() || f.isInfinite() ? "" : number(f);
    }
    if (v instanceof Number n) {
      return n.toString();
    }
    String s = v.toString();
    return fromExport ? Csv.safeText(s) : s;
  }

  /** Shortest text that reads back as the same double; whole numbers without a decimal point. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d);
    }
    String s = Double.toString(d);
    return s.contains("E") ? String.format(Locale.ROOT, "%.17g", d).replaceAll("0+$", "") : s;
  }
}
