package io.interviewcalibration.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interviewcalibration.config.Competency;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.PeriodUnit;
import io.interviewcalibration.config.Rubric;
import io.interviewcalibration.config.StageDef;
import io.interviewcalibration.util.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic quarter-by-quarter hiring dataset with known, planted effects: candidate
 * ability; harsh, lenient, drifting and strong-candidate-only interviewers; competencies of
 * different reliability and of strong, weak and zero true weight for performance and retention;
 * halo on each scorecard; a slow stage; a stage whose interviews run long; extra rounds; missing
 * ratings, {@code no_decision}, shadows and candidates still in process. Every draw comes from one
 * seeded sequence in a fixed order, so the same settings give the same bytes on any machine.
 *
 * <p>Rating model: rating = clamp(round(2.6 + 0.95·skill − severity(interviewer, quarter) + halo +
 * noise(competency))) on the rubric's scale, where skill = 0.6·ability + 0.8·own(competency), halo
 * ~ N(0, 0.35²) per scorecard and noise ~ N(0, τ²) with τ set per competency. Severity is positive
 * for harsh interviewers (they rate the same candidates lower).
 */
public final class Generator {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;
  private static final String[] JOBS = {"ai-engineer", "ml-platform"};
  private static final String[] EVIDENCE = {
    "Walked through an eval harness with held-out metrics",
    "Described a RAG pipeline, chunking and retrieval quality checks",
    "Explained rollback and monitoring for a model release",
    "Gave a concrete failure mode and how it was detected",
    "Compared two designs on cost and latency with numbers",
    "Showed shipped work, linked repository, clear ownership",
  };
  private static final String[] RISK = {
    "Little evidence of production ownership",
    "Vague on evaluation metrics",
    "Over-relies on vendor defaults",
  };

  private final JobDefinition job;
  private final GeneratorSettings s;
  private final SplittableRandom rnd;
  private final Rubric rubric;
  private final List<String> comps;
  private final double[] noiseSd;
  private final double[] perfWeight;
  private final double[] retentionWeight;
  private final String[] ivIds;
  private final double[] ivBase;
  private final double[] ivDrift;
  private final double[] ivLoad;
  private final String[] ivKind;
  private final int poolSize;
  private final int confounded;
  private final int slowFeedback;
  private final Instant export;

  private int scorecardSeq;
  private int interviewSeq;
  private long ratingRows;

