package io.interviewcalibration.report;

import io.interviewcalibration.ingest.InputCounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a run did, for the Summary and Data quality sheets and for run.json.
 *
 * @param job job name
 * @param jobFile job definition file
 * @param rubric rubric name
 * @param period analysis window label
 * @param started start of the run
 * @param seconds wall time so far
 * @param seed seed
 * @param inputs per-input counts
 * @param absent inputs not given, and what was skipped because of it
 * @param unknownStages stages found in the data but not in the job's stage order
 * @param firstRejects the first rejected rows (input, line, column, value, reason, file)
 * @param steps seconds per step, in order
 * @param versions versions of the job, Spark and Java
 * @param spark Spark master, executors and cores
 */
public record RunSummary(
    String job,
    String jobFile,
    String rubric,
    String period,
    Instant started,
    double seconds,
    long seed,
    List<InputCounts> inputs,
    Map<String, String> absent,
    Map<String, List<String>> unknownStages,
    List<List<String>> firstRejects,
    Map<String, Double> steps,
    Map<String, String> versions,
    Map<String, Object> spark) {}
