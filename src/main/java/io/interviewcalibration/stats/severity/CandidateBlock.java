package io.interviewcalibration.stats.severity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything one candidate contributes to the severity model and the interviewer indicators: the
 * candidate's scorecards (one interviewer's feedback each) with their ratings, and the final
 * decision. Candidates are independent units of the model (a candidate's ratings share the
 * candidate effect; a scorecard's ratings share the scorecard effect), so a block is the unit a
 * distributed engine groups by; every statistic here is a sum over blocks.
 *
 * <p>Categorical values are indices into dictionaries the caller keeps (interviewers, periods,
 * stages, competencies). A rating of {@code NaN} is "not rated": the scorecard still counts (its
 * overall call, its latency) but the rating enters no model. Scorecards are kept in the order they
 * were added and the ratings of a scorecard are contiguous; callers add them in a fixed order
 * (e.g. by scorecard id, then competency) so that sums are reproducible.
 *
 * <p>Immutable and serialisable; build with {@link Builder}.
 */
public final class CandidateBlock implements Serializable {
  private static final long serialVersionUID = 1L;

  /** No final decision (withdrew, still active, or no outcomes input). */
  public static final byte NO_DECISION = -1;
  /** Final decision: not hired. */
  public static final byte NOT_HIRED = 0;
  /** Final decision: hired. */
  public static final byte HIRED = 1;

  private final byte decision;
  private final int[] interviewer;
  private final int[] period;
  private final int[] stage;
  private final byte[] overall;
  private final float[] latencyHours;
  private final boolean[] inWindow;
  private final int[] start;
  private final byte[] competency;
  private final double[] rating;
  private final boolean[] evidence;

  private CandidateBlock(Builder b) {
    int s = b.interviewer.size();
    decision = b.decision;
    interviewer = new int[s];
    period = new int[s];
    stage = new int[s];
    overall = new byte[s];
    latencyHours = new float[s];
    inWindow = new boolean[s];
    start = new int[s + 1];
    for (int k = 0; k < s; k++) {
      interviewer[k] = b.interviewer.get(k);
      period[k] = b.period.get(k);
      stage[k] = b.stage.get(k);
      overall[k] = b.overall.get(k);
      latencyHours[k] = b.latency.get(k);
      inWindow[k] = b.window.get(k);
      start[k] = b.start.get(k);
    }
    start[s] = b.competency.size();
    int r = b.competency.size();
    competency = new byte[r];
    rating = new double[r];
    evidence = new boolean[r];
    for (int i = 0; i < r; i++) {
      competency[i] = b.competency.get(i);
      rating[i] = b.rating.get(i);
      evidence[i] = b.evidence.get(i);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Final decision: {@link #HIRED}, {@link #NOT_HIRED} or {@link #NO_DECISION}. */
  public byte decision() {
    return decision;
  }

  /** Number of scorecards. */
  public int scorecards() {
    return interviewer.length;
  }

  /** Interviewer index of scorecard {@code k}. */
  public int interviewer(int k) {
    return interviewer[k];
  }

  /** Period index of scorecard {@code k}. */
  public int period(int k) {
    return period[k];
  }

  /** Stage index of scorecard {@code k}. */
  public int stage(int k) {
    return stage[k];
  }

  /** Overall call of scorecard {@code k}: 1–4 (definitely_not, no, yes, strong_yes), 0 = none. */
  public int overall(int k) {
    return overall[k];
  }

  /** Hours from interview to submission of scorecard {@code k}; {@code NaN} when unknown. */
  public double latencyHours(int k) {
    return latencyHours[k];
  }

  /** Whether scorecard {@code k} lies in the analysis window. */
  public boolean inWindow(int k) {
    return inWindow[k];
  }

  /** Index of the first rating of scorecard {@code k}. */
  public int firstRating(int k) {
    return start[k];
  }

  /** Index after the last rating of scorecard {@code k}. */
  public int endRating(int k) {
    return start[k + 1];
  }

  /** Total number of rating rows (rated or not). */
  public int ratings() {
    return rating.length;
  }

  /** Competency index of rating {@code r}. */
  public int competency(int r) {
    return competency[r];
  }

  /** Value of rating {@code r}; {@code NaN} = not rated. */
  public double rating(int r) {
    return rating[r];
  }

  /** Whether rating {@code r} came with written evidence. */
  public boolean evidence(int r) {
    return evidence[r];
  }

  /** Number of rated (non-NaN) ratings of scorecard {@code k}. */
  public int rated(int k) {
    int n = 0;
    for (int r = start[k]; r < start[k + 1]; r++) {
      n += Double.isNaN(rating[r]) ? 0 : 1;
    }
    return n;
  }

  @Override
  public String toString() {
    return "CandidateBlock[" + scorecards() + " scorecards, " + ratings() + " ratings, interviewers "
        + Arrays.toString(interviewer) + "]";
  }

  /** Collects a candidate's scorecards and ratings. Not thread-safe. */
  public static final class Builder {
    private byte decision = NO_DECISION;
    private final List<Integer> interviewer = new ArrayList<>();
    private final List<Integer> period = new ArrayList<>();
    private final List<Integer> stage = new ArrayList<>();
    private final List<Byte> overall = new ArrayList<>();
    private final List<Float> latency = new ArrayList<>();
    private final List<Boolean> window = new ArrayList<>();
    private final List<Integer> start = new ArrayList<>();
    private final List<Byte> competency = new ArrayList<>();
    private final List<Double> rating = new ArrayList<>();
    private final List<Boolean> evidence = new ArrayList<>();

    private Builder() {}

    /** Sets the final decision ({@link #HIRED}, {@link #NOT_HIRED} or {@link #NO_DECISION}). */
    public Builder decision(byte d) {
      if (d < NO_DECISION || d > HIRED) {
        throw new IllegalArgumentException("decision must be -1, 0 or 1, got " + d);
      }
      decision = d;
      return this;
    }

    /**
     * Starts a scorecard; the ratings added next belong to it.
     *
     * @param interviewerIndex interviewer index (≥ 0)
     * @param periodIndex period index (≥ 0)
     * @param stageIndex stage index (≥ 0)
     * @param overallCall 1–4, or 0 for no overall call
     * @param latency hours from interview to submission, or {@code NaN}
     * @param window whether the scorecard lies in the analysis window
     */
    public Builder scorecard(int interviewerIndex, int periodIndex, int stageIndex, int overallCall,
        double latency, boolean window) {
      if (interviewerIndex < 0 || periodIndex < 0 || stageIndex < 0 || overallCall < 0 || overallCall > 4) {
        throw new IllegalArgumentException("bad scorecard indices");
      }
      interviewer.add(interviewerIndex);
      period.add(periodIndex);
      stage.add(stageIndex);
      overall.add((byte) overallCall);
      this.latency.add((float) latency);
      this.window.add(window);
      start.add(competency.size());
      return this;
    }

    /**
     * Adds a rating to the current scorecard.
     *
     * @param competencyIndex competency index, 0–126
     * @param value the rating, or {@code NaN} for "not rated"
     * @param hasEvidence whether written evidence came with it
     */
    public Builder rating(int competencyIndex, double value, boolean hasEvidence) {
      if (interviewer.isEmpty()) {
        throw new IllegalStateException("a rating needs a scorecard first");
      }
      if (competencyIndex < 0 || competencyIndex > Byte.MAX_VALUE) {
        throw new IllegalArgumentException("competency index out of range: " + competencyIndex);
      }
      competency.add((byte) competencyIndex);
      rating.add(value);
      evidence.add(hasEvidence);
      return this;
    }

    /** Whether no scorecard was added. */
    public boolean isEmpty() {
      return interviewer.isEmpty();
    }

    public CandidateBlock build() {
      return new CandidateBlock(this);
    }
  }
}
