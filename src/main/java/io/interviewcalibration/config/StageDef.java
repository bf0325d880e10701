package io.interviewcalibration.config;

/**
 * A stage of the hiring process, in process order.
 *
 * @param id the value of the {@code stage} column (matched case-insensitively)
 * @param label the name readers see
 * @param plannedMinutes planned length of one interview at this stage, or null
 * @param slaDays longest planned wait in the stage, in days, or null
 */
public record StageDef(String id, String label, Double plannedMinutes, Double slaDays) {}
