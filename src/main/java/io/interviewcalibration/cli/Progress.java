package io.interviewcalibration.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints one line per finished step with the seconds since the run began, and keeps step timings. */
public final class Progress {
  private final PrintWriter out;
  private final long start = System.nanoTime();
  private long stepStart = start;
  private final Map<String, Double> steps = new LinkedHashMap<>();

  public Progress(PrintWriter out) {
    this.out = out;
  }

  /** Seconds since the run began. */
  public double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Ends the current step: records its time under {@code step} and prints {@code message}. */
  public void done(String step, String message) {
    long now = System.nanoTime();
    steps.merge(step, (now - stepStart) / 1e9, Double::sum);
    stepStart = now;
    out.printf(Locale.ROOT, "%7.1fs  %s%n", elapsed(), message);
    out.flush();
  }

  /** Prints a line without ending a step. */
  public void say(String message) {
    out.printf(Locale.ROOT, "%7.1fs  %s%n", elapsed(), message);
    out.flush();
  }

  public Map<String, Double> steps() {
    return steps;
  }
}
