package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** Stage figures on a hand-made group, the merge law and the serialised form. */
class StageVisitsTest {

    /**
     * The ten visits of {@link KaplanMeierTest} with exit reasons, SLA limit 7 days:
     * ended 2 advanced, 3 rejected, 3 advanced, 6 hired, 9 withdrew, 12 (no reason);
     * open 3, 5, 8, 10.
     */
    private static StageVisits fixture() {
        return StageVisits.create(7, DurationSketch.DEFAULT_EXACT_CAP)
                .addCompleted(2, ExitReason.ADVANCED)
                .addCompleted(3, ExitReason.REJECTED)
                .addCompleted(3, ExitReason.ADVANCED)
                .addCompleted(6, ExitReason.HIRED)
                .addCompleted(9, ExitReason.WITHDREW)
                .addCompleted(12, null)
                .addInProgress(3)
                .addInProgress(5)
                .addInProgress(8)
                .addInProgress(10);
    }

    @Test
    void figuresOfTheFixture() {
        StageStats s = fixture().result();
        // durations as in DurationSketchTest: 10 visits, 6 completed, 4 open, mean 35/6,
        // p50 4.5, p90 10.5, KM median 9, KM p90 12
        assertThat(s.durations().visits()).isEqualTo(10);
        assertThat(s.durations().censored()).isEqualTo(4);
        assertThat(s.durations().mean()).isCloseTo(35.0 / 6, within(1e-12));
        assertThat(s.durations().p50()).isCloseTo(4.5, within(1e-12));
        assertThat(s.durations().kmMedian().value()).isEqualTo(9.0);
        // reasons: advanced 2, hired 1, rejected 1, withdrew 1, none 1 (sum 6 = completed)
        assertThat(s.advanced()).isEqualTo(2);
        assertThat(s.hired()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.withdrew()).isEqualTo(1);
        assertThat(s.unknownReason()).isEqualTo(1);
        // pass-through = (advanced + hired) / completed = (2 + 1) / 6 = 0.5
        assertThat(s.passThrough()).isEqualTo(Rate.of(3, 6));
        assertThat(s.passThrough().estimate()).isEqualTo(0.5);
        // shares over completed visits: 1/6 each
        assertThat(s.rejectedShare()).isEqualTo(Rate.of(1, 6));
        assertThat(s.withdrawnShare()).isEqualTo(Rate.of(1, 6));
        // SLA 7 days: completed longer than 7 are 9 and 12 -> 2 of 6; open already past 7: 8, 10 -> 2
        assertThat(s.slaLimitDays()).isEqualTo(7.0);
        assertThat(s.slaBreaches()).isEqualTo(Rate.of(2, 6));
        assertThat(s.slaOverdueInProgress()).isEqualTo(2);
    }

    @Test
    void stayOfExactlyTheLimitIsNotABreach() {
        StageStats s = StageVisits.create(7, 100).addCompleted(7, ExitReason.ADVANCED)
                .addInProgress(7).result();
        assertThat(s.slaBreaches()).isEqualTo(Rate.of(0, 1));
        assertThat(s.slaOverdueInProgress()).isZero();
    }

    @Test
    void withoutSlaAndEmpty() {
        StageStats empty = StageVisits.create().result();
        assertThat(empty.passThrough().estimate()).isNaN();
        assertThat(empty.slaLimitDays()).isNaN();
        assertThat(empty.slaBreaches()).isEqualTo(Rate.of(0, 0));
        assertThat(empty.durations().kmMedian().status())
                .isEqualTo(KaplanMeierQuantile.Status.NO_OBSERVATIONS);

        StageStats noSla = StageVisits.create().addCompleted(30, ExitReason.ADVANCED).addInProgress(40).result();
        assertThat(noSla.slaBreaches()).isEqualTo(Rate.of(0, 0));
        assertThat(noSla.slaOverdueInProgress()).isZero();
    }

    @Test
    void mergeLawAndPooling() {
        StageVisits whole = fixture();
        StageVisits left = StageVisits.create(7, DurationSketch.DEFAULT_EXACT_CAP)
                .addCompleted(12, null)
                .addInProgress(8)
                .addCompleted(3, ExitReason.ADVANCED)
                .addCompleted(9, ExitReason.WITHDREW);
        StageVisits right = StageVisits.create(7, DurationSketch.DEFAULT_EXACT_CAP)
                .addInProgress(3)
                .addCompleted(6, ExitReason.HIRED)
                .addInProgress(10)
                .addCompleted(2, ExitReason.ADVANCED)
                .addInProgress(5)
                .addCompleted(3, ExitReason.REJECTED);
        byte[] rightBefore = right.toBytes();
        StageVisits merged = left.merge(right);
        assertThat(merged.toBytes()).isEqualTo(whole.toBytes());
        assertThat(merged.result()).isEqualTo(whole.result());
        assertThat(right.toBytes()).as("argument unchanged").isEqualTo(rightBefore);
        assertThat(fixture().merge(fixture()).result().passThrough()).isEqualTo(Rate.of(6, 12));
    }

    @Test
    void limitsMustAgree() {
        assertThatThrownBy(() -> StageVisits.create(7, 100).merge(StageVisits.create(5, 100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StageVisits.create(7, 100).merge(StageVisits.create(7, 50)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StageVisits.create(-1, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serialisedFormRoundTrips() throws Exception {
        StageVisits s = fixture();
        byte[] bytes = s.toBytes();
        assertThat(StageVisits.fromBytes(bytes).toBytes()).isEqualTo(bytes);
        assertThat(StageVisits.fromBytes(bytes).result()).isEqualTo(s.result());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(((StageVisits) in.readObject()).toBytes()).isEqualTo(bytes);
        }
        assertThatThrownBy(() -> StageVisits.fromBytes(new byte[] {'S', 'V'}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
