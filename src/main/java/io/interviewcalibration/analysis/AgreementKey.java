package io.interviewcalibration.analysis;

import java.io.Serializable;
import java.util.Comparator;

/**
 * What a summed vector belongs to: a part of one agreement scope (competency × stage ×
 * confidence level, {@code ALL} = pooled) or one interviewer pair.
 *
 * @param part what the vector sums
 * @param competency rubric competency, {@code ALL} (the scorecard composite) or
 *     {@code overall_recommendation}; empty for pairs
 * @param stage stage or {@code ALL}; empty for pairs
 * @param confidence confidence level or {@code ALL}; empty for pairs
 * @param interviewer the interviewer of a {@link Part#CELL}, the first of a pair, else empty
 * @param other the second interviewer of a pair, else empty
 */
record AgreementKey(Part part, String competency, String stage, String confidence, String interviewer,
    String other) implements Serializable, Comparable<AgreementKey> {

  /** The parts of a scope or pair. */
  enum Part {
    /** Every unit of the scope, pairable or not: [units, ratings]; no replicates. */
    SEEN(false),
    /** The {@link UnitLayout} vectors of the scope's pairable units. */
    UNIT(true),
    /** One interviewer's ratings in the scope's pairable units: [n, Σy, Σ per-unit n²]. */
    CELL(true),
    /** An interviewer pair's shared candidates: [1 per candidate]; no replicates. */
    PAIR_COUNT(false),
    /** An interviewer pair's [shared candidates, contingency table of shared units]. */
    PAIR(true);

    private final boolean bootstrapped;

    Part(boolean bootstrapped) {
      this.bootstrapped = bootstrapped;
    }

    /** Whether its sums carry bootstrap replicates. */
    boolean bootstrapped() {
      return bootstrapped;
    }
  }

  private static final Comparator<AgreementKey> ORDER = Comparator.comparing(AgreementKey::part)
      .thenComparing(AgreementKey::competency).thenComparing(AgreementKey::stage)
      .thenComparing(AgreementKey::confidence).thenComparing(AgreementKey::interviewer)
      .thenComparing(AgreementKey::other);

  static AgreementKey seen(Scope s) {
    return new AgreementKey(Part.SEEN, s.competency(), s.stage(), s.confidence(), "", "");
  }

  static AgreementKey unit(Scope s) {
    return new AgreementKey(Part.UNIT, s.competency(), s.stage(), s.confidence(), "", "");
  }

  static AgreementKey cell(Scope s, String interviewer) {
    return new AgreementKey(Part.CELL, s.competency(), s.stage(), s.confidence(), interviewer, "");
  }

  static AgreementKey pairCount(String a, String b) {
    return new AgreementKey(Part.PAIR_COUNT, "", "", "", a, b);
  }

  static AgreementKey pair(String a, String b) {
    return new AgreementKey(Part.PAIR, "", "", "", a, b);
  }

  /** The scope of a scope part. */
  Scope scope() {
    return new Scope(competency, stage, confidence);
  }

  @Override
  public int compareTo(AgreementKey o) {
    return ORDER.compare(this, o);
  }

  /**
   * An agreement scope.
   *
   * @param competency rubric competency, {@code ALL} (composite) or {@code overall_recommendation}
   * @param stage stage or {@code ALL}
   * @param confidence confidence level or {@code ALL}
   */
  record Scope(String competency, String stage, String confidence) implements Serializable {}
}
