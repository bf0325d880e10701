package io.interviewcalibration.stats.durations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Mergeable state of one stage group (stage × job × period; merge groups to pool them): a
 * {@link DurationSketch} of the stays plus exact counts of exit reasons and SLA breaches. Its
 * figures are {@link #result()}; see {@link StageStats} for their definitions.
 *
 * <p>A completed visit lasted {@code days = exited - entered}; an open visit has been in the stage
 * {@code elapsedDays = export time - entered} so far and is censored. Days may be calendar or
 * business days ({@link DayCount}); the SLA limit must use the same count.
 *
 * <p>Updated in place like {@link DurationSketch}: {@code add*} and {@link #merge} change and return
 * the receiver. The merge law holds exactly: the state of all visits equals the merge of the states
 * of any partition ({@link #toBytes()} is canonical).
 */
public final class StageVisits implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final byte VERSION = 1;

    private final double slaLimitDays;
    private final DurationSketch durations;
    private long advanced;
    private long hired;
    private long rejected;
    private long withdrew;
    private long unknownReason;
    private long slaBreaches;
    private long slaOverdueInProgress;

    private StageVisits(double slaLimitDays, DurationSketch durations) {
        if (!(Double.isNaN(slaLimitDays) || slaLimitDays >= 0)) {
            throw new IllegalArgumentException("SLA limit must be >= 0 or NaN: " + slaLimitDays);
        }
        this.slaLimitDays = slaLimitDays + 0.0;
        this.durations = durations;
    }

    /** An empty state without SLA limit, exact up to {@link DurationSketch#DEFAULT_EXACT_CAP} visits. */
    public static StageVisits create() {
        return create(Double.NaN, DurationSketch.DEFAULT_EXACT_CAP);
    }

    /**
     * An empty state.
     *
     * @param slaLimitDays the stage's limit in days ({@code NaN}: no SLA)
     * @param exactCap     visits kept exactly by the duration sketch
     */
    public static StageVisits create(double slaLimitDays, int exactCap) {
        return new StageVisits(slaLimitDays, DurationSketch.create(exactCap));
    }

    /**
     * Adds a completed visit.
     *
     * @param days   length of the stay, {@code >= 0}
     * @param reason why it ended; {@code null} when the export has no reason
     */
    public StageVisits addCompleted(double days, ExitReason reason) {
        durations.addCompleted(days);
        if (reason == null) {
            unknownReason++;
        } else {
            switch (reason) {
                case ADVANCED -> advanced++;
                case HIRED -> hired++;
                case REJECTED -> rejected++;
                case WITHDREW -> withdrew++;
                default -> throw new AssertionError(reason);
            }
        }
        if (days > slaLimitDays) {
            slaBreaches++;
        }
        return this;
    }

    /** Adds a visit still open at export, in the stage for {@code elapsedDays} so far. */
    public StageVisits addInProgress(double elapsedDays) {
        durations.addCensored(elapsedDays);
        if (elapsedDays > slaLimitDays) {
            slaOverdueInProgress++;
        }
        return this;
    }

    /**
     * Adds {@code other}'s visits to this state (changed and returned; {@code other} is not).
     *
     * @throws IllegalArgumentException if the SLA limits or exact caps differ
     */
    public StageVisits merge(StageVisits other) {
        if (Double.compare(slaLimitDays, other.slaLimitDays) != 0) {
            throw new IllegalArgumentException("cannot merge stage states with SLA limits "
                    + slaLimitDays + " and " + other.slaLimitDays);
        }
        StageVisits o = other == this ? other.copy() : other;
        durations.merge(o.durations);
        advanced += o.advanced;
        hired += o.hired;
        rejected += o.rejected;
        withdrew += o.withdrew;
        unknownReason += o.unknownReason;
        slaBreaches += o.slaBreaches;
        slaOverdueInProgress += o.slaOverdueInProgress;
        return this;
    }

    /** An independent copy. */
    public StageVisits copy() {
        StageVisits c = new StageVisits(slaLimitDays, durations.copy());
        c.advanced = advanced;
        c.hired = hired;
        c.rejected = rejected;
        c.withdrew = withdrew;
        c.unknownReason = unknownReason;
        c.slaBreaches = slaBreaches;
        c.slaOverdueInProgress = slaOverdueInProgress;
        return c;
    }

    /** The sketch of the stays (read it, do not add to it). */
    public DurationSketch durations() {
        return durations;
    }

    /** The figures of this group. */
    public StageStats result() {
        long completed = durations.completed();
        boolean sla = !Double.isNaN(slaLimitDays);
        return new StageStats(durations.summary(), advanced, hired, rejected, withdrew,
                unknownReason, Rate.of(advanced + hired, completed), Rate.of(rejected, completed),
                Rate.of(withdrew, completed), slaLimitDays,
                sla ? Rate.of(slaBreaches, completed) : Rate.of(0, 0), slaOverdueInProgress);
    }

    /** Compact canonical form: the SLA limit, the counts and the sketch's {@link DurationSketch#toBytes()}. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte('S');
            out.writeByte('V');
            out.writeByte(VERSION);
            out.writeDouble(slaLimitDays);
            for (long v : new long[] {advanced, hired, rejected, withdrew, unknownReason,
                    slaBreaches, slaOverdueInProgress}) {
                out.writeLong(v);
            }
            out.write(durations.toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads {@link #toBytes()}'s form.
     *
     * @throws IllegalArgumentException if the bytes are not a valid state
     */
    public static StageVisits fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != 'S' || in.readByte() != 'V' || in.readByte() != VERSION) {
                throw new IllegalArgumentException("not a stage visits state of a known version");
            }
            double sla = in.readDouble();
            long[] counts = new long[7];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = in.readLong();
                if (counts[i] < 0) {
                    throw new IllegalArgumentException("negative count");
                }
            }
            DurationSketch sketch = DurationSketch.fromBytes(in.readAllBytes());
            if (counts[0] + counts[1] + counts[2] + counts[3] + counts[4] != sketch.completed()) {
                throw new IllegalArgumentException("exit reasons do not add up to completed visits");
            }
            StageVisits s = new StageVisits(sla, sketch);
            s.advanced = counts[0];
            s.hired = counts[1];
            s.rejected = counts[2];
            s.withdrew = counts[3];
            s.unknownReason = counts[4];
            s.slaBreaches = counts[5];
            s.slaOverdueInProgress = counts[6];
            return s;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated stage visits state", e);
        }
    }

    private Object writeReplace() {
        return new SerializedForm(toBytes());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("serialised through SerializedForm");
    }

    private static final class SerializedForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        SerializedForm(byte[] bytes) {
            this.bytes = bytes;
        }

        private Object readResolve() {
            return fromBytes(bytes);
        }
    }
}
