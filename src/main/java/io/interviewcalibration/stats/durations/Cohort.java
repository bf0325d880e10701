package io.interviewcalibration.stats.durations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Mergeable state of a cohort of candidates (e.g. those whose first stage entry falls in one job ×
 * period): the funnel of stages they reached and their time to decision.
 *
 * <h2>Funnel</h2>
 * A candidate <i>reached</i> a stage when it has at least one visit to it. For a stage of the
 * process order ({@code stageOrder}) other than the first, the conversion from the previous stage
 * is {@code (candidates who reached both the previous stage and this one) / (candidates who
 * reached the previous stage)}, a proportion with a Wilson interval ({@link Rate}). Stages outside
 * the order have a count but no conversion. Counts are taken at export time, so a cohort with
 * candidates still in process converts less than it will.
 *
 * <h2>Time to decision</h2>
 * Days from the candidate's first stage entry to its decision ({@code hired}, {@code rejected},
 * {@code withdrew}) in a {@link DurationSketch}; candidates still active count as censored at
 * their time in process so far. Candidates whose time cannot be measured are counted by reason
 * ({@link Untimed}) and left out of the sketch.
 *
 * <p>Updated in place ({@code add*}, {@link #merge} change and return the receiver). The merge law
 * holds exactly: merging the states of any partition of the candidates gives the state of all of
 * them ({@link #equals} compares the content; the sketch by its canonical bytes). Java
 * serialisation writes a compact form through the sketch's own.
 */
public final class Cohort implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why a candidate's time to decision could not be measured. */
    public enum Untimed {
        /** No outcome row for the candidate. */
        NO_OUTCOME,
        /** Decided, but the outcome has no {@code decided_at}. */
        NO_DECISION_DATE,
        /** The decision is dated before the first stage entry. */
        DECIDED_BEFORE_ENTRY
    }

    private final List<String> stageOrder;
    private long candidates;
    private final TreeMap<String, Long> reached = new TreeMap<>();
    private final TreeMap<String, Long> reachedWithPrevious = new TreeMap<>();
    private long hired;
    private long rejected;
    private long withdrew;
    private long active;
    private final long[] untimed = new long[Untimed.values().length];
    private final DurationSketch days;

    private Cohort(List<String> stageOrder, DurationSketch days) {
        this.stageOrder = List.copyOf(stageOrder);
        this.days = days;
    }

    /**
     * An empty cohort.
     *
     * @param stageOrder the process order of the known stages
     * @param exactCap   values kept exactly by the time-to-decision sketch
     */
    public static Cohort create(List<String> stageOrder, int exactCap) {
        return new Cohort(stageOrder, DurationSketch.create(exactCap));
    }

    /** Adds a candidate who reached the given stages (duplicates count once). */
    public Cohort addCandidate(Collection<String> stagesReached) {
        Set<String> set = new HashSet<>(stagesReached);
        candidates++;
        for (String s : set) {
            reached.merge(s, 1L, Long::sum);
        }
        for (int i = 1; i < stageOrder.size(); i++) {
            if (set.contains(stageOrder.get(i)) && set.contains(stageOrder.get(i - 1))) {
                reachedWithPrevious.merge(stageOrder.get(i), 1L, Long::sum);
            }
        }
        return this;
    }

    /**
     * Adds a decided candidate's time to decision.
     *
     * @param decision {@link ExitReason#HIRED}, {@link ExitReason#REJECTED} or {@link ExitReason#WITHDREW}
     * @param daysToDecision days from first stage entry to the decision, {@code >= 0}
     */
    public Cohort addDecided(ExitReason decision, double daysToDecision) {
        switch (decision) {
            case HIRED -> hired++;
            case REJECTED -> rejected++;
            case WITHDREW -> withdrew++;
            default -> throw new IllegalArgumentException("not a decision: " + decision);
        }
        days.addCompleted(daysToDecision);
        return this;
    }

    /** Adds a candidate still active at export, in process for {@code daysSoFar} (censored). */
    public Cohort addActive(double daysSoFar) {
        active++;
        days.addCensored(daysSoFar);
        return this;
    }

    /** Counts a candidate whose time to decision cannot be measured. */
    public Cohort addUntimed(Untimed reason) {
        untimed[reason.ordinal()]++;
        return this;
    }

    /**
     * Adds {@code other}'s candidates (this is changed and returned; {@code other} is not).
     *
     * @throws IllegalArgumentException if the stage orders or sketch caps differ
     */
    public Cohort merge(Cohort other) {
        if (!stageOrder.equals(other.stageOrder)) {
            throw new IllegalArgumentException("cannot merge cohorts of different stage orders");
        }
        Cohort o = other == this ? other.copy() : other;
        candidates += o.candidates;
        o.reached.forEach((k, v) -> reached.merge(k, v, Long::sum));
        o.reachedWithPrevious.forEach((k, v) -> reachedWithPrevious.merge(k, v, Long::sum));
        hired += o.hired;
        rejected += o.rejected;
        withdrew += o.withdrew;
        active += o.active;
        for (int i = 0; i < untimed.length; i++) {
            untimed[i] += o.untimed[i];
        }
        days.merge(o.days);
        return this;
    }

    /** An independent copy. */
    public Cohort copy() {
        Cohort c = new Cohort(stageOrder, days.copy());
        c.candidates = candidates;
        c.reached.putAll(reached);
        c.reachedWithPrevious.putAll(reachedWithPrevious);
        c.hired = hired;
        c.rejected = rejected;
        c.withdrew = withdrew;
        c.active = active;
        System.arraycopy(untimed, 0, c.untimed, 0, untimed.length);
        return c;
    }

    // ---------------------------------------------------------------- figures

    /** Candidates in the cohort. */
    public long candidates() {
        return candidates;
    }

    /** Candidates who reached {@code stage}. */
    public long reached(String stage) {
        return reached.getOrDefault(stage, 0L);
    }

    /** Every stage reached by at least one candidate, with its count (sorted by name). */
    public Map<String, Long> reached() {
        return java.util.Collections.unmodifiableMap(reached);
    }

    /** Decided candidates: hired + rejected + withdrew. */
    public long decided() {
        return hired + rejected + withdrew;
    }

    public long hired() {
        return hired;
    }

    public long rejected() {
        return rejected;
    }

    public long withdrew() {
        return withdrew;
    }

    /** Candidates still active at export. */
    public long active() {
        return active;
    }

    /** Candidates whose time to decision could not be measured for {@code reason}. */
    public long untimed(Untimed reason) {
        return untimed[reason.ordinal()];
    }

    /** The time-to-decision sketch (read it, do not add to it). */
    public DurationSketch days() {
        return days;
    }

    /**
     * The funnel in {@code displayOrder} (the process order, then other stages): candidates
     * reaching each stage, their share of the cohort and, for stages of the process order after
     * the first, the conversion from the previous stage.
     */
    public List<FunnelStep> funnel(List<String> displayOrder) {
        List<FunnelStep> out = new ArrayList<>();
        for (String stage : displayOrder) {
            int i = stageOrder.indexOf(stage);
            long n = reached(stage);
            Rate conversion = null;
            String previous = null;
            if (i > 0) {
                previous = stageOrder.get(i - 1);
                conversion = Rate.of(reachedWithPrevious.getOrDefault(stage, 0L), reached(previous));
            }
            out.add(new FunnelStep(stage, i >= 0, n, Rate.of(n, candidates), previous, conversion));
        }
        return out;
    }

    /**
     * One stage of a funnel.
     *
     * @param stage         the stage
     * @param inStageOrder  whether the stage is in the job's process order
     * @param reached       candidates who reached it
     * @param share         {@code reached / cohort}
     * @param previous      the previous stage of the process order, or null (first or unknown stage)
     * @param conversion    {@code reached both / reached previous}, or null when there is no previous stage
     */
    public record FunnelStep(String stage, boolean inStageOrder, long reached, Rate share,
            String previous, Rate conversion) {}

    @Override
    public boolean equals(Object o) {
        return o instanceof Cohort c && stageOrder.equals(c.stageOrder) && candidates == c.candidates
                && reached.equals(c.reached) && reachedWithPrevious.equals(c.reachedWithPrevious)
                && hired == c.hired && rejected == c.rejected && withdrew == c.withdrew
                && active == c.active && java.util.Arrays.equals(untimed, c.untimed)
                && java.util.Arrays.equals(days.toBytes(), c.days.toBytes());
    }

    @Override
    public int hashCode() {
        return Objects.hash(stageOrder, candidates, reached, hired, rejected, withdrew, active);
    }
}
