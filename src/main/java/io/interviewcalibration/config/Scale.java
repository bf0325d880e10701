package io.interviewcalibration.config;

/**
 * A rating scale: numbers from {@code min} to {@code max} in steps of {@code step}.
 *
 * @param min lowest rating on the scale
 * @param max highest rating on the scale
 * @param step spacing of valid ratings (1 for whole points); ratings off the grid are rejected
 */
public record Scale(double min, double max, double step) {
  public Scale {
    if (step <= 0) {
      step = 1;
    }
  }

  /** Position of a rating on 0..1, the composite's unit: (rating − min)/(max − min). */
  public double unit(double rating) {
    return (rating - min) / (max - min);
  }

  /** Whether a number is a valid rating: within [min, max] and on the step grid. */
  public boolean contains(double rating) {
    if (Double.isNaN(rating) || rating < min - 1e-9 || rating > max + 1e-9) {
      return false;
    }
    double k = (rating - min) / step;
    return Math.abs(k - Math.rint(k)) < 1e-9;
  }

  /** Number of points on the scale (e.g. 6 for 0–5 in whole points). */
  public int points() {
    return (int) Math.round((max - min) / step) + 1;
  }
}
