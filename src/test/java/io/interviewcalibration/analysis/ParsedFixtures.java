package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.ingest.InputCounts;
import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.ingest.SourceReader;
import io.interviewcalibration.ingest.Validation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Accepted rows of a small, valid CSV fixture in the parsed form {@link Validation} produces
 * (columns ending in {@code _at}: UTC timestamps; scorecards also get {@code at} and
 * {@code period}), built in memory so that analysis tests need not run the validation rules,
 * which {@code IngestTest} covers.
 */
final class ParsedFixtures {
  private ParsedFixtures() {}

  static Ingested parsed(SparkSession spark, JobDefinition job, InputKind kind, String csv) {
    String[] lines = csv.strip().split("\n");
    String[] header = lines[0].split(",", -1);
    List<StructField> fields = new ArrayList<>();
    for (String h : header) {
      DataType t = h.endsWith("_at") ? DataTypes.TimestampType : DataTypes.StringType;
      fields.add(DataTypes.createStructField(h, t, true));
    }
    fields.add(DataTypes.createStructField(SourceReader.FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(SourceReader.LINE, DataTypes.LongType, true));
    for (String c : List.of(Validation.REASON, Validation.COLUMN, Validation.VALUE, Validation.EXCLUDED)) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      Object[] values = new Object[header.length + 6];
      for (int c = 0; c < header.length; c++) {
        String v = c < cells.length && !cells[c].isEmpty() ? cells[c] : null;
        values[c] = v == null ? null : header[c].endsWith("_at") ? Timestamp.from(Instant.parse(v)) : v;
      }
      values[header.length] = "fixture.csv";
      values[header.length + 1] = (long) i;
      rows.add(RowFactory.create(values));
    }
    Dataset<Row> df = spark.createDataFrame(rows, new StructType(fields.toArray(new StructField[0])));
    if (kind == InputKind.SCORECARDS) {
      df = df.withColumn("at", coalesce(col("interviewed_at"), col("submitted_at")))
          .withColumn("period", expr(job.periodUnit().sqlLabel("at")));
    }
    long n = rows.size();
    return new Ingested(kind, df, new InputCounts(kind.id(), "fixture.csv", List.of("fixture.csv"),
        n, n, 0, 0, Map.of(), Map.of()));
  }
}
