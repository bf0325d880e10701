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
import java.util.Arrays;

/**
 * Mergeable state of the durations of one group (e.g. stage × job × period): ended stays
 * ("completed", the events) and stays still open at export ("censored", their elapsed time so
 * far). From it come the count, mean and type-7 quantiles of completed durations and the
 * Kaplan–Meier curve with its quantiles.
 *
 * <h2>Two forms</h2>
 * <ul>
 *   <li><b>Exact</b> while the group holds at most {@link #exactCap()} values (completed plus
 *       censored; default {@value #DEFAULT_EXACT_CAP}): the values themselves. Every figure is the
 *       exact one.</li>
 *   <li><b>Approximate</b> above the cap: counts in fixed log-spaced bins (about 2,800 bins from
 *       {@code 1e-6} to {@code 1e6} units, bin edges in ratio {@code (1 + a) / (1 - a)},
 *       {@code a} = {@value #RELATIVE_ERROR}; one bin for exactly 0, one for {@code (0, 1e-6]}), plus
 *       exact counts, exact minimum and maximum and an exact fixed-point sum.</li>
 * </ul>
 * The form depends only on how many values the group holds, and a value always goes to the same
 * bin, so the state is a function of the multiset of values: adding in any order, or merging the
 * states of any partition of the values, gives the same state ({@link #toBytes()} is canonical,
 * byte for byte). This is the merge law, and it holds exactly in both forms.
 *
 * <h2>Error bound of the approximate form</h2>
 * Each value {@code x} is represented by its bin's representative {@code r(x)} with
 * {@code |r(x) - x| <= a x + d}, {@code a} = {@value #RELATIVE_ERROR} ({@link #RELATIVE_ERROR}),
 * {@code d} = {@value #ABSOLUTE_ERROR} ({@link #ABSOLUTE_ERROR}, the half-width of the bin next to 0).
 * Because {@code r} is non-decreasing, the k-th smallest representative is the representative of the
 * k-th smallest value, so every order statistic carries the same bound, and so does their linear
 * interpolation: for the type-7 quantile {@code q},
 * <pre>  |q' - q| <= (1-g)(a x_j + d) + g(a x_{j+1} + d) = a q + d.</pre>
 * The minimum and maximum are kept exactly (quantiles 0 and 1 are exact) and estimates are clamped
 * to them, which never increases the error. {@link #quantileError(double)} turns the bound into an
 * absolute error for a given estimate. For durations in days, {@code d} is 0.04 s and {@code a q}
 * is 0.3 s for a one-minute stay and 0.12 h for a day.
 *
 * <p>The Kaplan–Meier quantiles of the approximate form come with a guaranteed interval instead
 * of a uniform bound, because binning also loses the order of events and censorings inside a bin:
 * moving every censoring in a bin to the bin's upper edge can only raise the curve, to its lower
 * edge only lower it (a censored stay at risk for longer raises every later factor
 * {@code 1 - d/n}). The two binned curves, "events before censorings in a bin" and "censorings
 * first", therefore enclose the exact curve, and the exact Kaplan–Meier quantile lies between the
 * lower edge of the bin where the lower curve reaches the level and the upper edge of the bin where
 * the upper curve reaches it. The reported value is the representative of the latter bin, i.e. the
 * estimate of the data rounded to bin representatives under the usual tie convention; see
 * {@link KaplanMeierQuantile#lower()} and {@link KaplanMeierQuantile#upper()}.
 *
 * <h2>Mean</h2>
 * Over completed values. Exact form: compensated (Neumaier) sum of the sorted values, divided by
 * the count. Approximate form: from a 128-bit fixed-point sum of the values rounded to multiples
 * of {@code 2^-32} units, which is exact and order-free; the mean is then within {@code 2^-33}
 * units (about 10 microseconds in days) of the exact one.
 *
 * <h2>Values, units, conventions</h2>
 * Values are non-negative, at most {@link #MAX_VALUE}, and not NaN (anything else is an
 * {@link IllegalArgumentException}: negative or absurd durations are data errors for the caller to
 * reject and count). The sketch has no unit: stays and waits in days, interview lengths in minutes.
 * Ties in Kaplan–Meier: events before censorings (see {@link KaplanMeier}). Empty groups give
 * {@code NaN} figures and {@code NO_OBSERVATIONS}; a group with no completed stays gives
 * {@code NaN} mean and quantiles and {@code ALL_CENSORED}.
 *
 * <h2>Mutability</h2>
 * Like a Spark {@code Aggregator} buffer, a sketch is updated in place: {@code add*} and
 * {@link #merge} change the receiver (never the argument) and return it. Use {@link #copy()} for a
 * snapshot. Serialisable: {@link #toBytes()}/{@link #fromBytes(byte[])}, and Java serialisation
 * writes the same compact form. Not thread-safe.
 */
