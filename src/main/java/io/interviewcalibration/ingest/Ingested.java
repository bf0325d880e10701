package io.interviewcalibration.ingest;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One validated input: every row with its verdict (cached once), and its counts.
 *
 * @param kind the input's kind
 * @param checked every row read, parsed, with {@code _reason} / {@code _excluded}
 * @param counts rows read, accepted, rejected and excluded
 */
public record Ingested(InputKind kind, Dataset<Row> checked, InputCounts counts) {

  /** Rows accepted and used: neither rejected nor excluded. */
  public Dataset<Row> used() {
    return checked.filter(col(Validation.REASON).isNull().and(col(Validation.EXCLUDED).isNull()));
  }

  /** Rejected rows. */
  public Dataset<Row> rejected() {
    return checked.filter(col(Validation.REASON).isNotNull());
  }
}
