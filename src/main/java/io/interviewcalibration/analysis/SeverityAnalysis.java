package io.interviewcalibration.analysis;

import io.interviewcalibration.cli.Progress;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.Period;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.report.InterviewersSection;
import io.interviewcalibration.stats.severity.CrossedFit;
import io.interviewcalibration.stats.severity.SeverityEngine;
import io.interviewcalibration.stats.severity.SeverityEstimate;
import io.interviewcalibration.stats.severity.SeverityFindings;
import io.interviewcalibration.stats.severity.SeveritySettings;
import io.interviewcalibration.stats.severity.VarianceComponents;
import io.interviewcalibration.config.Competency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Interviewer severity, rater-error indicators and drift (the Spark side of question 3).
 *
 * <p>The scorecards up to the window's end become one cached block per candidate
 * ({@link SeverityBlocks}); everything else is passes over the blocks
 * ({@link SparkPasses}, one Spark job each) run by the pure {@link SeverityEngine}: a census,
 * the REML fits of the window and of every period up to its end (sharing passes, one per
 * iteration), and a final pass for drift, indicators and residuals. Only per-interviewer,
 * per-period, per-stage and per-competency numbers reach the driver.
 */
public final class SeverityAnalysis {
  /** False-discovery rate of the drift and competency-bias flags. */
  public static final double FDR = 0.05;

  private final SparkSession spark;
  private final JobDefinition job;
  private final Progress progress;

  public SeverityAnalysis(SparkSession spark, JobDefinition job, Progress progress) {
    this.spark = spark;
    this.job = job;
    this.progress = progress;
  }

  /** Runs the analysis on the scorecards (and outcomes, or null) and returns its section. */
  public InterviewersSection run(Ingested scorecards, Ingested outcomes) {
    long start = System.nanoTime();
    SeverityBlocks blocks = SeverityBlocks.build(job, scorecards, outcomes);
    try {
      SparkPasses passes = new SparkPasses(blocks.blocks());
      SeverityFindings f = new SeverityEngine(passes, settings(blocks)).run();
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, Object> info = runInfo(f, blocks, passes, seconds);
      progress.done("severity", String.format(Locale.ROOT,
          "interviewer severity and drift: %d interviewers, %d passes (fits: %d, %.1fs), %s",
          f.interviewers().size(), passes.count(), f.passes().get("fits"), fitSeconds(f, passes),
          f.windowFit().converged() && f.allFit().converged() ? "converged" : "NOT converged"));
      String latest = blocks.periods().isEmpty() ? "" : blocks.periods().get(blocks.periods().size() - 1);
      return new InterviewersSection(f, new InterviewersSection.Context(windowName(latest), latest,
          job.thresholds().minScorecards(), job.thresholds().severityPoints(), job.thresholds().feedbackHours(),
          outcomes != null, FDR, labels()), info);
    } finally {
      blocks.release();
    }
  }

  /**
   * Severity of each interviewer in the pooled model over every period up to the window's end, in
   * rating points, positive = harsher (a severity-adjusted rating is rating + severity). Only
   * interviewers connected to the main group through shared candidates are included; others are
   * absent (treat as 0).
   */
  public static Map<String, Double> severityByInterviewer(SparkSession spark, JobDefinition job, Ingested scorecards) {
    SeverityBlocks blocks = SeverityBlocks.build(job, scorecards, null);
    try {
      SeverityAnalysis a = new SeverityAnalysis(spark, job, null);
      Map<String, SeverityEstimate> pooled =
          new SeverityEngine(new SparkPasses(blocks.blocks()), a.settings(blocks)).pooledOnly();
      Map<String, Double> out = new LinkedHashMap<>();
      pooled.forEach((id, e) -> out.put(id, e.severity()));
      return out;
    } finally {
      blocks.release();
    }
  }

  /** The window as readers know it: the period's label when the window is exactly one period. */
  private String windowName(String latest) {
    if (job.period().isAll()) {
      return "all periods";
    }
    try {
      if (!latest.isEmpty() && Period.parse(latest).equals(job.period())) {
        return latest;
      }
    } catch (IllegalArgumentException e) {
      // not a period label
    }
    return job.period().label();
  }

  private SeveritySettings settings(SeverityBlocks b) {
    List<String> comps = job.rubric().competencies().stream().map(Competency::id).toList();
    String latest = b.periods().isEmpty() ? "" : b.periods().get(b.periods().size() - 1);
    return new SeveritySettings(b.interviewers(), b.periods(), b.ordinals(), b.stages(), comps, latest,
        job.period().isAll(), job.thresholds().minScorecards(), job.thresholds().severityPoints(),
        job.thresholds().feedbackHours(), job.rubric().scale().min(), job.rubric().scale().max(), FDR);
  }

  private Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    job.rubric().competencies().forEach(c -> m.put(c.id(), c.label()));
    return m;
  }

  private static double fitSeconds(SeverityFindings f, SparkPasses p) {
    List<Double> s = p.seconds();
    int from = f.passes().get("census");
    double sum = 0;
    for (int i = from; i < from + f.passes().get("fits") && i < s.size(); i++) {
      sum += s.get(i);
    }
    return sum;
  }

  private static Map<String, Object> runInfo(SeverityFindings f, SeverityBlocks b, SparkPasses p, double seconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", round(seconds, 2));
    m.put("block_partitions", b.blocks().getNumPartitions());
    m.put("passes", f.passes());
    m.put("pass_seconds", p.seconds().stream().map(x -> round(x, 3)).toList());
    m.put("fit_seconds", round(fitSeconds(f, p), 2));
    m.put("window_fit", fit(f.windowFit()));
    m.put("all_periods_fit", fit(f.allFit()));
    m.put("window_components", f.windowComponents());
    return m;
  }

  private static Map<String, Object> fit(CrossedFit fit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("design", fit.design().name());
    m.put("converged", fit.converged());
    m.put("passes", fit.passes());
    m.put("accepted_steps", fit.steps());
    m.put("reml_criterion", fit.deviance());
    m.put("reml_criterion_by_step", fit.history());
    if (fit.solution() != null) {
      m.put("ratings", fit.solution().ratings());
      m.put("candidates", fit.equations().groups());
    }
    VarianceComponents vc = fit.components();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("candidate", vc.candidate());
    v.put("scorecard", vc.scorecard());
    v.put("interviewer", vc.interviewer());
    v.put("residual", vc.residual());
    m.put("variance_components", v);
    if (fit.reason() != null) {
      m.put("reason", fit.reason());
    }
    return m;
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
