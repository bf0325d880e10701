package io.interviewcalibration.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.UserError;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** Reads and validates one input, caches the result once and counts it in one aggregation. */
public final class Ingest {
  private final SourceReader reader;
  private final Validation validation;

  public Ingest(SparkSession spark, JobDefinition job) {
    this.reader = new SourceReader(spark);
    this.validation = new Validation(job);
  }

  /** Lists an input's files; a missing input or a file without its required columns is a user error. */
  public SourceReader.Source resolve(InputKind kind, String path) {
    return reader.resolve(kind, path);
  }

  /** Reads, validates, caches and counts a resolved input. */
  public Ingested run(SourceReader.Source source) {
    Dataset<Row> raw = reader.read(source);
    Dataset<Row> checked = switch (source.kind()) {
      case SCORECARDS -> validation.scorecards(raw);
      case STAGES -> validation.stages(raw);
      case OUTCOMES -> validation.outcomes(raw);
    };
    checked = checked.persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> verdicts;
    try {
      verdicts = checked.groupBy(col(Validation.REASON), col(Validation.EXCLUDED))
          .agg(count(lit(1)).as("n")).collectAsList();
    } catch (RuntimeException e) {
      checked.unpersist();
      throw new UserError(source.path() + ": cannot read " + source.kind().id() + " input ("
          + SourceReader.rootMessage(e) + ")", e);
    }
    long read = 0;
    long rejected = 0;
    long excluded = 0;
    Map<String, Long> rejectedBy = new TreeMap<>();
    Map<String, Long> excludedBy = new TreeMap<>();
    for (Row r : verdicts) {
      long n = r.getLong(2);
      read += n;
      if (!r.isNullAt(0)) {
        rejected += n;
        rejectedBy.merge(r.getString(0), n, Long::sum);
      } else if (!r.isNullAt(1)) {
        excluded += n;
        excludedBy.merge(r.getString(1), n, Long::sum);
      }
    }
    InputCounts counts = new InputCounts(source.kind().id(), source.path(), source.files(), read,
        read - rejected, rejected, excluded, rejectedBy, excludedBy);
    return new Ingested(source.kind(), checked, counts);
  }
}
