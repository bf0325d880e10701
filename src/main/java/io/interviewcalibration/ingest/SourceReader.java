package io.interviewcalibration.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.interviewcalibration.config.UserError;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one canonical input (a file, a folder of parts or a glob; CSV, gzip CSV or Parquet, on any
 * Hadoop filesystem) into raw text columns, one per canonical column, plus its origin.
 *
 * <p>Explicit schema, no inference: every column is read as text and parsed by the validation
 * rules, so that a bad cell becomes a reject instead of a failed or silently nulled row. Header
 * names are matched case-insensitively after trimming, in any order, a byte-order mark is
 * tolerated, and each file's own header decides where its columns are. CSV is read with RFC 4180
 * quoting and multi-line fields; each file is one partition (the session's open cost is set so),
 * which makes a record's number in its file its row index within the partition, with no second
 * scan. Parquet's record number is its row index.
 *
 * <p>Output columns: the kind's canonical columns (string, trimmed, empty = null),
 * {@code _file}, {@code _line} (1 = first data row) and {@code _malformed} (the raw record when
 * the CSV row had the wrong number of fields, else null).
 */
public final class SourceReader {
  public static final String FILE = "_file";
  public static final String LINE = "_line";
  public static final String MALFORMED = "_malformed";

  private final SparkSession spark;

  public SourceReader(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * What was found at an input path: its data files, and the CSV files grouped by header (each
   * header already checked for the required columns).
   */
  public record Source(InputKind kind, String path, List<String> files, Map<List<String>, List<String>> csvByHeader) {}

  /** Lists the data files of an input; a path that matches nothing is a {@link UserError}. */
  public Source resolve(InputKind kind, String path) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(p);
      if (matched == null || matched.length == 0) {
        throw new UserError(path + ": " + kind.id() + " input not found");
      }
      List<String> files = new ArrayList<>();
      for (FileStatus st : matched) {
        if (st.isDirectory()) {
          FileStatus[] inside = fs.listStatus(st.getPath());
          Arrays.sort(inside);
          for (FileStatus f : inside) {
            if (f.isFile() && isData(f.getPath().getName())) {
              files.add(f.getPath().toString());
            }
          }
        } else {
          files.add(st.getPath().toString());
        }
      }
      if (files.isEmpty()) {
        throw new UserError(path + ": " + kind.id() + " input has no data files");
      }
      // CSV files that share a header are read together; files with another column order apart.
      Map<List<String>, List<String>> byHeader = new LinkedHashMap<>();
      for (String f : files) {
        if (!isParquet(f)) {
          List<String> header = header(f);
          positions(kind, header, f);
          byHeader.computeIfAbsent(header, h -> new ArrayList<>()).add(f);
        }
      }
      return new Source(kind, path, files, byHeader);
    } catch (IOException e) {
      throw new UserError(path + ": cannot list " + kind.id() + " input (" + e.getMessage() + ")");
    }
  }

  private static boolean isData(String name) {
    return !name.startsWith("_") && !name.startsWith(".");
  }

  static boolean isParquet(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  /** Reads a resolved input into the raw columns described in the class comment. */
  public Dataset<Row> read(Source source) {
    List<String> parquet = source.files().stream().filter(SourceReader::isParquet).toList();
    List<Dataset<Row>> parts = new ArrayList<>();
    if (!parquet.isEmpty()) {
      parts.add(readParquet(source.kind(), parquet));
    }
    for (Map.Entry<List<String>, List<String>> e : source.csvByHeader().entrySet()) {
      parts.add(readCsv(source.kind(), e.getKey(), e.getValue()));
    }
    Dataset<Row> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all = all.unionByName(parts.get(i));
    }
    return all;
  }

  private Dataset<Row> readCsv(InputKind kind, List<String> header, List<String> files) {
    Map<String, Integer> position = positions(kind, header, files.get(0));
    List<StructField> fields = new ArrayList<>();
    // fields named as in the file's header, so Spark's header check agrees; referred to by position
    java.util.Set<String> used = new java.util.HashSet<>();
    List<String> fieldNames = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!used.add(name) || name.equals(MALFORMED)) {
        name = "_col" + i;
        used.add(name);
      }
      fieldNames.add(name);
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(MALFORMED, DataTypes.StringType, true));
    Dataset<Row> raw = spark.read()
        .schema(new StructType(fields.toArray(new StructField[0])))
        .option("header", "true")
        .option("multiLine", "true")
        .option("encoding", "UTF-8")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", MALFORMED)
        .option("ignoreLeadingWhiteSpace", "false")
        .option("ignoreTrailingWhiteSpace", "false")
        .csv(files.toArray(new String[0]));
    List<Column> cols = new ArrayList<>();
    for (String c : kind.columns()) {
      Integer at = position.get(c);
      cols.add(at == null ? lit(null).cast(DataTypes.StringType).as(c) : clean(col("`" + fieldNames.get(at).replace("`", "``") + "`")).as(c));
    }
    cols.add(col("_metadata.file_path").as(FILE));
    // one file per partition: the row index within the partition is the record number
    cols.add(expr("monotonically_increasing_id() - shiftleft(cast(spark_partition_id() as bigint), 33) + 1").as(LINE));
    cols.add(col(MALFORMED));
    return raw.select(cols.toArray(new Column[0]));
  }

  private Dataset<Row> readParquet(InputKind kind, List<String> files) {
    Dataset<Row> raw;
    try {
      raw = spark.read().parquet(files.toArray(new String[0]));
    } catch (Exception e) {
      throw new UserError(files.get(0) + ": cannot read Parquet (" + rootMessage(e) + ")");
    }
    List<String> names = Arrays.asList(raw.columns());
    Map<String, Integer> position = positions(kind, names, files.get(0));
    List<Column> cols = new ArrayList<>();
    for (String c : kind.columns()) {
      Integer at = position.get(c);
      cols.add(at == null ? lit(null).cast(DataTypes.StringType).as(c)
          : clean(col("`" + names.get(at) + "`").cast(DataTypes.StringType)).as(c));
    }
    cols.add(col("_metadata.file_path").as(FILE));
    cols.add(col("_metadata.row_index").plus(1).as(LINE));
    cols.add(lit(null).cast(DataTypes.StringType).as(MALFORMED));
    return raw.select(cols.toArray(new Column[0]));
  }

  /** Trimmed text, empty = null. */
  private static Column clean(Column c) {
    Column t = org.apache.spark.sql.functions.trim(c);
    return org.apache.spark.sql.functions.when(t.notEqual(lit("")), t);
  }

  /** Canonical column → position in the file's header; a missing required column is an error. */
  private static Map<String, Integer> positions(InputKind kind, List<String> header, String file) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (position.containsKey(name) && kind.columns().contains(name)) {
        throw new UserError(file + ": column '" + name + "' appears twice in the header");
      }
      position.putIfAbsent(name, i);
    }
    List<String> missing = kind.required().stream().filter(c -> !position.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new UserError(file + ": missing required " + kind.id() + " column"
          + (missing.size() > 1 ? "s " : " ") + "'" + String.join("', '", missing) + "'");
    }
    return position;
  }

  /** The header row of a CSV file (BOM removed, RFC 4180 quotes honoured). */
  private List<String> header(String file) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path p = new Path(file);
    try {
      FileSystem fs = p.getFileSystem(conf);
      InputStream in = fs.open(p);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
      if (codec != null) {
        in = codec.createInputStream(in);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line = r.readLine();
        if (line == null) {
          throw new UserError(file + ": the file is empty (no header row)");
        }
        if (line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        return splitHeader(line);
      }
    } catch (FileNotFoundException e) {
      throw new UserError(file + ": not found");
    } catch (IOException e) {
      throw new UserError(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  static List<String> splitHeader(String line) {
    List<List<String>> records = io.interviewcalibration.util.Csv.records(line);
    return records.isEmpty() ? List.of("") : records.get(0);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
