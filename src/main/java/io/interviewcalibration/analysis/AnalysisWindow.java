package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.lit;

import io.interviewcalibration.config.Period;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * The analysis window as Spark conditions (CONTRACT.md, Periods): a rating belongs to the UTC day
 * of its {@code at} (interviewed, else submitted), a stage visit to that of its entry. The window
 * bounds agreement, severity, interviewer indicators, stages and interview length; drift uses
 * every period up to the window's end; validity uses every decided candidate.
 */
public final class AnalysisWindow {
  private AnalysisWindow() {}

  /** Rows whose timestamp falls within the window (always true for {@code all}). */
  public static Column within(Period p, Column timestamp) {
    if (p.isAll()) {
      return lit(true);
    }
    Column day = timestamp.cast(DataTypes.DateType);
    return day.geq(lit(p.from().toString()).cast(DataTypes.DateType))
        .and(day.leq(lit(p.to().toString()).cast(DataTypes.DateType)));
  }

  /** Rows up to the window's end (always true for {@code all}): drift's span. */
  public static Column upToEnd(Period p, Column timestamp) {
    if (p.isAll()) {
      return lit(true);
    }
    return timestamp.cast(DataTypes.DateType).leq(lit(p.to().toString()).cast(DataTypes.DateType));
  }
}
