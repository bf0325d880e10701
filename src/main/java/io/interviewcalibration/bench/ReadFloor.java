package io.interviewcalibration.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.ingest.SourceReader;
import io.interviewcalibration.spark.SparkSessions;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark's floor: the time Spark takes just to read an input with the job's own reader
 * (same files, same explicit schema, same CSV options) and aggregate every column (a hash of each
 * row), so that no parsing is skipped. Prints {@code floor_seconds=<s> rows=<n>}.
 *
 * <p>Usage: {@code ReadFloor <kind> <path>}, kind = scorecards, stages or outcomes.
 */
public final class ReadFloor {
  private ReadFloor() {}

  public static void main(String[] args) {
    InputKind kind = InputKind.valueOf(args[0].toUpperCase(Locale.ROOT));
    SparkSession spark = SparkSessions.start(null);
    spark.sparkContext().setLogLevel("WARN");
    try {
      SourceReader reader = new SourceReader(spark);
      long t0 = System.nanoTime();
      var raw = reader.read(reader.resolve(kind, args[1]));
      Column[] all = Arrays.stream(raw.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
      Row r = raw.agg(count(lit(1)), sum(xxhash64(all))).first();
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "floor_seconds=%.2f rows=%d checksum=%d%n", s, r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1));
    } finally {
      spark.stop();
    }
  }
}
