package io.interviewcalibration.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.ingest.SourceReader;
import io.interviewcalibration.ingest.Validation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code results/rejects.csv} (input, line, column, value, reason, file) from the rejected
 * rows of every input. The rows stay distributed: Spark sorts them and writes one file, which is
 * then moved into the run folder; nothing passes through the driver.
 */
public final class RejectsWriter {
  static final List<String> HEADER = List.of("input", "line", "column", "value", "reason", "file");

  private RejectsWriter() {}

  /** Spreadsheet-safe text: a leading {@code '} before {@code = + - @}, tab or CR. */
  public static Column safeText(Column c) {
    return when(c.rlike("^[=+\\-@\\t\\r]"), concat(lit("'"), c)).otherwise(c);
  }

  /** The rejected rows of an input in the rejects.csv layout. */
  public static Dataset<Row> rows(Ingested in) {
    return in.rejected().select(
        lit(in.kind().id()).as("input"),
        col(SourceReader.LINE).as("line"),
        col(Validation.COLUMN).as("column"),
        safeText(col(Validation.VALUE)).as("value"),
        col(Validation.REASON).as("reason"),
        safeText(col(SourceReader.FILE)).as("file"));
  }

  public static void write(List<Ingested> inputs, RunFolder run, String relative) throws IOException {
    Path target = run.staged(relative);
    FileSystem fs = run.fs();
    if (inputs.stream().allMatch(in -> in.counts().rejected() == 0)) {
      writeHeaderOnly(fs, target);
      return;
    }
    Dataset<Row> all = null;
    for (Ingested in : inputs) {
      if (in.counts().rejected() == 0) {
        continue;
      }
      all = all == null ? rows(in) : all.unionByName(rows(in));
    }
    Path tmp = run.staged("_rejects_parts");
    all.orderBy(col("input"), col("file"), col("line"))
        .coalesce(1)
        .write()
        .option("header", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("emptyValue", "")
        .csv(tmp.toString());
    FileStatus[] parts = fs.globStatus(new Path(tmp, "part-*"));
    if (parts == null || parts.length == 0) {
      writeHeaderOnly(fs, target);
    } else {
      fs.mkdirs(target.getParent());
      if (!fs.rename(parts[0].getPath(), target)) {
        throw new IOException("could not move " + parts[0].getPath() + " to " + target);
      }
    }
    fs.delete(tmp, true);
  }

  private static void writeHeaderOnly(FileSystem fs, Path target) throws IOException {
    try (OutputStream os = fs.create(target, true)) {
      os.write((String.join(",", HEADER) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
