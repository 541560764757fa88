package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
  private static final ZonedDateTime MON_10_17 = ZonedDateTime.parse("2026-11-30T10:17:30Z");

  @Test
  void computesTheNextMinuteOfCommonSchedules() {
    assertThat(CronSchedule.parse("*/15 * * * *").next(MON_10_17)).isEqualTo("2026-11-30T10:30Z");
    assertThat(CronSchedule.parse("@hourly").next(MON_10_17)).isEqualTo("2026-11-30T11:00Z");
    assertThat(CronSchedule.parse("@daily").next(MON_10_17)).isEqualTo("2026-12-01T00:00Z");
    assertThat(CronSchedule.parse("30 2 * * 0").next(MON_10_17)).isEqualTo("2026-12-06T02:30Z");
    assertThat(CronSchedule.parse("0 9 1 1 *").next(MON_10_17)).isEqualTo("2027-01-01T09:00Z");
    assertThat(CronSchedule.parse("0 8-18/4 * * 1-5").next(MON_10_17))
        .isEqualTo("2026-11-30T12:00Z");
    assertThat(CronSchedule.parse("17 10 * * *").next(MON_10_17)).isEqualTo("2026-12-01T10:17Z");
  }

  @Test
  void whenBothDayFieldsAreSetEitherMatches() {
    // the 15th, or any Friday: Friday 4 December comes first
    assertThat(CronSchedule.parse("0 0 15 * 5").next(MON_10_17)).isEqualTo("2026-12-04T00:00Z");
  }

  @Test
  void badSchedulesAreOneLineErrors() {
    assertThatThrownBy(() -> CronSchedule.parse("* * *")).hasMessageContaining("5 fields");
    assertThatThrownBy(() -> CronSchedule.parse("61 * * * *"))
        .hasMessageContaining("minute must be 0-59");
    assertThatThrownBy(() -> CronSchedule.parse("x * * * *")).hasMessageContaining("bad minute");
    assertThatThrownBy(() -> CronSchedule.parse("0 0 31 2 *").next(MON_10_17))
        .hasMessageContaining("never fires");
  }
}
