package io.interviewcalibration.analysis;

import static io.interviewcalibration.analysis.StagesAnalysis.ALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.interviewcalibration.analysis.StagesResult.CohortRow;
import io.interviewcalibration.analysis.StagesResult.StageRow;
import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.JobLoader;
import io.interviewcalibration.config.Period;
import io.interviewcalibration.generate.Generator;
import io.interviewcalibration.generate.GeneratorSettings;
import io.interviewcalibration.ingest.Ingested;
import io.interviewcalibration.ingest.InputKind;
import io.interviewcalibration.stats.durations.Cohort.FunnelStep;
import io.interviewcalibration.stats.durations.DayCount;
import io.interviewcalibration.stats.durations.DurationSummary;
import io.interviewcalibration.stats.durations.KaplanMeierQuantile;
import io.interviewcalibration.stats.durations.Rate;
import io.interviewcalibration.stats.durations.StageStats;
import io.interviewcalibration.testing.SparkTestBase;
import io.interviewcalibration.testing.TestJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time in stage, censoring, Kaplan–Meier, the funnel, time to decision and feedback latency on a
 * small hand-made export whose figures are worked out by hand below; and the planted slow stage
 * on generated data.
 *
 * <p>The job is the sample quarter: window 2026-Q3 (2026-07-01..2026-09-30), quarters, calendar
 * days, SLA limits recruiter_screen 5, phone_screen 7, onsite 10 days.
 */
class StagesAnalysisTest extends SparkTestBase {
  @TempDir static Path dir;

  private static final JobDefinition JOB = TestJobs.sampleQuarter();
  private static Ingested stages;
  private static Ingested scorecards;
  private static Ingested outcomes;
  private static StagesResult result;

  /*
   * Visits (days = exited - entered):
   *   ai-engineer phone_screen 2026-Q3: C1 2 adv, C2 4 rej, C3 6 adv, C4 8.5 withdrew, C5 open since 09-20
   *   ml-platform phone_screen 2026-Q3: C7 1 adv
   *   ai-engineer phone_screen 2026-Q2: C8 3 adv (entered 06-29: before the window)
   *   ai-engineer phone_screen 2026-Q4: C9 1 adv (entered 10-01: after the window's end, left out)
   *   ai-engineer take_home (not in the stage order): C1 3 adv
   *   ai-engineer onsite: C1 14 adv, C3 10 rej
   *   ai-engineer recruiter_screen: C6 2 adv;  ml-platform recruiter_screen: C10 1 rej
   * Export time = the latest timestamp = C9's exit, 2026-10-02T00:00Z; C5 has been in its stage
   * 12 days (09-20 -> 10-02) by then.
   */
  private static final String STAGES = """
      candidate_id,job_id,stage,entered_at,exited_at,exit_reason
      C1,ai-engineer,phone_screen,2026-07-01T00:00:00Z,2026-07-03T00:00:00Z,advanced
      C2,ai-engineer,phone_screen,2026-07-01T00:00:00Z,2026-07-05T00:00:00Z,rejected
      C3,ai-engineer,phone_screen,2026-07-02T00:00:00Z,2026-07-08T00:00:00Z,advanced
      C4,ai-engineer,phone_screen,2026-07-02T00:00:00Z,2026-07-10T12:00:00Z,withdrew
      C5,ai-engineer,phone_screen,2026-09-20T00:00:00Z,,
      C7,ml-platform,phone_screen,2026-08-03T00:00:00Z,2026-08-04T00:00:00Z,advanced
      C8,ai-engineer,phone_screen,2026-06-29T00:00:00Z,2026-07-02T00:00:00Z,advanced
      C9,ai-engineer,phone_screen,2026-10-01T00:00:00Z,2026-10-02T00:00:00Z,advanced
      C1,ai-engineer,take_home,2026-07-03T00:00:00Z,2026-07-06T00:00:00Z,advanced
      C1,ai-engineer,onsite,2026-07-06T00:00:00Z,2026-07-20T00:00:00Z,advanced
      C3,ai-engineer,onsite,2026-07-08T00:00:00Z,2026-07-18T00:00:00Z,rejected
      C6,ai-engineer,recruiter_screen,2026-09-28T00:00:00Z,2026-09-30T00:00:00Z,advanced
      C10,ml-platform,recruiter_screen,2026-07-15T00:00:00Z,2026-07-16T00:00:00Z,rejected
      """;

