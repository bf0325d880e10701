package io.interviewcalibration.stats.durations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Business days on hand-made cases. Calendar reference: 2024-03-01 is a Friday, 2024-03-02/03 the
 * weekend, 2024-03-04 a Monday.
 */
class BusinessDaysTest {

    private static final double EXACT = 1e-12;

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void fridayNoonToMondayNoonIsOneDay() {
        // Fri 12:00-24:00 = 0.5, Sat and Sun = 0, Mon 00:00-12:00 = 0.5 -> 1.0
        assertThat(BusinessDays.between(t("2024-03-01T12:00:00Z"), t("2024-03-04T12:00:00Z")))
                .isCloseTo(1.0, within(EXACT));
    }

    @Test
    void weekendOnlyCountsNothing() {
        // Sat 00:00 -> Mon 00:00: all weekend
        assertThat(BusinessDays.between(t("2024-03-02T00:00:00Z"), t("2024-03-04T00:00:00Z")))
                .isEqualTo(0.0);
        // Sat 10:00 -> Sun 23:00
        assertThat(BusinessDays.between(t("2024-03-02T10:00:00Z"), t("2024-03-03T23:00:00Z")))
                .isEqualTo(0.0);
    }

    @Test
    void startOnWeekendEndOnMonday() {
        // Sat 10:00 -> Mon 06:00: only Mon 00:00-06:00 = 6 h = 0.25
        assertThat(BusinessDays.between(t("2024-03-02T10:00:00Z"), t("2024-03-04T06:00:00Z")))
                .isCloseTo(0.25, within(EXACT));
    }

    @Test
    void startOnFridayEndOnWeekend() {
        // Fri 18:00 -> Sun 09:00: Fri 18:00-24:00 = 6 h = 0.25
        assertThat(BusinessDays.between(t("2024-03-01T18:00:00Z"), t("2024-03-03T09:00:00Z")))
                .isCloseTo(0.25, within(EXACT));
    }

    @Test
    void fullWeeks() {
        // Mon 00:00 -> next Mon 00:00 = 5; two weeks = 10
        assertThat(BusinessDays.between(t("2024-03-04T00:00:00Z"), t("2024-03-11T00:00:00Z")))
                .isCloseTo(5.0, within(EXACT));
        assertThat(BusinessDays.between(t("2024-03-04T00:00:00Z"), t("2024-03-18T00:00:00Z")))
                .isCloseTo(10.0, within(EXACT));
        // Wed 18:00 -> next Wed 06:00: Wed 0.25 + Thu 1 + Fri 1 + Mon 1 + Tue 1 + Wed 0.25 = 4.5
        assertThat(BusinessDays.between(t("2024-03-06T18:00:00Z"), t("2024-03-13T06:00:00Z")))
                .isCloseTo(4.5, within(EXACT));
    }

    @Test
    void withinOneWeekdayIsElapsedTime() {
        // Tue 09:00 -> Tue 15:30 = 6.5 h = 0.2708333...
        assertThat(BusinessDays.between(t("2024-03-05T09:00:00Z"), t("2024-03-05T15:30:00Z")))
                .isCloseTo(6.5 / 24, within(EXACT));
    }

    @Test
    void fractionsOfSecondsCountOnWeekdaysOnly() {
        // Fri 23:59:59.5 -> Mon 00:00:00.25: 0.5 s on Friday + 0.25 s on Monday = 0.75 s
        assertThat(BusinessDays.between(t("2024-03-01T23:59:59.500Z"), t("2024-03-04T00:00:00.250Z")))
                .isCloseTo(0.75 / 86_400, within(1e-15));
        // Sat 12:00:00.9 -> Sat 12:00:01.2: nothing
        assertThat(BusinessDays.between(t("2024-03-02T12:00:00.900Z"), t("2024-03-02T12:00:01.200Z")))
                .isEqualTo(0.0);
    }

    @Test
    void acrossYearEndAndBeforeTheEpoch() {
        // 2023-12-29 is a Friday; Fri 00:00 -> Tue 2024-01-02 00:00: Fri 1 + Mon 1 = 2 (no holidays)
        assertThat(BusinessDays.between(t("2023-12-29T00:00:00Z"), t("2024-01-02T00:00:00Z")))
                .isCloseTo(2.0, within(EXACT));
        // 1969-12-26 is a Friday: Fri 12:00 -> 1970-01-01 (Thu) 12:00: 0.5 + Mon..Wed 3 + 0.5 = 4
        assertThat(BusinessDays.between(t("1969-12-26T12:00:00Z"), t("1970-01-01T12:00:00Z")))
                .isCloseTo(4.0, within(EXACT));
    }

    @Test
    void reversedIntervalIsNegative() {
        assertThat(BusinessDays.between(t("2024-03-04T12:00:00Z"), t("2024-03-01T12:00:00Z")))
                .isCloseTo(-1.0, within(EXACT));
        assertThat(BusinessDays.between(t("2024-03-04T12:00:00Z"), t("2024-03-04T12:00:00Z")))
                .isEqualTo(0.0);
    }

    @Test
    void dayCountChoosesCalendarOrBusiness() {
        Instant fri = t("2024-03-01T12:00:00Z");
        Instant mon = t("2024-03-04T12:00:00Z");
        assertThat(DayCount.CALENDAR.between(fri, mon)).isCloseTo(3.0, within(EXACT));
        assertThat(DayCount.BUSINESS.between(fri, mon)).isCloseTo(1.0, within(EXACT));
        // 36 h 30 min = 1.5208333 calendar days
        assertThat(DayCount.CALENDAR.between(t("2024-03-05T00:00:00Z"), t("2024-03-06T12:30:00Z")))
                .isCloseTo(36.5 / 24, within(EXACT));
    }
}
