package io.interviewcalibration.config;

/**
 * A rubric competency.
 *
 * @param id the value of the {@code competency} column (matched case-insensitively)
 * @param label the name readers see in the workbook
 * @param weight current weight in the rubric's units (shares of 1 or of 100)
 */
public record Competency(String id, String label, double weight) {}