  /*
   * C5 active, C6 has no outcome row, C7 decided without a date, C10 decided before its first
   * entry (07-14 < 07-15). Days from first entry: C1 07-01 -> 07-25 = 24, C2 07-01 -> 07-05 = 4,
   * C3 07-02 -> 07-18 = 16, C4 07-02 -> 07-10T12 = 8.5; C5 active 09-20 -> 10-02 = 12 (censored).
   */
  private static final String OUTCOMES = """
      candidate_id,decision,decided_at
      C1,hired,2026-07-25T00:00:00Z
      C2,rejected,2026-07-05T00:00:00Z
      C3,rejected,2026-07-18T00:00:00Z
      C4,withdrew,2026-07-10T12:00:00Z
      C5,active,
      C7,hired,
      C8,rejected,2026-07-02T00:00:00Z
      C10,rejected,2026-07-14T00:00:00Z
      """;

  /*
   * One latency per scorecard (SC1 has two rating rows): SC1 6 h, SC2 24 h, SC3 no interview
   * time, SC4 submitted 2 h before the interview (left out), SC5 interviewed in 2026-Q2 (outside
   * the window), SC6 onsite 36 h.
   */
  private static final String SCORECARDS = """
      scorecard_id,candidate_id,job_id,stage,interviewer_id,interviewed_at,submitted_at,competency,rating
      SC1,C1,ai-engineer,phone_screen,iv1,2026-07-02T10:00:00Z,2026-07-02T16:00:00Z,core_technical,3
      SC1,C1,ai-engineer,phone_screen,iv1,2026-07-02T10:00:00Z,2026-07-02T16:00:00Z,llm_genai,4
      SC2,C2,ai-engineer,phone_screen,iv2,2026-07-02T10:00:00Z,2026-07-03T10:00:00Z,core_technical,2
      SC3,C3,ai-engineer,phone_screen,iv1,,2026-07-04T00:00:00Z,core_technical,3
      SC4,C4,ai-engineer,phone_screen,iv2,2026-07-05T12:00:00Z,2026-07-05T10:00:00Z,core_technical,3
      SC5,C8,ai-engineer,phone_screen,iv1,2026-06-30T10:00:00Z,2026-06-30T12:00:00Z,core_technical,3
      SC6,C1,ai-engineer,onsite,iv3,2026-07-10T09:00:00Z,2026-07-11T21:00:00Z,core_technical,4
      """;

  @BeforeAll
  static void runFixture() {
    stages = ParsedFixtures.parsed(spark, JOB, InputKind.STAGES, STAGES);
    scorecards = ParsedFixtures.parsed(spark, JOB, InputKind.SCORECARDS, SCORECARDS);
    outcomes = ParsedFixtures.parsed(spark, JOB, InputKind.OUTCOMES, OUTCOMES);
    result = new StagesAnalysis(JOB).run(stages, scorecards, outcomes);
  }

