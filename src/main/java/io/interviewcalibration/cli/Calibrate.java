package io.interviewcalibration.cli;

import io.interviewcalibration.analysis.CalibrationRun;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.JobLoader;
import io.interviewcalibration.config.Period;
import io.interviewcalibration.config.UserError;
import io.interviewcalibration.generate.Generator;
import io.interviewcalibration.generate.GeneratorSettings;
import io.interviewcalibration.ingest.InputCounts;
import io.interviewcalibration.spark.SparkSessions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code calibrate} command. Exit codes: 0 success; 2 bad usage, unreadable input or invalid
 * job definition (one line on stderr); 1 unexpected internal error.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Calibrate.Version.class,
    description = "Interview calibration: reliability, interviewer severity, rubric validity and stage lengths.",
    subcommands = {Calibrate.Run.class, Calibrate.Generate.class})
public final class Calibrate implements Callable<Integer> {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USER = 2;

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.err);
    return USER;
  }

  public static void main(String[] args) {
    System.exit(execute(System.out, System.err, args));
  }

  /** Runs the command line and returns its exit code (no {@code System.exit}). */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    CommandLine cl = new CommandLine(new Calibrate());
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("calibrate: " + ex.getMessage() + " (see calibrate " + subcommandName(ex) + "--help)");
      return USER;
    });
    cl.setExecutionExceptionHandler((ex, parsed, result) -> {
      if (ex instanceof UserError) {
        err.println("calibrate: " + ex.getMessage());
        return USER;
      }
      err.println("calibrate: internal error: " + ex);
      if (verbose(result)) {
        ex.printStackTrace(err);
      } else {
        err.println("calibrate: run again with --verbose for details");
      }
      return INTERNAL;
    });
    return cl.execute(args);
  }

  private static String subcommandName(CommandLine.ParameterException ex) {
    String name = ex.getCommandLine().getCommandName();
    return name.equals("calibrate") ? "" : name + " ";
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    Object cmd = parsed.subcommand() == null ? null : parsed.subcommand().commandSpec().userObject();
    return cmd instanceof Run r && r.verbose;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Calibrate.class.getPackage().getImplementationVersion();
      return new String[] {"interview-calibration " + (v == null ? "dev" : v)};
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run every analysis of a job and write a run folder under --out.")
  static final class Run implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOB.yaml", description = "job definition")
    Path jobFile;

    @Option(names = "--scorecards", paramLabel = "F", description = "scorecards input (overrides the job)")
    String scorecards;

    @Option(names = "--stages", paramLabel = "F", description = "stage-visits input (overrides the job)")
    String stages;

    @Option(names = "--outcomes", paramLabel = "F", description = "outcomes input (overrides the job)")
    String outcomes;

    @Option(names = "--out", paramLabel = "DIR", description = "folder the run folder is created under (default: the job's output, else reports/)")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--seed", paramLabel = "N", description = "seed of every random step")
    Long seed;

    @Option(names = "--period", paramLabel = "FROM..TO|all", description = "analysis window (dates inclusive, YYYY-Qn, YYYY-MM or all)")
    String period;

    @Option(names = "--verbose", description = "show Spark's logs")
    boolean verbose;

    @Option(names = "--baseline", paramLabel = "RUN_FOLDER",
        description = "an earlier run folder: the Summary shows the change since it for every headline figure and"
            + " the interviewers' new and resolved flags")
    String baseline;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (verbose) {
        Configurator.setRootLevel(Level.INFO);
      }
      JobDefinition job = JobLoader.load(jobFile);
      if (scorecards != null) {
        job = job.withInputs(job.inputs().withScorecards(scorecards));
      }
      if (stages != null) {
        job = job.withInputs(job.inputs().withStages(stages));
      }
      if (outcomes != null) {
        job = job.withInputs(job.inputs().withOutcomes(outcomes));
      }
      if (out != null) {
        job = job.withOutput(out);
      }
      if (seed != null) {
        job = job.withSeed(seed);
      }
      if (period != null) {
        try {
          job = job.withPeriod(Period.parse(period));
        } catch (IllegalArgumentException e) {
          throw new UserError("--period: " + e.getMessage());
        }
      }
      java.io.PrintWriter stdout = spec.commandLine().getOut();
      Progress progress = new Progress(stdout);
      SparkSession spark = SparkSessions.start(master);
      if (!verbose) {
        spark.sparkContext().setLogLevel("WARN");
      }
      progress.done("start_spark", "started Spark " + spark.version() + " (" + spark.sparkContext().master() + ")");
      CalibrationRun.Result result;
      try {
        result = new CalibrationRun(spark, job, progress).withBaseline(baseline).run();
      } finally {
        spark.stop();
      }
      String counts = result.summary().inputs().stream()
          .map(c -> String.format(Locale.ROOT, "%s %,d read / %,d accepted / %,d rejected",
              c.input(), c.read(), c.accepted(), c.rejected()))
          .collect(Collectors.joining("; "));
      stdout.printf(Locale.ROOT, "%7.1fs  run folder: %s (%s)%n", progress.elapsed(), result.folder(), counts);
      stdout.flush();
      return OK;
    }
  }

  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Write a synthetic dataset with planted effects (scorecards, stages, outcomes, planted.json).")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
    Path out;

    @Option(names = "--candidates", paramLabel = "N", description = "number of candidates (default ${DEFAULT-VALUE})")
    int candidates = 2000;

    @Option(names = "--interviewers", paramLabel = "N", description = "number of interviewers, at least 20 (default ${DEFAULT-VALUE})")
    int interviewers = 40;

    @Option(names = "--quarters", paramLabel = "N", description = "quarters the candidates arrive over (default ${DEFAULT-VALUE})")
    int quarters = 8;

    @Option(names = "--first-day", paramLabel = "DATE", description = "first day of the first quarter (default ${DEFAULT-VALUE})")
    LocalDate firstDay = LocalDate.of(2024, 10, 1);

    @Option(names = "--outcomes-as-of", paramLabel = "DATE", description = "date outcomes are known at (default: the job's outcomes_as_of)")
    LocalDate outcomesAsOf;

    @Option(names = "--seed", paramLabel = "N", description = "seed (default ${DEFAULT-VALUE})")
    long seed = 20261122L;

    @Option(names = "--job", paramLabel = "JOB.yaml", description = "job whose rubric and stages to follow (default ${DEFAULT-VALUE})")
    Path job = Path.of("jobs", "sample-quarter.yaml");

    @Option(names = "--gzip", description = "write .csv.gz files")
    boolean gzip;

    @Option(names = "--parts", paramLabel = "N", description = "write each input as a folder of N part files (default ${DEFAULT-VALUE})")
    int parts = 1;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (candidates < 1 || interviewers < 20 || quarters < 1 || parts < 1) {
        throw new UserError("generate: --candidates and --parts must be at least 1, --interviewers at least 20, --quarters at least 1");
      }
      if (!Files.exists(job)) {
        throw new UserError(job + ": job definition not found (give the rubric to follow with --job)");
      }
      JobDefinition def = JobLoader.load(job);
      LocalDate asOf = outcomesAsOf != null ? outcomesAsOf
          : def.outcomesAsOf() != null ? def.outcomesAsOf() : firstDay.plusMonths(3L * quarters);
      GeneratorSettings s = new GeneratorSettings(candidates, interviewers, quarters, firstDay, asOf, seed, gzip, parts);
      long t0 = System.nanoTime();
      Generator.Result r = new Generator(def, s).write(out);
      spec.commandLine().getOut().printf(Locale.ROOT, "wrote %,d candidates, %,d rating rows, %,d stage visits to %s in %.1fs%n",
          r.candidates(), r.scorecardRows(), r.stageRows(), out, (System.nanoTime() - t0) / 1e9);
      spec.commandLine().getOut().flush();
      return OK;
    }
  }
}
