package io.interviewcalibration.analysis;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interviewcalibration.cli.Progress;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.StageDef;
import io.interviewcalibration.ingest.Ingest;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.ingest.InputCounts;
import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.ingest.SourceReader;
import io.interviewcalibration.ingest.Validation;
import io.interviewcalibration.report.AgreementSection;
import io.interviewcalibration.report.Baseline;
import io.interviewcalibration.report.Summary;
import io.interviewcalibration.report.Charts;
import io.interviewcalibration.report.RejectsWriter;
import io.interviewcalibration.report.InterviewersSection;
import io.interviewcalibration.report.ResultTable;
import io.interviewcalibration.report.Section;
import io.interviewcalibration.report.StagesSection;
import io.interviewcalibration.report.ValiditySection;
import io.interviewcalibration.report.RunFolder;
import io.interviewcalibration.report.RunSummary;
import io.interviewcalibration.report.WorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One run of a job: read and validate the inputs, run the analyses, write the run folder and
 * publish it. Only aggregates and a bounded number of example rows reach the driver.
 */
public class CalibrationRun {
  private static final Map<InputKind, String> NEEDED_BY = Map.of(
      InputKind.SCORECARDS, "agreement, interviewer severity, drift and validity are skipped",
      InputKind.STAGES, "stage lengths and the funnel are skipped",
      InputKind.OUTCOMES, "predictive validity and weight suggestions are skipped");

  private final SparkSession spark;
  private final JobDefinition job;
  private final Progress progress;

  private String baselineFolder;

  public CalibrationRun(SparkSession spark, JobDefinition job, Progress progress) {
    this.spark = spark;
    this.job = job;
    this.progress = progress;
  }

  /** Compares the headline figures and interviewer flags with an earlier run folder. */
  public CalibrationRun withBaseline(String folder) {
    this.baselineFolder = folder;
    return this;
  }

  /** The published run folder and what the run did. */
  public record Result(String folder, RunSummary summary) {}

  public Result run() throws IOException {
    Instant started = Instant.now();
    Baseline baseline = baselineFolder == null ? null
        : Baseline.read(baselineFolder, spark.sparkContext().hadoopConfiguration());
    Ingest ingest = new Ingest(spark, job);
    Map<InputKind, SourceReader.Source> sources = new EnumMap<>(InputKind.class);
    Map<String, String> absent = new LinkedHashMap<>();
    for (InputKind kind : InputKind.values()) {
      String path = switch (kind) {
        case SCORECARDS -> job.inputs().scorecards();
        case STAGES -> job.inputs().stages();
        case OUTCOMES -> job.inputs().outcomes();
      };
      if (path == null || path.isBlank()) {
        absent.put(kind.id(), NEEDED_BY.get(kind));
      } else {
        sources.put(kind, ingest.resolve(kind, path));
      }
    }
    if (sources.isEmpty()) {
      throw new io.interviewcalibration.config.UserError(job.source() + ": no inputs given (inputs.scorecards, inputs.stages or inputs.outcomes)");
    }
    Map<InputKind, Ingested> ingested = new EnumMap<>(InputKind.class);
    for (SourceReader.Source s : sources.values()) {
      Ingested in = ingest.run(s);
      ingested.put(s.kind(), in);
      InputCounts c = in.counts();
      progress.done("read_validate_" + s.kind().id(), String.format(Locale.ROOT,
          "read and validated %s: %,d rows (%,d accepted, %,d rejected, %,d excluded) from %d file%s",
          s.kind().id(), c.read(), c.accepted(), c.rejected(), c.excluded(), c.files().size(),
          c.files().size() == 1 ? "" : "s"));
    }
    Map<String, List<String>> unknownStages = unknownStages(ingested);

    RunFolder folder = RunFolder.create(spark.sparkContext().hadoopConfiguration(), job.output(), job.name(), started);
    try {
      List<Ingested> all = new ArrayList<>(ingested.values());
      RejectsWriter.write(all, folder, "results/rejects.csv");
      List<List<String>> firstRejects = firstRejects(all);
      progress.done("write_rejects", "wrote results/rejects.csv");
      List<Section> sections = analyses(ingested);
      for (Section section : sections) {
        for (ResultTable t : section.tables()) {
          try (OutputStream os = folder.create("results/" + t.name() + ".csv")) {
            t.write(os);
          }
        }
        for (Map.Entry<String, byte[]> f : section.extraFiles().entrySet()) {
          try (OutputStream os = folder.create(f.getKey())) {
            os.write(f.getValue());
          }
        }
      }
      Summary findings = Summary.of(sections, summaryContext());
      try (OutputStream os = folder.create("results/summary.csv")) {
        findings.table().write(os);
      }
      if (baseline != null) {
        baseline.compareFlags(sections.stream().flatMap(x -> x.tables().stream()).toList());
      }
      progress.done("write_results", "wrote results/*.csv");
      RunSummary summary = summary(started, ingested, absent, unknownStages, firstRejects);
      Charts charts = new Charts();
      WorkbookWriter.Extras extras = new WorkbookWriter.Extras(findings, baseline, settings(),
          checksums(ingested.values()));
      try (OutputStream os = folder.create("workbook.xlsx")) {
        WorkbookWriter.write(summary, extras, sections, charts, os);
      }
      charts.writeAll(folder::create);
      progress.done("write_workbook", "wrote workbook.xlsx and " + charts.pngs().size() + " charts");
      summary = summary(started, ingested, absent, unknownStages, firstRejects);
      try (OutputStream os = folder.create("run.json")) {
        Map<String, Object> json = runJson(summary, folder);
        json.put("analyses", analysesInfo(sections));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(os, json);
      }
      folder.publish();
      return new Result(folder.target().toString(), summary);
    } catch (IOException | RuntimeException e) {
      folder.abandon();
      throw e;
    } finally {
      ingested.values().forEach(i -> i.checked().unpersist());
    }
  }

