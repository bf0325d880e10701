package io.interviewcalibration.config;

/**
 * A score tier on the 0–100 composite: a candidate is in the highest tier whose {@code min} the
 * composite reaches.
 *
 * @param name tier name, e.g. {@code Elite}
 * @param min lowest composite in the tier (inclusive)
 * @param signal what the tier means for hiring, e.g. "move to the final round"
 */
public record Tier(String name, double min, String signal) {}
