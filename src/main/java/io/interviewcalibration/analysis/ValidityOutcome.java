package io.interviewcalibration.analysis;

import io.interviewcalibration.stats.validity.OutcomeType;
import java.util.Locale;

/**
 * The outcomes validity is measured against (CONTRACT.md, validity.csv {@code outcome}).
 *
 * <ul>
 *   <li>{@link #HIRED}: every decided candidate, hired = 1, rejected or withdrew = 0. The decision
 *       used the interview scores, so validity against it measures how much the decision followed
 *       the scores, not whether the scores predict success.</li>
 *   <li>{@link #PERFORMANCE}: hires with an on-the-job performance rating (continuous).</li>
 *   <li>{@link #RETAINED_12M}: hires whose start date is at least 12 months before the job's
 *       {@code outcomes_as_of}; 1 = still employed 12 months after the start, 0 = left before.</li>
 * </ul>
 */
public enum ValidityOutcome {
  HIRED(OutcomeType.BINARY, "Hired"),
  PERFORMANCE(OutcomeType.CONTINUOUS, "Performance"),
  RETAINED_12M(OutcomeType.BINARY, "Retained 12 months");

  private final OutcomeType type;
  private final String label;

  ValidityOutcome(OutcomeType type, String label) {
    this.type = type;
    this.label = label;
  }

  /** The name used in result files and job definitions: {@code hired}, {@code performance}, {@code retained_12m}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Binary (logistic models, AUC) or continuous (linear models, r). */
  public OutcomeType type() {
    return type;
  }

  /** The name readers see. */
  public String label() {
    return label;
  }

  /** Whether the outcome exists only for hires, so that its correlations are range-restricted. */
  public boolean hiresOnly() {
    return this != HIRED;
  }

  /** The outcome with the given id. */
  public static ValidityOutcome of(String id) {
    for (ValidityOutcome o : values()) {
      if (o.id().equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown outcome '" + id + "'");
  }

  /** The outcome's value per candidate: NaN where the candidate is not in its sample. */
  double[] values(CandidateFeatures f) {
    return switch (this) {
      case HIRED -> f.hired();
      case PERFORMANCE -> f.performance();
      case RETAINED_12M -> f.retained();
    };
  }
}
