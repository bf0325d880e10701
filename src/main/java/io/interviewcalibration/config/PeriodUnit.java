package io.interviewcalibration.config;

import java.time.LocalDate;

/** The length of the periods drift and trends are tracked in. */
public enum PeriodUnit {
  QUARTER,
  MONTH;

  /** The period label of a UTC day: {@code 2024-Q1} or {@code 2024-03}. */
  public String label(LocalDate day) {
    return switch (this) {
      case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
    };
  }

  /** Spark SQL expression of the label of a timestamp column (session time zone UTC). */
  public String sqlLabel(String timestampColumn) {
    return switch (this) {
      case QUARTER -> "concat(year(" + timestampColumn + "), '-Q', quarter(" + timestampColumn + "))";
      case MONTH -> "date_format(" + timestampColumn + ", 'yyyy-MM')";
    };
  }
}
