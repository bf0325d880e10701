package io.interviewcalibration.util;

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
}
