package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The merge law: the state of all values equals the merge of the states of any partition,
 * in any order. Because the form depends only on the total count and binning is deterministic,
 * this holds byte for byte in both forms (including the mean's fixed-point sum), which is
 * stronger than "within the bound" above the cap.
 */
class DurationSketchMergeTest {

    /** A stay: length in days, and whether it ended. */
    private record Stay(double days, boolean ended) {
    }

    private static List<Stay> stays(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Stay> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double days = Math.exp(Math.log(4) + 1.3 * r.nextGaussian());
            if (r.nextInt(4) == 0) {
                days = Math.round(days * 24) / 24.0; // whole hours: ties
            }
            if (r.nextInt(100) == 0) {
                days = 0;
            }
            out.add(new Stay(Math.min(days, 5_000), r.nextInt(5) != 0));
        }
        return out;
    }

    private static DurationSketch sketchOf(List<Stay> stays, int cap) {
        DurationSketch s = DurationSketch.create(cap);
        for (Stay st : stays) {
            if (st.ended()) {
                s.addCompleted(st.days());
            } else {
                s.addCensored(st.days());
            }
        }
        return s;
    }

    /** Splits into {@code parts} random contiguous pieces of a shuffled copy and merges them. */
    private static DurationSketch mergedOfParts(List<Stay> stays, int cap, int parts, long seed) {
        List<Stay> shuffled = new ArrayList<>(stays);
        SplittableRandom r = new SplittableRandom(seed);
        Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < parts - 1; i++) {
            cuts.add(r.nextInt(shuffled.size() + 1));
        }
        cuts.add(0);
        cuts.add(shuffled.size());
        Collections.sort(cuts);
        List<DurationSketch> states = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            states.add(sketchOf(shuffled.subList(cuts.get(i), cuts.get(i + 1)), cap));
        }
        Collections.shuffle(states, new java.util.Random(r.nextLong()));
        // merge as a tree of random shape: repeatedly merge two random states
        while (states.size() > 1) {
            DurationSketch a = states.remove(r.nextInt(states.size()));
            DurationSketch b = states.remove(r.nextInt(states.size()));
            states.add(a.merge(b));
        }
        return states.get(0);
    }

    @Test
    void belowTheCapMergeIsExactlyTheWhole() {
        List<Stay> data = stays(5_000, 1);
        DurationSketch whole = sketchOf(data, DurationSketch.DEFAULT_EXACT_CAP);
        assertThat(whole.exact()).isTrue();
        for (int trial = 0; trial < 20; trial++) {
            DurationSketch merged = mergedOfParts(data, DurationSketch.DEFAULT_EXACT_CAP, 1 + trial % 7, trial);
            assertThat(merged.exact()).isTrue();
            assertThat(merged.toBytes()).as("trial %d", trial).isEqualTo(whole.toBytes());
            assertThat(merged.summary()).as("trial %d", trial).isEqualTo(whole.summary());
        }
    }

    @Test
    void aboveTheCapMergeIsExactlyTheWhole() {
        // cap 1,000, 30,000 stays: parts are exact or binned depending on their size
        List<Stay> data = stays(30_000, 2);
        DurationSketch whole = sketchOf(data, 1_000);
        assertThat(whole.exact()).isFalse();
        for (int trial = 0; trial < 20; trial++) {
            DurationSketch merged = mergedOfParts(data, 1_000, 2 + 5 * trial, 100 + trial);
            assertThat(merged.exact()).isFalse();
            assertThat(merged.toBytes()).as("trial %d", trial).isEqualTo(whole.toBytes());
            assertThat(merged.summary()).as("trial %d", trial).isEqualTo(whole.summary());
        }
    }

    @Test
    void twoExactHalvesMakeABinnedWhole() {
        List<Stay> data = stays(1_500, 3);
        DurationSketch whole = sketchOf(data, 1_000);
        DurationSketch left = sketchOf(data.subList(0, 750), 1_000);
        DurationSketch right = sketchOf(data.subList(750, 1_500), 1_000);
        assertThat(left.exact()).isTrue();
        assertThat(right.exact()).isTrue();
        DurationSketch merged = left.merge(right);
        assertThat(merged.exact()).isFalse();
        assertThat(merged.toBytes()).isEqualTo(whole.toBytes());
    }

    @Test
    void mergeAfterJavaSerialisationAsInSpark() throws Exception {
        List<Stay> data = stays(3_000, 4);
        DurationSketch whole = sketchOf(data, 1_000);
        DurationSketch a = DurationSketchTest.javaRoundTrip(sketchOf(data.subList(0, 400), 1_000));
        DurationSketch b = DurationSketchTest.javaRoundTrip(sketchOf(data.subList(400, 3_000), 1_000));
        assertThat(a.merge(b).toBytes()).isEqualTo(whole.toBytes());
    }

    @Test
    void mergeLeavesTheArgumentAlone() {
        DurationSketch a = DurationSketchTest.fixture(100);
        DurationSketch b = DurationSketchTest.fixture(100);
        byte[] before = b.toBytes();
        a.merge(b);
        assertThat(b.toBytes()).isEqualTo(before);
        assertThat(a.visits()).isEqualTo(20);
    }

    @Test
    void mergeWithItselfDoublesEveryCount() {
        DurationSketch a = DurationSketchTest.fixture(100);
        DurationSketch twice = DurationSketchTest.fixture(100).merge(DurationSketchTest.fixture(100));
        assertThat(a.merge(a).toBytes()).isEqualTo(twice.toBytes());
    }

    @Test
    void emptyIsTheIdentity() {
        DurationSketch f = DurationSketchTest.fixture(0);
        assertThat(DurationSketch.create(0).merge(f).toBytes()).isEqualTo(f.toBytes());
        assertThat(f.copy().merge(DurationSketch.create(0)).toBytes()).isEqualTo(f.toBytes());
    }

    @Test
    void capsMustAgree() {
        assertThatThrownBy(() -> DurationSketch.create(10).merge(DurationSketch.create(20)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
