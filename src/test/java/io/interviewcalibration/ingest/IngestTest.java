package io.interviewcalibration.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interviewcalibration.config.JobDefinition;
import io.interviewcalibration.config.UserError;
import io.interviewcalibration.testing.SparkTestBase;
import io.interviewcalibration.testing.TestJobs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation rule with its reason code, record numbers, header variants and the counting law. */
class IngestTest extends SparkTestBase {
  @TempDir Path dir;

  private final JobDefinition job = TestJobs.sampleQuarter();

  private Ingested ingest(InputKind kind, String file, String content) throws IOException {
    Path p = dir.resolve(file);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    Ingest ingest = new Ingest(spark, job);
    return ingest.run(ingest.resolve(kind, p.toString()));
  }

  /** line → reason of every rejected row. */
  private static Map<Long, String> rejects(Ingested in) {
    Map<Long, String> out = new TreeMap<>();
    for (Row r : in.rejected().select(col(SourceReader.LINE), col(Validation.REASON)).collectAsList()) {
      out.put(r.getLong(0), r.getString(1));
    }
    return out;
  }

  private static void assertCountingLaw(Ingested in) {
    InputCounts c = in.counts();
    assertThat(c.read()).isEqualTo(c.accepted() + c.rejected());
    assertThat(c.rejectedByReason().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(c.rejected());
    assertThat(c.excludedByReason().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(c.excluded());
    assertThat(in.checked().count()).isEqualTo(c.read());
  }

  @Test
  void scorecardsWithOneBadRowOfEachKindYieldExactlyThoseRejects() throws IOException {
    // Header in another order and case, with a byte-order mark and spaces; a quoted evidence cell
    // holding a comma and a line break (record 2 spans two physical lines).
    String h = "\uFEFFCandidate_ID, Scorecard_Id ,stage,INTERVIEWER_ID,submitted_at,competency,rating,"
        + "overall_recommendation,confidence,interviewer_role,evidence\n";
    String csv = h
        + "C1,SC1,onsite,iv1,2026-08-01T10:00:00Z,core_technical,3,yes,high,,ok\n"              // 1 ok
        + "C1,SC1,onsite,iv1,2026-08-01T10:00:00Z,llm_genai,aware,yes,high,,\"a, b\nc\"\n"       // 2 ok (word)
        + "C1,,onsite,iv1,2026-08-01T10:00:00Z,core_technical,3,yes,high,,\n"                   // 3 missing id
        + "C1,SC2,onsite,iv1,yesterday,core_technical,3,yes,high,,\n"                           // 4 timestamp
        + "C1,SC2,onsite,iv1,2026-08-01,=SUM(A1),3,yes,high,,\n"                                // 5 competency
        + "C1,SC2,onsite,iv1,2026-08-01,portfolio,7,yes,high,,\n"                               // 6 rating
        + "C1,SC2,onsite,iv1,2026-08-01,agentic_workflows,2,maybe,high,,\n"                     // 7 overall
        + "C1,SC2,onsite,iv1,2026-08-01,problem_solving,2,yes,very,,\n"                         // 8 confidence
        + "C1,SC1,onsite,iv1,2026-08-01T10:00:00Z,core_technical,3,yes,high,,ok\n"              // 9 duplicate of 1
        + "C2,SC3,onsite,iv2,2026-08-02,core_technical,2,no,low,,\n"                            // 10 conflict
        + "C2,SC3,onsite,iv2,2026-08-02,core_technical,4,no,low,,\n"                            // 11 conflict
        + "C2,SC4,onsite,iv1,2026-08-02,llm_genai,2,no,low,,\n"                                 // 12 inconsistent
        + "C2,SC4,onsite,iv3,2026-08-02,portfolio,2,no,low,,\n"                                 // 13 inconsistent
        + "C2,SC5,onsite,iv4,2026-08-02,llm_genai,2,no,low,shadow,\n"                           // 14 shadow
        + "C2,SC6,onsite,iv5,2026-08-02,llm_genai,no_decision,no_decision,2,,\n"                // 15 not rated
        + "C2,SC7,onsite,iv5,2026-08-02,llm_genai,2,no,2,,,extra,fields\n";                     // 16 malformed
    Ingested in = ingest(InputKind.SCORECARDS, "scorecards.csv", csv);

    Map<Long, String> expected = new LinkedHashMap<>();
    expected.put(3L, "missing_required_value");
    expected.put(4L, "unparseable_timestamp");
    expected.put(5L, "unknown_competency");
    expected.put(6L, "invalid_rating");
    expected.put(7L, "invalid_overall_recommendation");
    expected.put(8L, "invalid_confidence");
    expected.put(9L, "duplicate");
    expected.put(10L, "conflicting_duplicate");
    expected.put(11L, "conflicting_duplicate");
    expected.put(12L, "inconsistent_scorecard");
    expected.put(13L, "inconsistent_scorecard");
    expected.put(16L, "malformed_row");
    assertThat(rejects(in)).containsExactlyEntriesOf(new TreeMap<>(expected));
    assertThat(in.counts().read()).isEqualTo(16);
    assertThat(in.counts().rejected()).isEqualTo(12);
    assertThat(in.counts().excluded()).isEqualTo(1);
    assertThat(in.counts().excludedByReason()).containsExactly(Map.entry("shadow_interviewer", 1L));
    assertCountingLaw(in);

    Row missing = in.rejected().filter(col(SourceReader.LINE).equalTo(3)).select(Validation.COLUMN).first();
    assertThat(missing.getString(0)).isEqualTo("scorecard_id");
    Row bad = in.rejected().filter(col(SourceReader.LINE).equalTo(5)).select(Validation.COLUMN, Validation.VALUE).first();
    assertThat(bad.getString(0)).isEqualTo("competency");
    assertThat(bad.getString(1)).isEqualTo("=SUM(A1)");

    List<Row> used = in.used().orderBy(col(SourceReader.LINE))
        .select("competency", "rating", "overall", "confidence", "evidence_chars").collectAsList();
    assertThat(used).hasSize(3);
    assertThat(used.get(0).getDouble(1)).isEqualTo(3.0);
    assertThat(used.get(1).getString(0)).isEqualTo("llm_genai");
    assertThat(used.get(1).getDouble(1)).as("rating word 'aware'").isEqualTo(3.0);
    assertThat(used.get(1).getInt(4)).as("evidence with comma and newline").isEqualTo("a, b\nc".length());
    assertThat(used.get(2).isNullAt(1)).as("no_decision = not rated").isTrue();
    assertThat(used.get(2).isNullAt(2)).isTrue();
  }

  @Test
  void timestampsAreIsoDatesOrDateTimesWithOrWithoutOffset() throws IOException {
    String csv = "scorecard_id,candidate_id,stage,interviewer_id,submitted_at,competency,rating\n"
        + "S1,C1,onsite,iv1,2026-08-01,portfolio,1\n"
        + "S2,C1,onsite,iv1,2026-08-01T10:15,portfolio,1\n"
        + "S3,C1,onsite,iv1,2026-08-01T10:15:30Z,portfolio,1\n"
        + "S4,C1,onsite,iv1,2026-08-01T10:15:30.250+02:00,portfolio,1\n"
        + "S5,C1,onsite,iv1,2026-08-01 10:15:30,portfolio,1\n"
        + "S6,C1,onsite,iv1,01/08/2026,portfolio,1\n"
        + "S7,C1,onsite,iv1,2026,portfolio,1\n";
    Ingested in = ingest(InputKind.SCORECARDS, "ts.csv", csv);
    Map<String, Instant> parsed = new TreeMap<>();
    for (Row r : in.used().select("scorecard_id", "submitted_at").collectAsList()) {
      parsed.put(r.getString(0), r.getTimestamp(1).toInstant());
    }
    assertThat(parsed).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "S1", Instant.parse("2026-08-01T00:00:00Z"),
        "S2", Instant.parse("2026-08-01T10:15:00Z"),
        "S3", Instant.parse("2026-08-01T10:15:30Z"),
        "S4", Instant.parse("2026-08-01T08:15:30.250Z"),
        "S5", Instant.parse("2026-08-01T10:15:30Z"))));
    assertThat(rejects(in)).containsExactlyEntriesOf(new TreeMap<>(Map.of(6L, "unparseable_timestamp", 7L, "unparseable_timestamp")));
  }

  @Test
  void stageRowsBreakingARuleAreRejectedWithTheirReason() throws IOException {
    String csv = "candidate_id,job_id,stage,entered_at,exited_at,exit_reason\n"
        + "C1,j,onsite,2026-08-01,2026-08-05,advanced\n"            // 1 ok
        + "C1,j,onsite,2026-08-03,2026-08-09,rejected\n"            // 2 overlaps 1
        + "C2,j,onsite,2026-08-05,2026-08-01,advanced\n"            // 3 exit before entry
        + "C3,j,onsite,2026-08-05,2026-08-06,promoted\n"            // 4 exit reason
        + "C4,j,onsite,soon,,\n"                                     // 5 timestamp
        + "C5,j,,2026-08-05,,\n"                                     // 6 missing stage
        + "C6,j,onsite,2026-08-05,2026-08-07,advanced\n"            // 7 ok
        + "C6,j,onsite,2026-08-05,2026-08-07,advanced\n"            // 8 duplicate
        + "C7,j,onsite,2026-08-05,2026-08-07,advanced\n"            // 9 conflict
        + "C7,j,onsite,2026-08-05,2026-08-08,advanced\n"            // 10 conflict
        + "C8,j,onsite,2026-08-05,,\n"                               // 11 ok, still in stage
        + "C8,j,offer,2026-08-09,,\n";                               // 12 ok
    Ingested in = ingest(InputKind.STAGES, "stages.csv", csv);
    assertThat(rejects(in)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        2L, "overlapping_visit", 3L, "exit_before_entry", 4L, "invalid_exit_reason",
        5L, "unparseable_timestamp", 6L, "missing_required_value", 8L, "duplicate",
        9L, "conflicting_duplicate", 10L, "conflicting_duplicate")));
    assertCountingLaw(in);
  }

  @Test
  void outcomeRowsBreakingARuleAreRejectedWithTheirReason() throws IOException {
    String csv = "candidate_id,decision,decided_at,start_date,performance_rating,terminated_at\n"
        + "C1,hired,2026-01-01,2026-02-01,4.2,\n"     // 1 ok
        + "C2,maybe,,,,\n"                            // 2 unknown decision
        + "C3,1,2026-01-01,2026-02-01,9,\n"           // 3 performance off scale
        + "C4,0,not a date,,,\n"                      // 4 timestamp
        + "C5,rejected,,,,\n"                         // 5 conflict
        + "C5,withdrew,,,,\n"                         // 6 conflict
        + ",hired,,,,\n";                             // 7 missing candidate
    Ingested in = ingest(InputKind.OUTCOMES, "outcomes.csv", csv);
    assertThat(rejects(in)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        2L, "unknown_decision", 3L, "invalid_performance_rating", 4L, "unparseable_timestamp",
        5L, "conflicting_duplicate", 6L, "conflicting_duplicate", 7L, "missing_required_value")));
    assertCountingLaw(in);
    Row hired = in.used().select("decision", "performance_rating").first();
    assertThat(hired.getString(0)).isEqualTo("hired");
    assertThat(hired.getDouble(1)).isEqualTo(4.2);
  }

  @Test
  void recordNumbersCountWithinEachFileOfAFolderOfParts() throws IOException {
    Path parts = dir.resolve("parts");
    Files.createDirectories(parts);
    String header = "candidate_id,decision\n";
    Files.writeString(parts.resolve("part-1.csv"), header + "A1,hired\nA2,bogus\nA3,hired\n");
    // the second part has its columns in another order
    Files.writeString(parts.resolve("part-2.csv"), "decision,candidate_id\nhired,B1\nbogus,B2\n");
    Files.writeString(parts.resolve("_SUCCESS"), "");
    Ingest ingest = new Ingest(spark, job);
    Ingested in = ingest.run(ingest.resolve(InputKind.OUTCOMES, parts.toString()));
    assertThat(in.counts().files()).hasSize(2);
    List<Row> rej = in.rejected().select(SourceReader.FILE, SourceReader.LINE).orderBy(SourceReader.FILE).collectAsList();
    assertThat(rej).hasSize(2);
    assertThat(rej.get(0).getString(0)).endsWith("part-1.csv");
    assertThat(rej.get(0).getLong(1)).isEqualTo(2);
    assertThat(rej.get(1).getString(0)).endsWith("part-2.csv");
    assertThat(rej.get(1).getLong(1)).isEqualTo(2);
    assertThat(in.used().select("candidate_id").collectAsList()).extracting(r -> r.getString(0))
        .containsExactlyInAnyOrder("A1", "A3", "B1");
  }

  @Test
  void parquetInputsAreReadWithTheSameRules() throws IOException {
    Path csv = dir.resolve("o.csv");
    Files.writeString(csv, "CANDIDATE_ID,Decision\nP1,hired\nP2,nope\n");
    Path pq = dir.resolve("o.parquet");
    spark.read().option("header", "true").csv(csv.toString()).coalesce(1).write().parquet(pq.toString());
    Ingest ingest = new Ingest(spark, job);
    Ingested in = ingest.run(ingest.resolve(InputKind.OUTCOMES, pq.toString()));
    assertThat(rejects(in)).containsExactlyEntriesOf(Map.of(2L, "unknown_decision"));
  }

  @Test
  void aMissingRequiredColumnStopsTheRunNamingFileAndColumn() throws IOException {
    Path p = dir.resolve("bad.csv");
    Files.writeString(p, "candidate_id,stage\nC1,onsite\n");
    Ingest ingest = new Ingest(spark, job);
    assertThatThrownBy(() -> ingest.run(ingest.resolve(InputKind.STAGES, p.toString())))
        .isInstanceOf(UserError.class)
        .hasMessage(p.toUri().toString().replace("file:///", "file:/") + ": missing required stages column 'entered_at'");
  }

  @Test
  void aMissingInputStopsTheRun() {
    Ingest ingest = new Ingest(spark, job);
    assertThatThrownBy(() -> ingest.resolve(InputKind.STAGES, dir.resolve("nope.csv").toString()))
        .isInstanceOf(UserError.class)
        .hasMessage(dir.resolve("nope.csv") + ": stages input not found");
  }
}