  /** Runs the analyses whose inputs are present, in workbook order. */
  protected List<Section> analyses(Map<InputKind, Ingested> ingested) {
    List<Section> sections = new ArrayList<>();
    Ingested scorecards = ingested.get(InputKind.SCORECARDS);
    Ingested outcomes = ingested.get(InputKind.OUTCOMES);
    Map<String, Double> severityByInterviewer = null;
    if (scorecards != null) {
      AgreementResult agreement = new AgreementAnalysis(job).run(scorecards.used());
      progress.done("agreement", String.format(Locale.ROOT,
          "agreement: %,d statistics, %,d interviewer pairs, %,d bootstrap replicates",
          agreement.rows().size(), agreement.pairs().size(), agreement.replicates()));
      sections.add(new AgreementSection(agreement));
      // the severity model's estimates feed the severity-adjusted candidate scores of validity
      InterviewersSection interviewers = new SeverityAnalysis(spark, job, progress).run(scorecards, outcomes);
      sections.add(interviewers);
      severityByInterviewer = new LinkedHashMap<>();
      for (var e : interviewers.findings().pooled().entrySet()) {
        severityByInterviewer.put(e.getKey(), e.getValue().severity());
      }
    }
    if (scorecards != null && outcomes != null) {
      ValidityResult validity = new ValidityAnalysis(spark, job).run(scorecards, outcomes, severityByInterviewer);
      sections.add(new ValiditySection(job, validity));
      progress.done("validity", validity.skipped() != null ? "validity skipped: " + validity.skipped()
          : String.format(Locale.ROOT, "validity: %,d decided candidates, %,d hires, weights from %s",
              validity.counts().decided(), validity.counts().hires(), validity.primary().id()));
    }
    if (ingested.containsKey(InputKind.STAGES)) {
      sections.add(new StagesSection(job, new StagesAnalysis(job).run(ingested.get(InputKind.STAGES),
          scorecards, outcomes)));
      progress.done("stages", "analysed time in stage, the funnel, time to decision and feedback latency");
    }
    return sections;
  }