  private static StageRow row(List<StageRow> rows, String job, String stage, String period) {
    return rows.stream().filter(r -> r.jobId().equals(job) && r.stage().equals(stage) && r.period().equals(period))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + job + "/" + stage + "/" + period));
  }

  private static CohortRow cohort(String job, String period) {
    return result.cohorts().stream().filter(r -> r.jobId().equals(job) && r.period().equals(period))
        .findFirst().orElseThrow();
  }

  @Test
  void exportTimeIsTheLatestTimestampOfTheStagesInput() {
    assertThat(result.exportAt()).isEqualTo(Instant.parse("2026-10-02T00:00:00Z"));
    assertThat(result.exportBasis()).contains("2026-10-02 00:00 UTC");
  }

  @Test
  void completedStaysCensoringAndKaplanMeierOfOneGroup() {
    StageStats s = row(result.stages(), "ai-engineer", "phone_screen", "2026-Q3").visits();
    DurationSummary d = s.durations();
    // C1..C5: five visits, four completed {2, 4, 6, 8.5}, C5 still in stage
    assertThat(d.visits()).isEqualTo(5);
    assertThat(d.completed()).isEqualTo(4);
    assertThat(d.censored()).isEqualTo(1);
    // type 7, n = 4: p50 h = 3 * 0.5 = 1.5 -> 4 + 0.5 * (6 - 4) = 5
    assertThat(d.p50()).isCloseTo(5.0, within(1e-9));
    // p90 h = 3 * 0.9 = 2.7 -> 6 + 0.7 * (8.5 - 6) = 7.75
    assertThat(d.p90()).isCloseTo(7.75, within(1e-9));
    // mean (2 + 4 + 6 + 8.5) / 4 = 20.5 / 4 = 5.125
    assertThat(d.mean()).isCloseTo(5.125, within(1e-9));
    // Kaplan–Meier, 5 at risk: S(2) = 4/5 = 0.8, S(4) = 0.8 * 3/4 = 0.6, S(6) = 0.6 * 2/3 = 0.4 <= 0.5
    // -> median 6; S(8.5) = 0.4 * 1/2 = 0.2, then 12 is censored: S never reaches 0.1 -> p90 not reached
    assertThat(d.kmMedian().value()).isEqualTo(6.0);
    assertThat(d.kmP90().status()).isEqualTo(KaplanMeierQuantile.Status.NOT_REACHED);
    assertThat(d.exact()).isTrue();
    // exits: advanced C1, C3; rejected C2; withdrew C4 -> pass-through (2 + 0) / 4
    assertThat(s.passThrough()).isEqualTo(Rate.of(2, 4));
    assertThat(s.rejectedShare()).isEqualTo(Rate.of(1, 4));
    assertThat(s.withdrawnShare()).isEqualTo(Rate.of(1, 4));
    // SLA 7 days: 8.5 breaches (1 of 4 completed); C5 open for 12 days is overdue
    assertThat(s.slaLimitDays()).isEqualTo(7.0);
    assertThat(s.slaBreaches()).isEqualTo(Rate.of(1, 4));
    assertThat(s.slaOverdueInProgress()).isEqualTo(1);
  }

  @Test
  void pooledGroupsMergeTheJobsAndPeriodsOfTheWindowOnly() {
    // ALL jobs, 2026-Q3: C1..C5 and C7 -> completed {1, 2, 4, 6, 8.5}, C5 open; C8 (Q2) and C9 (Q4) left out
    DurationSummary q3 = row(result.stages(), ALL, "phone_screen", "2026-Q3").visits().durations();
    assertThat(q3.visits()).isEqualTo(6);
    assertThat(q3.completed()).isEqualTo(5);
    // type 7, n = 5: h = 4 * 0.5 = 2 -> x[2] = 4; mean 21.5 / 5 = 4.3
    assertThat(q3.p50()).isCloseTo(4.0, within(1e-9));
    assertThat(q3.mean()).isCloseTo(4.3, within(1e-9));
    // the window holds one quarter, so pooling over periods changes nothing
    assertThat(row(result.stages(), ALL, "phone_screen", ALL).visits()).isEqualTo(
        row(result.stages(), ALL, "phone_screen", "2026-Q3").visits());
    assertThat(row(result.stages(), "ml-platform", "phone_screen", ALL).visits().passThrough()).isEqualTo(Rate.of(1, 1));
    assertThat(result.stages()).noneMatch(r -> r.period().equals("2026-Q2") || r.period().equals("2026-Q4"));
    // rows: jobs by name with ALL last, stages in process order then take_home, periods with ALL last
    List<String> keys = result.stages().stream().filter(r -> r.jobId().equals(ALL) && r.period().equals(ALL))
        .map(StageRow::stage).toList();
    assertThat(keys).containsExactly("recruiter_screen", "phone_screen", "onsite", "take_home");
    assertThat(result.unknownStages()).containsExactly("take_home");
    assertThat(result.stageOrder()).containsExactly("recruiter_screen", "phone_screen", "onsite",
        "hiring_manager", "offer", "take_home");
    StageRow takeHome = row(result.stages(), ALL, "take_home", ALL);
    assertThat(takeHome.slaDays()).isNaN();
    assertThat(takeHome.visits().slaBreaches()).isEqualTo(Rate.of(0, 0));
  }

  @Test
  void periodsUpToTheWindowsEndIncludeEarlierPeriods() {
    Map<String, Long> completedByPeriod = result.byPeriod().stream()
        .filter(r -> r.jobId().equals(ALL) && r.stage().equals("phone_screen"))
        .collect(Collectors.toMap(StageRow::period, r -> r.visits().durations().completed()));
    // Q2: C8; Q3: five completed; Q4 (after the window's end) is left out; never pooled over periods
    assertThat(completedByPeriod).containsExactlyInAnyOrderEntriesOf(Map.of("2026-Q2", 1L, "2026-Q3", 5L));
    assertThat(row(result.byPeriod(), "ai-engineer", "phone_screen", "2026-Q2").visits().durations().p50())
        .isEqualTo(3.0);
  }

  @Test
  void medianIntervalFromOrderStatistics() {
    // n = 5, p = 0.5: F(0) = 1/32 = 0.031 > 0.025 -> no lower limit; F(4) = 31/32 < 0.975 -> no upper limit
    StageRow q3 = row(result.stages(), ALL, "phone_screen", "2026-Q3");
    assertThat(q3.p50Ci().lowDefined()).isFalse();
    assertThat(q3.p50Ci().highDefined()).isFalse();
  }

  @Test
  void funnelOfTheCandidatesWhoEnteredInTheWindow() {
    CohortRow all = cohort(ALL, "2026-Q3");
    // first entries in Q3: C1..C7 and C10 (C8 entered in Q2, C9 in Q4)
    assertThat(all.candidates()).isEqualTo(8);
    Map<String, FunnelStep> steps = all.funnel().stream().collect(Collectors.toMap(FunnelStep::stage, s -> s));
    assertThat(all.funnel()).extracting(FunnelStep::stage).containsExactlyElementsOf(result.stageOrder());
    // reached: recruiter_screen C6, C10; phone_screen C1..C5, C7; onsite C1, C3; take_home C1
    assertThat(steps.get("recruiter_screen").reached()).isEqualTo(2);
    assertThat(steps.get("phone_screen").reached()).isEqualTo(6);
    assertThat(steps.get("onsite").reached()).isEqualTo(2);
    assertThat(steps.get("hiring_manager").reached()).isZero();
    assertThat(steps.get("take_home").reached()).isEqualTo(1);
    // conversion = reached both / reached previous: phone after recruiter 0 of 2 (nobody had both),
    // onsite after phone 2 of 6, hiring manager after onsite 0 of 2, offer after hiring manager 0 of 0
    assertThat(steps.get("recruiter_screen").conversion()).isNull();
    assertThat(steps.get("phone_screen").conversion()).isEqualTo(Rate.of(0, 2));
    assertThat(steps.get("onsite").conversion()).isEqualTo(Rate.of(2, 6));
    assertThat(steps.get("hiring_manager").conversion()).isEqualTo(Rate.of(0, 2));
    assertThat(steps.get("offer").conversion()).isEqualTo(Rate.of(0, 0));
    assertThat(steps.get("take_home").inStageOrder()).isFalse();
    assertThat(steps.get("take_home").conversion()).isNull();
    assertThat(cohort("ml-platform", ALL).candidates()).isEqualTo(2);
  }

  @Test
  void timeToDecisionCountsActiveCandidatesAsCensored() {
    CohortRow all = cohort(ALL, ALL);
    assertThat(all.hired()).isEqualTo(1);
    assertThat(all.rejected()).isEqualTo(2);
    assertThat(all.withdrew()).isEqualTo(1);
    assertThat(all.active()).isEqualTo(1);
    assertThat(all.noOutcome()).isEqualTo(1);
    assertThat(all.noDecisionDate()).isEqualTo(1);
    assertThat(all.decidedBeforeEntry()).isEqualTo(1);
    DurationSummary d = all.days();
    // decided {4, 8.5, 16, 24}: type 7 h = 1.5 -> 8.5 + 0.5 * 7.5 = 12.25; mean 52.5 / 4 = 13.125
    assertThat(d.p50()).isCloseTo(12.25, within(1e-9));
    assertThat(d.mean()).isCloseTo(13.125, within(1e-9));
    // KM with C5 censored at 12: S(4) = 4/5 = 0.8, S(8.5) = 0.8 * 3/4 = 0.6, 12 censored,
    // S(16) = 0.6 * 1/2 = 0.3 <= 0.5 -> median 16; S(24) = 0 -> p90 24
    assertThat(d.censored()).isEqualTo(1);
    assertThat(d.kmMedian().value()).isEqualTo(16.0);
    assertThat(d.kmP90().value()).isEqualTo(24.0);
  }

  @Test
  void feedbackLatencyIsOneValuePerScorecardInHours() {
    StagesResult.Feedback f = row(result.stages(), "ai-engineer", "phone_screen", "2026-Q3").feedback();
    // SC1..SC4 (SC5 interviewed before the window)
    assertThat(f.scorecards()).isEqualTo(4);
    assertThat(f.noInterviewTime()).isEqualTo(1);
    assertThat(f.negative()).isEqualTo(1);
    // {6, 24}: p50 = 6 + 0.5 * 18 = 15; p90 = 6 + 0.9 * 18 = 22.2
    assertThat(f.hours().completed()).isEqualTo(2);
    assertThat(f.hours().p50()).isCloseTo(15.0, within(1e-9));
    assertThat(f.hours().p90()).isCloseTo(22.2, within(1e-9));
    assertThat(row(result.stages(), ALL, "onsite", ALL).feedback().hours().p50()).isCloseTo(36.0, within(1e-9));
  }

  @Test
  void businessDaysCountOnlyMondayToFriday() throws IOException {
    JobDefinition business = JobLoader.parse(
        Files.readString(Path.of("jobs", "sample-quarter.yaml")) + "\nbusiness_days: true\n", "business.yaml");
    StagesResult r = new StagesAnalysis(business).run(stages, scorecards, outcomes);
    assertThat(r.dayCount()).isEqualTo(DayCount.BUSINESS);
    StageStats s = row(r.stages(), "ai-engineer", "phone_screen", "2026-Q3").visits();
    DurationSummary d = s.durations();
    // 2026-07-01 is a Wednesday. C1 Wed 07-01 -> Fri 07-03 = 2 (Wed, Thu); C2 -> Sun 07-05 = 3 (Wed-Fri);
    // C3 Thu 07-02 -> Wed 07-08 = 4 (Thu, Fri, Mon, Tue); C4 Thu 07-02 -> Fri 07-10 12:00 = 6.5
    // completed {2, 3, 4, 6.5}: type 7 median h = 1.5 -> 3 + 0.5 * 1 = 3.5; mean 15.5 / 4 = 3.875
    assertThat(d.p50()).isCloseTo(3.5, within(1e-9));
    assertThat(d.mean()).isCloseTo(3.875, within(1e-9));
    // SLA 7 business days: no completed stay over it; C5, open since Sun 09-20, has 9 business days
    // by the export (Fri 10-02 00:00: 21-25 Sep and 28 Sep-1 Oct) and is overdue
    assertThat(s.slaBreaches()).isEqualTo(Rate.of(0, 4));
    assertThat(s.slaOverdueInProgress()).isEqualTo(1);
  }

  @Test
  void approximateStatesStayWithinTheirStatedErrorOfTheExactValues() {
    // With at most 2 exact values per group every group of 3 or more visits is binned.
    StagesResult approx = new StagesAnalysis(JOB, 2).run(stages, scorecards, outcomes);
    for (StageRow exact : result.stages()) {
      StageRow a = row(approx.stages(), exact.jobId(), exact.stage(), exact.period());
      DurationSummary e = exact.visits().durations();
      DurationSummary d = a.visits().durations();
      assertThat(d.visits()).isEqualTo(e.visits());
      if (e.completed() > 0) {
        assertThat(Math.abs(d.p50() - e.p50())).as("p50 of %s", a).isLessThanOrEqualTo(d.p50Error());
        assertThat(Math.abs(d.p90() - e.p90())).as("p90 of %s", a).isLessThanOrEqualTo(d.p90Error());
        assertThat(d.mean()).isCloseTo(e.mean(), within(1e-6));
      }
    }
    assertThat(row(approx.stages(), ALL, "phone_screen", ALL).visits().durations().exact()).isFalse();
  }

  @Test
  void plantedSlowOnsiteStageIsFoundOnGeneratedData() throws IOException {
    Path gen = dir.resolve("generated");
    new Generator(JOB, GeneratorSettings.sample(7).withCandidates(1500)).write(gen);
    JobDefinition all = JOB.withPeriod(Period.ALL);
    Ingested st = ParsedFixtures.parsed(spark, all, InputKind.STAGES, Files.readString(gen.resolve("stages.csv")));
    StagesResult r = new StagesAnalysis(all).run(st, null, null);
    Map<String, Double> median = r.stages().stream()
        .filter(x -> x.jobId().equals(ALL) && x.period().equals(ALL))
        .collect(Collectors.toMap(StageRow::stage, x -> x.visits().durations().p50()));
    // planted: onsite median 14 days, the others 3-6 (log-normal, sigma 0.5)
    assertThat(median.get("onsite")).isBetween(12.0, 16.0);
    for (String s : List.of("recruiter_screen", "phone_screen", "hiring_manager", "offer")) {
      assertThat(median.get(s)).as(s).isBetween(2.0, 7.0);
    }
    // and it is the slowest stage in every quarter with enough completed visits
    Map<String, List<StageRow>> byPeriod = r.byPeriod().stream().filter(x -> x.jobId().equals(ALL))
        .collect(Collectors.groupingBy(StageRow::period));
    byPeriod.forEach((period, rows) -> {
      StageRow slowest = rows.stream()
          .filter(x -> x.visits().durations().completed() >= JOB.thresholds().minN())
          .max((a, b) -> Double.compare(a.visits().durations().p50(), b.visits().durations().p50())).orElseThrow();
      assertThat(slowest.stage()).as(period).isEqualTo("onsite");
    });
    assertThat(r.cohorts()).isNotEmpty();
    assertThat(r.cohorts().get(r.cohorts().size() - 1).noOutcome()).as("no outcomes input: not counted").isZero();
  }
}
