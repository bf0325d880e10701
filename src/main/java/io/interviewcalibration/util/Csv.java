package io.interviewcalibration.util;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV fields and the spreadsheet-safety rule for text copied from exports. */
public final class Csv {
  private Csv() {}

  /** Quotes a field when it holds a comma, quote, CR or LF; null becomes the empty field. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** One CSV line of fields (no line terminator). */
  public static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    return sb.toString();
  }

  /**
   * Text copied from an export, made safe for spreadsheets: a value beginning with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '} so that no
   * spreadsheet runs it as a formula.
   */
  public static String safeText(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char c = value.charAt(0);
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + value : value;
  }

  /** Parses RFC 4180 text into records of fields (quotes, doubled quotes, CR LF, line breaks in quotes). */
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
