package io.interviewcalibration.report;

/**
 * One headline figure of the Summary sheet, also written to {@code results/summary.csv} so that a
 * later run can compare against it ({@code --baseline}).
 *
 * @param key stable identifier (e.g. {@code reliability/core_technical}), used to match baselines
 * @param area what the figure is about (Reliability, Interviewers, Validity, Time to decision)
 * @param figure the figure in words
 * @param value the value (NaN when not available)
 * @param low lower end of its 95% interval (NaN when none)
 * @param high upper end of its 95% interval (NaN when none)
 * @param unit how to show it: {@code ratio} (0.00), {@code share} (0%), {@code days}, {@code count}
 * @param status traffic light against the job's thresholds
 * @param basis the threshold or reading behind the status, in words
 * @param sheet the detail sheet
 */
public record Headline(String key, String area, String figure, double value, double low, double high, String unit,
    Finding.Status status, String basis, String sheet) {}