public final class DurationSketch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Default number of values kept exactly per group. */
    public static final int DEFAULT_EXACT_CAP = 100_000;
    /** Relative part {@code a} of the approximate form's error bound. */
    public static final double RELATIVE_ERROR = LogBins.RELATIVE_ERROR;
    /** Absolute part {@code d} of the approximate form's error bound, in the sketch's unit. */
    public static final double ABSOLUTE_ERROR = LogBins.ABSOLUTE_ERROR;
    /** Largest value accepted. */
    public static final double MAX_VALUE = LogBins.MAX_VALUE;

    private static final byte VERSION = 1;
    private static final byte FORM_EXACT = 0;
    private static final byte FORM_BINNED = 1;
    private static final double FIXED_POINT_SCALE = 0x1p32;

    private final int exactCap;
    private long completedCount;
    private long censoredCount;
    private double minCompleted = Double.POSITIVE_INFINITY;
    private double maxCompleted = Double.NEGATIVE_INFINITY;
    private double minCensored = Double.POSITIVE_INFINITY;
    private double maxCensored = Double.NEGATIVE_INFINITY;
    /** Fixed-point sum of completed values (units of 2^-32), as an unsigned 128-bit number. */
    private long sumHigh;
    private long sumLow;

    // exact form (both null once binned)
    private double[] completedValues = new double[8];
    private double[] censoredValues = new double[8];
    private boolean sorted = true;

    // approximate form (both null while exact)
    private long[] completedBins;
    private long[] censoredBins;

    private DurationSketch(int exactCap) {
        if (exactCap < 0) {
            throw new IllegalArgumentException("exact cap must be >= 0: " + exactCap);
        }
        this.exactCap = exactCap;
    }

    /** An empty sketch that is exact up to {@value #DEFAULT_EXACT_CAP} values. */
    public static DurationSketch create() {
        return new DurationSketch(DEFAULT_EXACT_CAP);
    }

    /**
     * An empty sketch that is exact up to {@code exactCap} values (0: approximate from the start).
     * Only sketches with equal caps merge.
     */
    public static DurationSketch create(int exactCap) {
        return new DurationSketch(exactCap);
    }

    // ---------------------------------------------------------------- updates

    /** Adds an ended stay of length {@code value}. */
    public DurationSketch addCompleted(double value) {
        double x = checked(value);
        if (completedBins == null && visits() < exactCap) {
            int n = (int) completedCount;
            completedValues = grow(completedValues, n);
            sorted &= n == 0 || completedValues[n - 1] <= x;
            completedValues[n] = x;
        } else {
            toBinned();
            completedBins[LogBins.index(x)]++;
        }
        countCompleted(x);
        return this;
    }

    /** Adds a stay still open at export time, {@code value} long so far (right-censored). */
    public DurationSketch addCensored(double value) {
        double x = checked(value);
        if (censoredBins == null && visits() < exactCap) {
            int n = (int) censoredCount;
            censoredValues = grow(censoredValues, n);
            sorted &= n == 0 || censoredValues[n - 1] <= x;
            censoredValues[n] = x;
        } else {
            toBinned();
            censoredBins[LogBins.index(x)]++;
        }
        countCensored(x);
        return this;
    }

    /**
     * Adds the content of {@code other} to this sketch (which is changed and returned;
     * {@code other} is not). The result is the sketch of the union of both groups' values.
     *
     * @throws IllegalArgumentException if the exact caps differ
     */
    public DurationSketch merge(DurationSketch other) {
        if (other.exactCap != exactCap) {
            throw new IllegalArgumentException(
                    "cannot merge sketches with exact caps " + exactCap + " and " + other.exactCap);
        }
        DurationSketch o = other == this ? other.copy() : other;
        if (completedBins == null && o.completedBins == null && visits() + o.visits() <= exactCap) {
            int nc = (int) completedCount;
            int mc = (int) o.completedCount;
            completedValues = Arrays.copyOf(completedValues, Math.max(8, nc + mc));
            System.arraycopy(o.completedValues, 0, completedValues, nc, mc);
            int ns = (int) censoredCount;
            int ms = (int) o.censoredCount;
            censoredValues = Arrays.copyOf(censoredValues, Math.max(8, ns + ms));
            System.arraycopy(o.censoredValues, 0, censoredValues, ns, ms);
            sorted = sorted && mc == 0 && ms == 0;
        } else {
            toBinned();
            if (o.completedBins != null) {
                for (int k = 0; k < LogBins.COUNT; k++) {
                    completedBins[k] += o.completedBins[k];
                    censoredBins[k] += o.censoredBins[k];
                }
            } else {
                for (int i = 0; i < o.completedCount; i++) {
                    completedBins[LogBins.index(o.completedValues[i])]++;
                }
                for (int i = 0; i < o.censoredCount; i++) {
                    censoredBins[LogBins.index(o.censoredValues[i])]++;
                }
            }
        }
        completedCount += o.completedCount;
        censoredCount += o.censoredCount;
        minCompleted = Math.min(minCompleted, o.minCompleted);
        maxCompleted = Math.max(maxCompleted, o.maxCompleted);
        minCensored = Math.min(minCensored, o.minCensored);
        maxCensored = Math.max(maxCensored, o.maxCensored);
        addToSum(o.sumHigh, o.sumLow);
        return this;
    }

    /** An independent copy. */
    public DurationSketch copy() {
        DurationSketch c = new DurationSketch(exactCap);
        c.completedCount = completedCount;
        c.censoredCount = censoredCount;
        c.minCompleted = minCompleted;
        c.maxCompleted = maxCompleted;
        c.minCensored = minCensored;
        c.maxCensored = maxCensored;
        c.sumHigh = sumHigh;
        c.sumLow = sumLow;
        c.sorted = sorted;
        c.completedValues = completedValues == null ? null : completedValues.clone();
        c.censoredValues = censoredValues == null ? null : censoredValues.clone();
        c.completedBins = completedBins == null ? null : completedBins.clone();
        c.censoredBins = censoredBins == null ? null : censoredBins.clone();
        return c;
    }

    // ---------------------------------------------------------------- figures

    /** The cap up to which values are kept exactly. */
    public int exactCap() {
        return exactCap;
    }

    /** Whether the sketch still holds the values themselves (every figure exact). */
    public boolean exact() {
        return completedBins == null;
    }

    /** All observations: completed plus censored. */
    public long visits() {
        return completedCount + censoredCount;
    }

    /** Completed (ended) stays. */
    public long completed() {
        return completedCount;
    }

    /** Censored (still open) stays. */
    public long censored() {
        return censoredCount;
    }

    /** Smallest completed value, exact in both forms; {@code NaN} when none. */
    public double minCompleted() {
        return completedCount == 0 ? Double.NaN : minCompleted;
    }

    /** Largest completed value, exact in both forms; {@code NaN} when none. */
    public double maxCompleted() {
        return completedCount == 0 ? Double.NaN : maxCompleted;
    }

    /** Mean of completed values (see the class description); {@code NaN} when none. */
    public double mean() {
        if (completedCount == 0) {
            return Double.NaN;
        }
        if (exact()) {
            ensureSorted();
            double sum = 0;
            double compensation = 0;
            for (int i = 0; i < completedCount; i++) {
                double v = completedValues[i];
                double t = sum + v;
                compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
            }
            return (sum + compensation) / completedCount;
        }
        double sum = sumHigh * FIXED_POINT_SCALE + (sumLow >>> 32) + (sumLow & 0xFFFF_FFFFL) / FIXED_POINT_SCALE;
        return sum / completedCount;
    }

    /**
     * Type-7 quantile of completed values ({@link Quantiles}): exact in the exact form, within
     * {@link #quantileError(double)} of it in the approximate form.
     *
     * @param p probability in {@code [0, 1]}
     * @return the quantile; {@code NaN} when there are no completed values
     */
    public double quantile(double p) {
        Quantiles.checkProbability(p);
        long n = completedCount;
        if (n == 0) {
            return Double.NaN;
        }
        if (exact()) {
            ensureSorted();
            return Quantiles.type7(completedValues, (int) n, p);
        }
        double h = (n - 1) * p;
        long j = (long) Math.floor(h);
        if (j >= n - 1) {
            return maxCompleted;
        }
        double g = h - j;
        double lo = orderStatistic(j);
        return g == 0 ? lo : lo + g * (orderStatistic(j + 1) - lo);
    }

    /**
     * A bound on {@code |quantile(p) - exact type-7 quantile|}: 0 in the exact form; in the
     * approximate form, from {@code |q' - q| <= a q + d}, {@code a (q' + d) / (1 - a) + d} (and never
     * more than the range of completed values). {@code NaN} when there are no completed values.
     */
    public double quantileError(double p) {
        double q = quantile(p);
        if (Double.isNaN(q) || exact()) {
            return Double.isNaN(q) ? Double.NaN : 0.0;
        }
        double bound = RELATIVE_ERROR * (q + ABSOLUTE_ERROR) / (1 - RELATIVE_ERROR) + ABSOLUTE_ERROR;
        return Math.min(bound, maxCompleted - minCompleted);
    }

    /**
     * The Kaplan–Meier curve, completed values as events and censored values as censorings. In
     * the approximate form its times are bin representatives (clamped to the observed range) and
     * {@link SurvivalCurve#exact()} is {@code false}.
     */
    public SurvivalCurve survivalCurve() {
        if (exact()) {
            ensureSorted();
            return KaplanMeier.fitSorted(completedValues, (int) completedCount,
                    censoredValues, (int) censoredCount, true);
        }
        int m = 0;
        for (int k = 0; k < LogBins.COUNT; k++) {
            if (completedBins[k] + censoredBins[k] > 0) {
                m++;
            }
        }
        double lo = Math.min(minCompleted, minCensored);
        double hi = Math.max(maxCompleted, maxCensored);
        double[] times = new double[m];
        long[] events = new long[m];
        long[] censorings = new long[m];
        int i = 0;
        for (int k = 0; k < LogBins.COUNT; k++) {
            if (completedBins[k] + censoredBins[k] > 0) {
                times[i] = clamp(LogBins.representative(k), lo, hi);
                events[i] = completedBins[k];
                censorings[i] = censoredBins[k];
                i++;
            }
        }
        return KaplanMeier.fromTallies(times, events, censorings, false);
    }

    /**
     * The Kaplan–Meier quantile {@code inf { t : S(t) <= 1 - p }} (0.5: the median; 0.9: the time
     * by which 90% of stays have ended, counting open stays as censored). Exact in the exact form;
     * in the approximate form the exact value is guaranteed to lie in
     * {@code [lower(), upper()]} (see the class description).
     *
     * @param p fraction of stays ended, in {@code (0, 1)}
     */
    public KaplanMeierQuantile kmQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + p);
        }
        if (visits() == 0) {
            return KaplanMeierQuantile.undefined(p, KaplanMeierQuantile.Status.NO_OBSERVATIONS);
        }
        if (completedCount == 0) {
            return KaplanMeierQuantile.undefined(p, KaplanMeierQuantile.Status.ALL_CENSORED);
        }
        if (exact()) {
            return survivalCurve().quantile(p);
        }
        double level = 1 - p + SurvivalCurve.LEVEL_TOLERANCE;
        double upperCurve = 1.0; // events before censorings within a bin: never below the exact curve
        double lowerCurve = 1.0; // censorings before events within a bin: never above it
        int lowerBin = -1;
        long atRisk = visits();
        for (int k = 0; k < LogBins.COUNT; k++) {
            long d = completedBins[k];
            long c = censoredBins[k];
            if (d > 0) {
                upperCurve *= 1.0 - (double) d / atRisk;
                // bin 0 holds only exact zeros, so its order is known: events first
                long lowerRisk = k == 0 ? atRisk : atRisk - c;
                lowerCurve *= 1.0 - (double) d / lowerRisk;
                if (lowerBin < 0 && lowerCurve <= level) {
                    lowerBin = k;
                }
                if (upperCurve <= level) {
                    double value = clamp(LogBins.representative(k), minCompleted, maxCompleted);
                    double lower = clamp(LogBins.lower(lowerBin), minCompleted, maxCompleted);
                    double upper = clamp(LogBins.upper(k), minCompleted, maxCompleted);
                    return new KaplanMeierQuantile(p, value, lower, upper,
                            KaplanMeierQuantile.Status.DEFINED);
                }
            }
            atRisk -= d + c;
        }
        if (lowerBin < 0) {
            return KaplanMeierQuantile.undefined(p, KaplanMeierQuantile.Status.NOT_REACHED);
        }
        return new KaplanMeierQuantile(p, Double.NaN,
                clamp(LogBins.lower(lowerBin), minCompleted, maxCompleted),
                Double.POSITIVE_INFINITY, KaplanMeierQuantile.Status.UNDETERMINED);
    }

    /** Counts, mean, p50/p90 of completed values, Kaplan–Meier median and p90, in one record. */
    public DurationSummary summary() {
        return new DurationSummary(visits(), completedCount, censoredCount, mean(),
                quantile(0.5), quantile(0.9), kmQuantile(0.5), kmQuantile(0.9), exact(),
                quantileError(0.5), quantileError(0.9));
    }

    // ---------------------------------------------------------------- serialised form

    /**
     * The compact, canonical serialised form: equal for two sketches exactly when they hold the
     * same state. Exact form: the sorted values; approximate form: the counts of the occupied bin
     * range (variable-length integers), exact counts, sum, minimum and maximum.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte('D');
            out.writeByte('S');
            out.writeByte(VERSION);
            out.writeByte(exact() ? FORM_EXACT : FORM_BINNED);
            out.writeInt(exactCap);
            out.writeLong(completedCount);
            out.writeLong(censoredCount);
            if (exact()) {
                ensureSorted();
                for (int i = 0; i < completedCount; i++) {
                    out.writeDouble(completedValues[i]);
                }
                for (int i = 0; i < censoredCount; i++) {
                    out.writeDouble(censoredValues[i]);
                }
            } else {
                out.writeLong(sumHigh);
                out.writeLong(sumLow);
                out.writeDouble(minCompleted);
                out.writeDouble(maxCompleted);
                out.writeDouble(minCensored);
                out.writeDouble(maxCensored);
                writeBins(out, completedBins);
                writeBins(out, censoredBins);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads {@link #toBytes()}'s form.
     *
     * @throws IllegalArgumentException if the bytes are not a valid sketch
     */
    public static DurationSketch fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != 'D' || in.readByte() != 'S') {
                throw new IllegalArgumentException("not a duration sketch");
            }
            byte version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown duration sketch version " + version);
            }
            byte form = in.readByte();
            DurationSketch s = new DurationSketch(in.readInt());
            long completed = in.readLong();
            long censored = in.readLong();
            if (completed < 0 || censored < 0) {
                throw new IllegalArgumentException("negative count");
            }
            boolean exactForm = completed + censored <= s.exactCap;
            if (form != (exactForm ? FORM_EXACT : FORM_BINNED)) {
                throw new IllegalArgumentException("form does not match the counts and cap");
            }
            if (exactForm) {
                readSortedInto(in, completed, s::addCompleted);
                readSortedInto(in, censored, s::addCensored);
            } else {
                s.completedValues = null;
                s.censoredValues = null;
                s.completedCount = completed;
                s.censoredCount = censored;
                s.sumHigh = in.readLong();
                s.sumLow = in.readLong();
                s.minCompleted = in.readDouble();
                s.maxCompleted = in.readDouble();
                s.minCensored = in.readDouble();
                s.maxCensored = in.readDouble();
                s.completedBins = readBins(in, completed);
                s.censoredBins = readBins(in, censored);
                checkRange(completed, s.minCompleted, s.maxCompleted);
                checkRange(censored, s.minCensored, s.maxCensored);
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("trailing bytes after duration sketch");
            }
            return s;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated duration sketch", e);
        }
    }

    @Override
    public String toString() {
        return "DurationSketch[" + (exact() ? "exact" : "approximate") + ", completed="
                + completedCount + ", censored=" + censoredCount + ", cap=" + exactCap + "]";
    }

    private Object writeReplace() {
        return new SerializedForm(toBytes());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("serialised through SerializedForm");
    }

    /** Java serialisation writes the compact {@link #toBytes()} form. */
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

    // ---------------------------------------------------------------- internals

    private static double checked(double value) {
        if (!(value >= 0 && value <= MAX_VALUE)) {
            throw new IllegalArgumentException(
                    "duration must be in [0, " + MAX_VALUE + "], got " + value);
        }
        return value + 0.0; // -0.0 becomes 0.0
    }

    private static double[] grow(double[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, Math.max(8, 2 * a.length));
    }

    private void countCompleted(double x) {
        completedCount++;
        minCompleted = Math.min(minCompleted, x);
        maxCompleted = Math.max(maxCompleted, x);
        addToSum(0, Math.round(x * FIXED_POINT_SCALE)); // exact: x <= 1e6 < 2^20, so < 2^52
    }

    private void countCensored(double x) {
        censoredCount++;
        minCensored = Math.min(minCensored, x);
        maxCensored = Math.max(maxCensored, x);
    }

    private void addToSum(long high, long low) {
        long newLow = sumLow + low;
        long carry = Long.compareUnsigned(newLow, sumLow) < 0 ? 1 : 0;
        sumLow = newLow;
        sumHigh += high + carry;
    }

    private void toBinned() {
        if (completedBins != null) {
            return;
        }
        completedBins = new long[LogBins.COUNT];
        censoredBins = new long[LogBins.COUNT];
        for (int i = 0; i < completedCount; i++) {
            completedBins[LogBins.index(completedValues[i])]++;
        }
        for (int i = 0; i < censoredCount; i++) {
            censoredBins[LogBins.index(censoredValues[i])]++;
        }
        completedValues = null;
        censoredValues = null;
    }

    private void ensureSorted() {
        if (!sorted) {
            Arrays.sort(completedValues, 0, (int) completedCount);
            Arrays.sort(censoredValues, 0, (int) censoredCount);
            sorted = true;
        }
    }

    /** The rank-{@code r} (0-based) completed value, approximate form. */
    private double orderStatistic(long r) {
        if (r == 0) {
            return minCompleted;
        }
        if (r == completedCount - 1) {
            return maxCompleted;
        }
        long cumulative = 0;
        for (int k = 0; k < LogBins.COUNT; k++) {
            cumulative += completedBins[k];
            if (cumulative > r) {
                return clamp(LogBins.representative(k), minCompleted, maxCompleted);
            }
        }
        throw new IllegalStateException("rank " + r + " beyond count " + completedCount);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static void writeBins(DataOutputStream out, long[] bins) throws IOException {
        int first = 0;
        while (first < bins.length && bins[first] == 0) {
            first++;
        }
        int end = bins.length;
        while (end > first && bins[end - 1] == 0) {
            end--;
        }
        if (first == bins.length) {
            first = 0;
            end = 0;
        }
        out.writeInt(first);
        out.writeInt(end);
        for (int k = first; k < end; k++) {
            long v = bins[k];
            while ((v & ~0x7FL) != 0) {
                out.writeByte((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.writeByte((int) v);
        }
    }

    private static long[] readBins(DataInputStream in, long expectedTotal) throws IOException {
        int first = in.readInt();
        int end = in.readInt();
        if (first < 0 || end < first || end > LogBins.COUNT) {
            throw new IllegalArgumentException("bad bin range " + first + ".." + end);
        }
        long[] bins = new long[LogBins.COUNT];
        long total = 0;
        for (int k = first; k < end; k++) {
            long v = 0;
            int shift = 0;
            int b;
            do {
                if (shift > 63) {
                    throw new IllegalArgumentException("bad bin count");
                }
                b = in.readUnsignedByte();
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (v < 0) {
                throw new IllegalArgumentException("bad bin count");
            }
            bins[k] = v;
            total += v;
        }
        if (total != expectedTotal) {
            throw new IllegalArgumentException("bin counts add up to " + total + ", not " + expectedTotal);
        }
        return bins;
    }

    private static void checkRange(long count, double min, double max) {
        boolean ok = count == 0
                ? min == Double.POSITIVE_INFINITY && max == Double.NEGATIVE_INFINITY
                : min >= 0 && min <= max && max <= MAX_VALUE;
        if (!ok) {
            throw new IllegalArgumentException("bad minimum/maximum " + min + "/" + max);
        }
    }

    private interface ValueSink {
        void accept(double value);
    }

    private static void readSortedInto(DataInputStream in, long count, ValueSink sink) throws IOException {
        double previous = Double.NEGATIVE_INFINITY;
        for (long i = 0; i < count; i++) {
            double v = in.readDouble();
            if (!(v >= previous)) {
                throw new IllegalArgumentException("exact values not sorted");
            }
            previous = v;
            sink.accept(v);
        }
    }
}
