package io.interviewcalibration.analysis;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.JobLoader;
import io.interviewcalibration.config.Period;
import io.interviewcalibration.ingest.Ingest;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.spark.SparkSessions;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the agreement analysis on a large generated dataset (not a unit test): a plain
 * read + count of the scorecard files, ingest (read, validate, cache, count), then agreement over
 * every period without bootstrap and with B replicates, printing seconds, Spark jobs, stages and
 * shuffle bytes of each step. By default the used columns are parsed without the validation
 * rules (ingest's window rules take minutes on 10M rows and are not what is measured here);
 * {@code --ingest} runs the real ingest instead.
 *
 * <pre>
 * jobs/calibrate generate --out DATA --candidates 665000 --parts 8     # about 10M rating rows
 * java -Xmx6g [the add-opens of jobs/calibrate] -cp "target/classes:target/test-classes:target/lib/*" \
 *   io.interviewcalibration.analysis.AgreementScale DATA/scorecards 200 [--ingest]
 * </pre>
 */
public final class AgreementScale {
  private AgreementScale() {}

  public static void main(String[] args) {
    String scorecards = args[0];
    int replicates = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    boolean fullIngest = java.util.Arrays.asList(args).contains("--ingest");
    boolean verbose = java.util.Arrays.asList(args).contains("--jobs");
    SparkSession spark = SparkSessions.start(null);
    spark.sparkContext().setLogLevel("ERROR");
    AtomicLong jobs = new AtomicLong();
    AtomicLong stages = new AtomicLong();
    AtomicLong shuffleWrite = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      private final java.util.Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();

      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart e) {
        started.put(e.jobId(), e.time());
      }

      @Override
      public void onJobEnd(SparkListenerJobEnd e) {
        jobs.incrementAndGet();
        Long s = started.remove(e.jobId());
        if (s != null && verbose) {
          System.out.printf(Locale.ROOT, "    job %d: %.1f s%n", e.jobId(), (e.time() - s) / 1e3);
        }
      }

      @Override
      public void onStageCompleted(SparkListenerStageCompleted e) {
        stages.incrementAndGet();
        shuffleWrite.addAndGet(e.stageInfo().taskMetrics().shuffleWriteMetrics().bytesWritten());
      }
    });
    JobDefinition base = JobLoader.load(Path.of("jobs", "sample-quarter.yaml")).withPeriod(Period.ALL);

    long t = System.nanoTime();
    long rows = spark.read().option("header", "true").csv(scorecards).count();
    report("read + count (CSV, no validation)", t, jobs, stages, shuffleWrite, rows + " rows");

    Dataset<Row> used;
    t = System.nanoTime();
    if (fullIngest) {
      Ingest ingest = new Ingest(spark, base);
      Ingested in = ingest.run(ingest.resolve(InputKind.SCORECARDS, scorecards));
      used = in.used();
      report("ingest: read, validate, cache, count", t, jobs, stages, shuffleWrite, in.counts().accepted() + " accepted");
    } else {
      // the parsed columns agreement reads, without the validation rules, cached as ingest caches
      used = spark.read().option("header", "true").csv(scorecards)
          .filter(coalesce(col("interviewer_role"), lit("")).notEqual("shadow"))
          .select(col("candidate_id"), col("scorecard_id"), col("stage"), col("interviewer_id"), col("competency"),
              col("rating").cast("double").as("rating"),
              code(col("overall_recommendation"), "definitely_not", "no", "yes", "strong_yes").as("overall"),
              code(col("confidence"), "low", "medium", "high").as("confidence"),
              col("interviewed_at").cast("timestamp").as("at"))
          .persist(StorageLevel.MEMORY_AND_DISK());
      long n = used.count();
      report("parse the used columns, cache, count", t, jobs, stages, shuffleWrite, n + " rows");
    }

    t = System.nanoTime();
    long n = used.count();
    report("count of the cached rows", t, jobs, stages, shuffleWrite, n + " rows");

    for (int b : new int[] {0, replicates}) {
      JobDefinition job = withReplicates(base, b);
      t = System.nanoTime();
      AgreementResult r = new AgreementAnalysis(job).run(used);
      report("agreement, B = " + b, t, jobs, stages, shuffleWrite,
          r.rows().size() + " statistics, " + r.pairs().size() + " pairs");
    }
    spark.stop();
  }

  /** 1, 2, ... for the given words, else null. */
  private static org.apache.spark.sql.Column code(org.apache.spark.sql.Column c, String... words) {
    org.apache.spark.sql.Column out = when(c.equalTo(words[0]), lit(1));
    for (int i = 1; i < words.length; i++) {
      out = out.when(c.equalTo(words[i]), lit(i + 1));
    }
    return out;
  }

  private static JobDefinition withReplicates(JobDefinition b, int replicates) {
    return new JobDefinition(b.name(), b.source(), b.inputs(), b.rubric(), b.stages(), b.plannedRounds(), b.period(),
        b.periodUnit(), b.outcomesAsOf(), b.performanceScale(), b.jobIds(), b.thresholds(), replicates, b.cvFolds(),
        b.businessDays(), b.weightsFrom(), b.seed(), b.output());
  }

  private static void report(String step, long start, AtomicLong jobs, AtomicLong stages, AtomicLong shuffle,
      String what) {
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      Thread.sleep(1000); // listener events arrive asynchronously
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.printf(Locale.ROOT, "%-40s %7.1f s  jobs %3d  stages %3d  shuffle written %,d MB  (%s)%n", step,
        seconds, jobs.getAndSet(0), stages.getAndSet(0), shuffle.getAndSet(0) >> 20, what);
  }
}
