package io.interviewcalibration.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Starts the job's Spark session: local mode inside the JVM unless a master is given. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * Starts (or joins) a session.
   *
   * @param master a master URL from the command line, or null: then {@code spark.master} from
   *     {@code spark-submit} is used, else {@code local[*]}
   */
  public static SparkSession start(String master) {
    SparkConf conf = new SparkConf(true);
    SparkSession.Builder b = SparkSession.builder().appName("interview-calibration");
    boolean local;
    if (master != null) {
      b.master(master);
      local = master.startsWith("local");
    } else if (conf.contains("spark.master")) {
      local = conf.get("spark.master").startsWith("local");
    } else {
      b.master("local[*]");
      local = true;
    }
    if (!conf.contains("spark.ui.enabled")) {
      b.config("spark.ui.enabled", "false");
    }
    if (local && !conf.contains("spark.sql.shuffle.partitions")) {
      b.config("spark.sql.shuffle.partitions", "4");
    }
    if (local && !conf.contains("spark.driver.host")) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    b.config("spark.sql.session.timeZone", "UTC")
        // explicit checks in the validation rules; a bad cell must never fail the whole run
        .config("spark.sql.ansi.enabled", "false")
        // one input file per partition, so that record numbers within a file can be derived
        // from the partition's row index without a second scan (see ingest.SourceReader)
        .config("spark.sql.files.openCostInBytes", String.valueOf(1L << 40))
        .config("spark.sql.adaptive.coalescePartitions.enabled", "true")
        .config("spark.sql.debug.maxToStringFields", "500");
    return b.getOrCreate();
  }
}
