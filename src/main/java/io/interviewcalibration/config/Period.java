package io.interviewcalibration.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An analysis window of whole days in UTC, both ends inclusive; {@link #ALL} is unbounded.
 *
 * <p>Written as {@code 2026-07-01..2026-09-30}, {@code 2026-Q3}, {@code 2026-08} or {@code all}.
 */
public record Period(LocalDate from, LocalDate to) {
  public static final Period ALL = new Period(null, null);
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /** Parses a window; throws {@link IllegalArgumentException} with a readable message. */
  public static Period parse(String text) {
    String s = text == null ? "" : text.trim();
    if (s.equalsIgnoreCase("all")) {
      return ALL;
    }
    Matcher q = QUARTER.matcher(s);
    if (q.matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2, 1);
      return new Period(start, start.plusMonths(3).minusDays(1));
    }
    Matcher m = MONTH.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
        return new Period(start, start.plusMonths(1).minusDays(1));
      }
    }
    int dots = s.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          "period '" + s + "' is not FROM..TO (dates), YYYY-Qn, YYYY-MM or 'all'");
    }
    try {
      LocalDate from = LocalDate.parse(s.substring(0, dots).trim());
      LocalDate to = LocalDate.parse(s.substring(dots + 2).trim());
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("period '" + s + "' ends before it starts");
      }
      return new Period(from, to);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("period '" + s + "' has a date that is not YYYY-MM-DD");
    }
  }

  public boolean isAll() {
    return from == null;
  }

  /** Whether a UTC day lies in the window. */
  public boolean contains(LocalDate day) {
    return isAll() || (!day.isBefore(from) && !day.isAfter(to));
  }

  /** Label used in result files: {@code ALL} or {@code 2026-07-01..2026-09-30}. */
  public String label() {
    return isAll() ? "ALL" : from + ".." + to;
  }

  @Override
  public String toString() {
    return isAll() ? "all" : label();
  }
}