  private Summary.Context summaryContext() {
    Map<String, String> labels = new LinkedHashMap<>();
    job.rubric().competencies().forEach(c -> labels.put(c.id(), c.label() == null ? c.id() : c.label()));
    return new Summary.Context(List.copyOf(labels.keySet()), labels, job.thresholds().reliabilityTarget(),
        job.thresholds().severityPoints(), job.rubric().scale().max() - job.rubric().scale().min(),
        job.thresholds().minN(), job.thresholds().minScorecards());
  }

  /** The run's settings, in words, for the Method sheet. */
  private Map<String, String> settings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Job definition", job.source());
    m.put("Analysis window", job.period().label());
    m.put("Period unit", job.periodUnit().name().toLowerCase(Locale.ROOT));
    m.put("Outcomes as of", String.valueOf(job.outcomesAsOf()));
    m.put("Seed", String.valueOf(job.seed()));
    m.put("Bootstrap replicates (B)", String.valueOf(job.bootstrapReplicates()));
    m.put("Cross-validation folds", String.valueOf(job.cvFolds()));
    m.put("Minimum n (candidates or cases)", String.valueOf(job.thresholds().minN()));
    m.put("Minimum scorecards per interviewer", String.valueOf(job.thresholds().minScorecards()));
    m.put("Minimum shared candidates per interviewer pair", String.valueOf(job.thresholds().pairMinShared()));
    m.put("Reliability target (panel mean)", String.valueOf(job.thresholds().reliabilityTarget()));
    m.put("Severity flag (rating points)", String.valueOf(job.thresholds().severityPoints()));
    m.put("Feedback target (hours)", String.valueOf(job.thresholds().feedbackHours()));
    m.put("Days counted", job.businessDays() ? "business days" : "calendar days");
    m.put("Rating scale", job.rubric().scale().min() + " to " + job.rubric().scale().max() + " step "
        + job.rubric().scale().step());
    return m;
  }

  /** Total input bytes up to which files are checksummed on the driver. */
  static final long CHECKSUM_LIMIT = 1L << 30;

  /**
   * SHA-256 of each input file when the inputs total at most {@link #CHECKSUM_LIMIT} bytes (the
   * driver reads them once more); above that, the filesystem's own checksum where it keeps one
   * (HDFS), else size and modification time.
   */
  private Map<String, String> checksums(java.util.Collection<Ingested> inputs) {
    Map<String, String> out = new LinkedHashMap<>();
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      long total = 0;
      List<org.apache.hadoop.fs.Path> files = new ArrayList<>();
      for (Ingested in : inputs) {
        for (String f : in.counts().files()) {
          org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(f);
          files.add(p);
          total += p.getFileSystem(conf).getFileStatus(p).getLen();
        }
      }
      for (org.apache.hadoop.fs.Path p : files) {
        org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(conf);
        if (total <= CHECKSUM_LIMIT) {
          java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
          try (java.io.InputStream is = fs.open(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n = is.read(buf); n > 0; n = is.read(buf)) {
              md.update(buf, 0, n);
            }
          }
          out.put(p.toString(), "sha256:" + java.util.HexFormat.of().formatHex(md.digest()));
        } else {
          org.apache.hadoop.fs.FileChecksum c = fs.getFileChecksum(p);
          org.apache.hadoop.fs.FileStatus st = fs.getFileStatus(p);
          out.put(p.toString(), c != null ? c.getAlgorithmName() + ":" + java.util.HexFormat.of().formatHex(c.getBytes())
              : String.format(Locale.ROOT, "not computed (inputs over 1 GiB): %,d bytes, modified %s", st.getLen(),
                  Instant.ofEpochMilli(st.getModificationTime())));
        }
      }
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      out.putIfAbsent("(checksums)", "not computed: " + e.getMessage());
    }
    return out;
  }

  /** Each section's own run report (iterations, convergence, timings), merged by analysis name. */
  private static Map<String, Object> analysesInfo(List<Section> sections) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Section s : sections) {
      out.putAll(s.runInfo());
    }
    return out;
  }

  private Map<String, List<String>> unknownStages(Map<InputKind, Ingested> ingested) {
    Set<String> known = job.stages().stream().map(StageDef::id).collect(Collectors.toSet());
    Map<String, List<String>> out = new TreeMap<>();
    for (InputKind kind : List.of(InputKind.SCORECARDS, InputKind.STAGES)) {
      Ingested in = ingested.get(kind);
      if (in == null) {
        continue;
      }
      List<String> unknown = in.used().select(col("stage")).distinct().limit(1000).collectAsList()
          .stream().map(r -> r.getString(0)).filter(s -> !known.contains(s)).sorted().toList();
      if (!unknown.isEmpty()) {
        out.put(kind.id(), unknown);
      }
    }
    return out;
  }

  private static List<List<String>> firstRejects(List<Ingested> inputs) {
    List<List<String>> out = new ArrayList<>();
    for (Ingested in : inputs) {
      int room = WorkbookWriter.REJECTS_SHOWN - out.size();
      if (room <= 0) {
        break;
      }
      if (in.counts().rejected() == 0) {
        continue;
      }
      List<Row> rows = in.rejected()
          .select(col(SourceReader.LINE), col(Validation.COLUMN), col(Validation.VALUE),
              col(Validation.REASON), col(SourceReader.FILE))
          .orderBy(col(SourceReader.FILE), col(SourceReader.LINE)).limit(room).collectAsList();
      for (Row r : rows) {
        List<String> line = new ArrayList<>();
        line.add(in.kind().id());
        line.add(String.valueOf(r.getLong(0)));
        for (int i = 1; i < 5; i++) {
          line.add(r.isNullAt(i) ? "" : r.getString(i));
        }
        out.add(line);
      }
    }
    return out;
  }

  private RunSummary summary(Instant started, Map<InputKind, Ingested> ingested,
      Map<String, String> absent, Map<String, List<String>> unknownStages, List<List<String>> firstRejects) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("interview_calibration", versionOf(CalibrationRun.class));
    versions.put("spark", spark.version());
    versions.put("java", System.getProperty("java.version"));
    Map<String, Object> sparkInfo = new LinkedHashMap<>();
    sparkInfo.put("master", spark.sparkContext().master());
    sparkInfo.put("default_parallelism", spark.sparkContext().defaultParallelism());
    sparkInfo.put("executors", spark.sparkContext().getExecutorMemoryStatus().size());
    sparkInfo.put("shuffle_partitions", spark.conf().get("spark.sql.shuffle.partitions"));
    return new RunSummary(job.name(), job.source(), job.rubric().name(), job.period().label(),
        started, progress.elapsed(), job.seed(),
        ingested.values().stream().map(Ingested::counts).toList(), absent, unknownStages,
        firstRejects, new LinkedHashMap<>(progress.steps()), versions, sparkInfo);
  }

  private static Map<String, Object> runJson(RunSummary s, RunFolder folder) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("job", s.job());
    m.put("job_file", s.jobFile());
    m.put("run_folder", folder.target().getName());
    m.put("started", s.started().toString());
    m.put("seconds", Math.round(s.seconds() * 10) / 10.0);
    m.put("seed", s.seed());
    m.put("period", s.period());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (InputCounts c : s.inputs()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("input", c.input());
      i.put("path", c.path());
      i.put("files", c.files());
      i.put("rows_read", c.read());
      i.put("rows_accepted", c.accepted());
      i.put("rows_rejected", c.rejected());
      i.put("rows_excluded", c.excluded());
      i.put("rejected_by_reason", c.rejectedByReason());
      i.put("excluded_by_reason", c.excludedByReason());
      inputs.add(i);
    }
    m.put("inputs", inputs);
    m.put("absent_inputs", s.absent());
    m.put("unknown_stages", s.unknownStages());
    Map<String, Double> steps = new LinkedHashMap<>();
    s.steps().forEach((k, v) -> steps.put(k, Math.round(v * 100) / 100.0));
    m.put("step_seconds", steps);
    m.put("versions", s.versions());
    m.put("spark", s.spark());
    return m;
  }

  static String versionOf(Class<?> c) {
    String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