  public Generator(JobDefinition job, GeneratorSettings settings) {
    if (settings.interviewers() < 20) {
      throw new IllegalArgumentException("the generator needs at least 20 interviewers");
    }
    this.job = job;
    this.s = settings;
    this.rnd = new SplittableRandom(settings.seed());
    this.rubric = job.rubric();
    this.comps = rubric.competencies().stream().map(Competency::id).toList();
    int k = comps.size();
    // Reliability: the first competencies are rated consistently, the last ones noisily.
    double[] tau = {0.40, 0.45, 0.55, 0.50, 0.80, 0.65, 1.10};
    // True weight for on-the-job performance: strong, strong, weak, ..., zero.
    double[] perf = {0.20, 0.50, 0.10, 0.40, 0.0, 0.15, 0.0};
    // True weight for 12-month retention.
    double[] ret = {0.0, 0.10, 0.0, 0.50, 0.0, 0.30, 0.40};
    noiseSd = new double[k];
    perfWeight = new double[k];
    retentionWeight = new double[k];
    for (int c = 0; c < k; c++) {
      noiseSd[c] = tau[c % tau.length];
      perfWeight[c] = perf[c % perf.length];
      retentionWeight[c] = ret[c % ret.length];
    }
    int n = settings.interviewers();
    int hm = Math.max(2, n / 7);
    poolSize = n - hm;
    ivIds = new String[n];
    ivBase = new double[n];
    ivDrift = new double[n];
    ivLoad = new double[n];
    ivKind = new String[n];
    for (int j = 0; j < n; j++) {
      ivIds[j] = String.format(Locale.ROOT, "iv%03d", j + 1);
      // Ordinary interviewers: small severities that no calibration should flag.
      ivBase[j] = Math.max(-0.15, Math.min(0.15, 0.08 * gauss()));
      ivLoad[j] = 0.5 + rnd.nextDouble();
      ivKind[j] = j < poolSize ? "ordinary" : "hiring_manager";
    }
    for (int j : new int[] {1, 5, 9}) {
      ivBase[j] = 0.7;
      ivKind[j] = "harsh";
    }
    for (int j : new int[] {3, 7, 11}) {
      ivBase[j] = -0.7;
      ivKind[j] = "lenient";
    }
    ivBase[13] = 0;
    ivDrift[13] = 0.25;
    ivKind[13] = "drifting_harsher";
    ivBase[15] = 0;
    ivDrift[15] = -0.25;
    ivKind[15] = "drifting_more_lenient";
    confounded = 17;
    ivBase[confounded] = 0;
    ivKind[confounded] = "sees_strong_candidates";
    slowFeedback = 4;
    export = settings.exportDay().atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** What was generated: row counts and the planted effects, also written as planted.json. */
  public record Result(long candidates, long scorecardRows, long stageRows, long outcomeRows) {}

  /** Generates the dataset into {@code out} (created if needed). */
  public Result write(Path out) throws IOException {
    Files.createDirectories(out);
    int n = s.candidates();
    double[] arrival = new double[n];
    double span = ChronoUnit.DAYS.between(s.firstDay(), s.exportDay());
    for (int i = 0; i < n; i++) {
      arrival[i] = rnd.nextDouble() * span;
    }
    Arrays.sort(arrival);
    long stageRows = 0;
    try (Parts sc = new Parts(out, "scorecards", SCORECARD_HEADER);
        Parts st = new Parts(out, "stages", STAGE_HEADER);
        Parts oc = new Parts(out, "outcomes", OUTCOME_HEADER)) {
      for (int i = 0; i < n; i++) {
        int part = (int) ((long) i * s.parts() / n);
        Candidate c = new Candidate(String.format(Locale.ROOT, "C%06d", i + 1),
            JOBS[rnd.nextDouble() < 0.7 ? 0 : 1], gauss(),
            s.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds((long) (arrival[i] * 86400)));
        stageRows += candidate(c, sc.writer(part), st.writer(part), oc.writer(part));
      }
    }
    writePlanted(out.resolve("planted.json"));
    return new Result(n, ratingRows, stageRows, n);
  }

  private static final List<String> SCORECARD_HEADER = List.of("scorecard_id", "interview_id",
      "candidate_id", "job_id", "stage", "interviewer_id", "interviewer_role", "interviewed_at",
      "submitted_at", "interview_started_at", "interview_ended_at", "competency", "rating",
      "overall_recommendation", "confidence", "evidence", "risk");
  private static final List<String> STAGE_HEADER =
      List.of("candidate_id", "job_id", "stage", "entered_at", "exited_at", "exit_reason");
  private static final List<String> OUTCOME_HEADER = List.of("candidate_id", "decision",
      "decided_at", "start_date", "performance_rating", "terminated_at");

  private final class Candidate {
    final String id;
    final String jobId;
    final double ability;
    final double[] skill;
    Instant clock;

    Candidate(String id, String jobId, double ability, Instant arrival) {
      this.id = id;
      this.jobId = jobId;
      this.ability = ability;
      this.skill = new double[comps.size()];
      for (int c = 0; c < skill.length; c++) {
        skill[c] = 0.6 * ability + 0.8 * gauss();
      }
      this.clock = arrival;
    }
  }

  /** Stage plan: median days in stage. The onsite loop is the planted slow stage. */
  private static final Map<String, Double> MEDIAN_DAYS =
      Map.of("recruiter_screen", 3.0, "phone_screen", 6.0, "onsite", 14.0, "hiring_manager", 4.0, "offer", 5.0);
  /** Actual interview length relative to plan: onsite interviews are planted to run 25% long. */
  private static final Map<String, Double> LENGTH_FACTOR =
      Map.of("recruiter_screen", 1.0, "phone_screen", 1.0, "onsite", 1.25, "hiring_manager", 1.0);

  private long candidate(Candidate c, BufferedWriter sc, BufferedWriter st, BufferedWriter oc)
      throws IOException {
    List<StageDef> stages = job.stages();
    String decision = "active";
    Instant decidedAt = null;
    long rows = 0;
    boolean extraRound = rnd.nextDouble() < 0.08;
    for (StageDef stage : stages) {
      double median = MEDIAN_DAYS.getOrDefault(stage.id(), 4.0);
      double days = median * Math.exp(0.5 * gauss());
      Instant entered = c.clock;
      Instant exited = entered.plusSeconds((long) (days * 86400));
      if (!entered.isBefore(export)) {
        break;
      }
      // Interviews at this stage, and the decision they feed.
      double stageScore = interviews(c, stage, entered, exited, extraRound, sc);
      String reason;
      if (rnd.nextDouble() < 0.04) {
        reason = "withdrew";
      } else {
        reason = passes(c, stage.id(), stageScore) ? "advanced" : "rejected";
      }
      boolean last = stage == stages.get(stages.size() - 1);
      if (reason.equals("advanced") && last) {
        reason = rnd.nextDouble() < 0.85 ? "hired" : "withdrew";
      }
      rows++;
      if (exited.isAfter(export)) {
        writeRow(st, List.of(c.id, c.jobId, stage.id(), ts(entered), "", ""));
        break;
      }
      writeRow(st, List.of(c.id, c.jobId, stage.id(), ts(entered), ts(exited), reason));
      c.clock = exited;
      if (!reason.equals("advanced")) {
        decision = reason;
        decidedAt = exited;
        break;
      }
    }
    outcome(c, decision, decidedAt, oc);
    return rows;
  }

  private boolean passes(Candidate c, String stage, double stageScore) {
    return switch (stage) {
      case "recruiter_screen" -> c.ability + gauss() > -0.8;
      case "phone_screen" -> !Double.isNaN(stageScore) && stageScore + 5 * gauss() >= 48;
      case "onsite" -> !Double.isNaN(stageScore) && stageScore + 4 * gauss() >= 58;
      case "hiring_manager" -> !Double.isNaN(stageScore) ? stageScore + 6 * gauss() >= 45 : rnd.nextDouble() < 0.8;
      default -> rnd.nextDouble() < 0.9;
    };
  }

  /** Writes the stage's scorecards and returns the mean composite the decision used (NaN if none). */
  private double interviews(Candidate c, StageDef stage, Instant entered, Instant exited,
      boolean extraRound, BufferedWriter sc) throws IOException {
    int panel;
    List<String> rated;
    switch (stage.id()) {
      case "phone_screen" -> {
        panel = 1;
        rated = comps;
      }
      case "onsite" -> {
        panel = 2 + rnd.nextInt(2) + (extraRound ? 1 : 0);
        rated = comps;
      }
      case "hiring_manager" -> {
        panel = 1;
        rated = comps.subList(Math.max(0, comps.size() - 3), comps.size());
      }
      default -> {
        return Double.NaN;
      }
    }
    int[] chosen = new int[panel];
    for (int p = 0; p < panel; p++) {
      chosen[p] = stage.id().equals("hiring_manager") ? poolSize + rnd.nextInt(ivIds.length - poolSize)
          : pick(c, chosen, p);
    }
    boolean sharedInterview = stage.id().equals("phone_screen") && rnd.nextDouble() < 0.25;
    if (sharedInterview) {
      // a panel phone screen: two interviewers in one interview
      chosen = new int[] {chosen[0], pick(c, chosen, 1)};
    }
    double sum = 0;
    int counted = 0;
    long stayMinutes = Math.max(60, ChronoUnit.MINUTES.between(entered, exited));
    String sharedId = sharedInterview ? nextInterview() : null;
    Instant sharedStart = entered.plusSeconds(60L * (long) (stayMinutes * (0.3 + 0.5 * rnd.nextDouble())));
    for (int p = 0; p < chosen.length; p++) {
      String interviewId = sharedId != null ? sharedId : nextInterview();
      Instant start = sharedId != null ? sharedStart
          : entered.plusSeconds(60L * (long) (stayMinutes * (0.3 + 0.5 * rnd.nextDouble())));
      double comp = scorecard(c, stage, chosen[p], "interviewer", interviewId, start, rated, sc);
      if (!Double.isNaN(comp)) {
        sum += comp;
        counted++;
      }
      if (stage.id().equals("onsite") && rnd.nextDouble() < 0.06) {
        int shadow = pick(c, chosen, chosen.length);
        scorecard(c, stage, shadow, "shadow", interviewId, start, rated, sc);
      }
    }
    return counted == 0 ? Double.NaN : sum / counted;
  }

  private int pick(Candidate c, int[] taken, int count) {
    while (true) {
      int j;
      if (c.ability > 0.5 && rnd.nextDouble() < 0.5) {
        j = confounded;
      } else {
        // workload-weighted draw from the pool, the strong-candidate interviewer excluded
        double total = 0;
        for (int q = 0; q < poolSize; q++) {
          total += q == confounded ? 0 : ivLoad[q];
        }
        double u = rnd.nextDouble() * total;
        j = 0;
        for (; j < poolSize - 1; j++) {
          u -= j == confounded ? 0 : ivLoad[j];
          if (u < 0) {
            break;
          }
        }
        if (j == confounded) {
          continue;
        }
      }
      boolean dup = false;
      for (int q = 0; q < count; q++) {
        dup |= taken[q] == j;
      }
      if (!dup) {
        return j;
      }
    }
  }

  private String nextInterview() {
    return String.format(Locale.ROOT, "INT%07d", ++interviewSeq);
  }

  /** Severity of interviewer j in quarter q (0-based), in rating points, positive = harsher. */
  double severity(int j, int quarter) {
    return ivBase[j] + ivDrift[j] * (quarter - (s.quarters() - 1) / 2.0);
  }

  private double scorecard(Candidate c, StageDef stage, int j, String role, String interviewId,
      Instant start, List<String> rated, BufferedWriter out) throws IOException {
    String scorecardId = String.format(Locale.ROOT, "SC%07d", ++scorecardSeq);
    int quarter = (int) (ChronoUnit.MONTHS.between(s.firstDay(),
        LocalDate.ofInstant(start, ZoneOffset.UTC)) / 3);
    double sev = severity(j, Math.min(quarter, s.quarters() - 1));
    double halo = 0.35 * gauss();
    double planned = stage.plannedMinutes() == null ? 45 : stage.plannedMinutes();
    double minutes = planned * LENGTH_FACTOR.getOrDefault(stage.id(), 1.0) * Math.exp(0.12 * gauss());
    Instant end = start.plusSeconds(Math.round(minutes * 60));
    double latencyHours = (j == slowFeedback ? 60 : 8) * Math.exp(0.9 * gauss());
    Instant submitted = end.plusSeconds(Math.round(latencyHours * 3600));
    double scaleMin = rubric.scale().min();
    double scaleMax = rubric.scale().max();
    double center = scaleMin + 0.52 * (scaleMax - scaleMin);
    double spread = 0.19 * (scaleMax - scaleMin);
    String[] ratingText = new String[rated.size()];
    Map<String, Double> values = new HashMap<>();
    for (int r = 0; r < rated.size(); r++) {
      int ci = comps.indexOf(rated.get(r));
      double u = rnd.nextDouble();
      // severity is in rating points: latent = center + spread·skill − severity + halo + noise
      double latent = center + spread * c.skill[ci] - sev + halo + noiseSd[ci] * gauss();
      double y = Math.max(scaleMin, Math.min(scaleMax, Math.rint(latent)));
      if (u < 0.03) {
        ratingText[r] = "";
      } else if (u < 0.04) {
        ratingText[r] = "no_decision";
      } else {
        values.put(rated.get(r), y);
        ratingText[r] = word(y, u);
      }
    }
    double composite = rubric.composite(values);
    double mean = values.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    String overall;
    if (Double.isNaN(mean) || rnd.nextDouble() < 0.02) {
      overall = "no_decision";
    } else {
      double unit = rubric.scale().unit(mean);
      overall = unit >= 0.72 ? "strong_yes" : unit >= 0.55 ? "yes" : unit >= 0.38 ? "no" : "definitely_not";
    }
    String confidence = switch (rnd.nextInt(10)) {
      case 0, 1 -> "low";
      case 2, 3, 4, 5, 6 -> "medium";
      default -> "high";
    };
    for (int r = 0; r < rated.size(); r++) {
      String text = ratingText[r];
      boolean extreme = text.equals(fmt(scaleMin)) || text.equals(fmt(scaleMax));
      String evidence = rnd.nextDouble() < (extreme ? 0.65 : 0.9) ? EVIDENCE[rnd.nextInt(EVIDENCE.length)] : "";
      String risk = rnd.nextDouble() < 0.3 ? RISK[rnd.nextInt(RISK.length)] : "";
      writeRow(out, List.of(scorecardId, interviewId, c.id, c.jobId, stage.id(), ivIds[j], role,
          ts(start), ts(submitted), ts(start), ts(end), rated.get(r), text, overall, confidence,
          evidence, risk));
      ratingRows++;
    }
    return role.equals("shadow") ? Double.NaN : composite;
  }

  /** A rating as exported: mostly a number, sometimes the rubric's word for it. */
  private String word(double y, double u) {
    if (u > 0.97) {
      for (Map.Entry<String, Double> e : rubric.ratingWords().entrySet()) {
        if (e.getValue() == y) {
          return e.getKey();
        }
      }
    }
    return fmt(y);
  }

  private void outcome(Candidate c, String decision, Instant decidedAt, BufferedWriter oc) throws IOException {
    String start = "";
    String perf = "";
    String terminated = "";
    if (decision.equals("hired")) {
      LocalDate startDate = LocalDate.ofInstant(decidedAt, ZoneOffset.UTC).plusDays(14 + rnd.nextInt(32));
      start = startDate.toString();
      double p = dot(perfWeight, c.skill) / norm(perfWeight);
      double r = dot(retentionWeight, c.skill) / norm(retentionWeight);
      double perfValue = Math.max(1, Math.min(5, 3.2 + 0.7 * p + 0.45 * gauss()));
      double gauss = gauss();
      if (!startDate.plusDays(180).isAfter(s.outcomesAsOf())) {
        perf = String.format(Locale.ROOT, "%.1f", perfValue);
      }
      double leave12 = 1 / (1 + Math.exp(1.2 + 1.1 * r));
      double months = rnd.nextDouble() < leave12 ? 1 + 11 * rnd.nextDouble() : 12 + 36 * rnd.nextDouble() + 4 * Math.abs(gauss);
      LocalDate left = startDate.plusDays(Math.round(months * 30.4));
      if (!left.isAfter(s.outcomesAsOf())) {
        terminated = left.toString();
      }
    }
    writeRow(oc, List.of(c.id, decision, decidedAt == null ? "" : ts(decidedAt), start, perf, terminated));
  }

  private void writePlanted(Path file) throws IOException {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("description", "Effects planted by the generator; severity is in rating points, positive = harsher.");
    p.put("seed", s.seed());
    p.put("candidates", s.candidates());
    p.put("quarters", s.quarters());
    p.put("first_day", s.firstDay().toString());
    p.put("export_day", s.exportDay().toString());
    p.put("outcomes_as_of", s.outcomesAsOf().toString());
    p.put("rating_model", "rating = clamp(round(center + spread*skill - severity(interviewer, quarter) + halo + noise(competency)))");
    p.put("halo_sd", 0.35);
    List<Map<String, Object>> ivs = new ArrayList<>();
    List<String> harsh = new ArrayList<>();
    List<String> lenient = new ArrayList<>();
    List<String> drifting = new ArrayList<>();
    for (int j = 0; j < ivIds.length; j++) {
      Map<String, Object> iv = new LinkedHashMap<>();
      iv.put("interviewer_id", ivIds[j]);
      iv.put("kind", ivKind[j]);
      iv.put("severity", round(ivBase[j]));
      iv.put("drift_per_quarter", ivDrift[j]);
      Map<String, Object> byPeriod = new LinkedHashMap<>();
      for (int q = 0; q < s.quarters(); q++) {
        byPeriod.put(PeriodUnit.QUARTER.label(s.firstDay().plusMonths(3L * q)), round(severity(j, q)));
      }
      iv.put("severity_by_period", byPeriod);
      ivs.add(iv);
      switch (ivKind[j]) {
        case "harsh" -> harsh.add(ivIds[j]);
        case "lenient" -> lenient.add(ivIds[j]);
        case "drifting_harsher", "drifting_more_lenient" -> drifting.add(ivIds[j]);
        default -> { }
      }
    }
    p.put("harsh_interviewers", harsh);
    p.put("lenient_interviewers", lenient);
    p.put("drifting_interviewers", drifting);
    p.put("strong_candidate_interviewer", ivIds[confounded]);
    p.put("slow_feedback_interviewer", ivIds[slowFeedback]);
    p.put("interviewers", ivs);
    Map<String, Object> cs = new LinkedHashMap<>();
    for (int c = 0; c < comps.size(); c++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("noise_sd", noiseSd[c]);
      m.put("performance_weight", perfWeight[c]);
      m.put("retention_weight", retentionWeight[c]);
      cs.put(comps.get(c), m);
    }
    p.put("competencies", cs);
    p.put("most_reliable_competency", comps.get(argMin(noiseSd)));
    p.put("least_reliable_competency", comps.get(argMax(noiseSd)));
    p.put("hire_decision", "follows the observed stage composites (the decision used the scores)");
    p.put("slow_stage", "onsite");
    p.put("median_days_in_stage", new LinkedHashMap<>(new java.util.TreeMap<>(MEDIAN_DAYS)));
    p.put("long_interview_stage", "onsite");
    p.put("interview_length_factor", new LinkedHashMap<>(new java.util.TreeMap<>(LENGTH_FACTOR)));
    p.put("extra_round_share", 0.08);
    p.put("missing_rating_share", 0.03);
    p.put("no_decision_share", 0.01);
    p.put("shadow_share_of_onsite_interviews", 0.06);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), p);
  }

  private double gauss() {
    // Box–Muller on the seeded sequence (SplittableRandom has no nextGaussian in Java 17)
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static int argMin(double[] a) {
    int k = 0;
    for (int i = 1; i < a.length; i++) {
      k = a[i] < a[k] ? i : k;
    }
    return k;
  }

  private static int argMax(double[] a) {
    int k = 0;
    for (int i = 1; i < a.length; i++) {
      k = a[i] > a[k] ? i : k;
    }
    return k;
  }

  private static double round(double v) {
    return Math.rint(v * 1000) / 1000;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String ts(Instant t) {
    return ISO.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void writeRow(BufferedWriter w, List<String> fields) throws IOException {
    w.write(Csv.line(fields));
    w.write('\n');
  }

  /** One output: a single file, or a folder of part files. */
  private final class Parts implements AutoCloseable {
    private final BufferedWriter[] writers;

    Parts(Path out, String name, List<String> header) throws IOException {
      String ext = s.gzip() ? ".csv.gz" : ".csv";
      writers = new BufferedWriter[s.parts()];
      for (int p = 0; p < s.parts(); p++) {
        Path file;
        if (s.parts() == 1) {
          file = out.resolve(name + ext);
        } else {
          Files.createDirectories(out.resolve(name));
          file = out.resolve(name).resolve(String.format(Locale.ROOT, "part-%05d%s", p, ext));
        }
        OutputStream os = Files.newOutputStream(file);
        if (s.gzip()) {
          os = new GZIPOutputStream(os, 1 << 16); // Java writes a zero modification time
        }
        writers[p] = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        writeRow(writers[p], header);
      }
    }

    BufferedWriter writer(int part) {
      return writers[part];
    }

    @Override
    public void close() throws IOException {
      for (BufferedWriter w : writers) {
        w.close();
      }
    }
  }

}
