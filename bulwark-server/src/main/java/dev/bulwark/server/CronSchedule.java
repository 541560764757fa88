package dev.bulwark.server;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Objects;

/**
 * A cron schedule in UTC: five fields (minute, hour, day of month, month, day of week with 0 or 7
 * for Sunday), each {@code *}, a number, a range {@code a-b}, a step {@code * /n} or {@code a-b/n},
 * or a comma list of those; or one of {@code @hourly}, {@code @daily}, {@code @weekly}, {@code
 * @monthly}. As in cron, when both day fields are restricted, a day matching either one fires.
 */
public final class CronSchedule {
  private final String expression;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet days;
  private final BitSet months;
  private final BitSet weekdays;
  private final boolean dayRestricted;
  private final boolean weekdayRestricted;

  private CronSchedule(String expression, String[] f) {
    this.expression = expression;
    this.minutes = field(f[0], 0, 59, "minute");
    this.hours = field(f[1], 0, 23, "hour");
    this.days = field(f[2], 1, 31, "day of month");
    this.months = field(f[3], 1, 12, "month");
    BitSet weekdays = field(f[4], 0, 7, "day of week");
    if (weekdays.get(7)) {
      weekdays.set(0);
    }
    this.weekdays = weekdays;
    this.dayRestricted = !f[2].equals("*");
    this.weekdayRestricted = !f[4].equals("*");
  }

  /**
   * @throws IllegalArgumentException with a one-line message naming the bad field
   */
  public static CronSchedule parse(String expression) {
    String text = expression.strip().toLowerCase(Locale.ROOT);
    String expanded =
        switch (text) {
          case "@hourly" -> "0 * * * *";
          case "@daily", "@midnight" -> "0 0 * * *";
          case "@weekly" -> "0 0 * * 0";
          case "@monthly" -> "0 0 1 * *";
          default -> text;
        };
    String[] fields = expanded.split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "a schedule has 5 fields (minute hour day month weekday): '" + expression + "'");
    }
    return new CronSchedule(expression.strip(), fields);
  }

  /** The first minute strictly after {@code after} that the schedule fires at, in UTC. */
  public ZonedDateTime next(ZonedDateTime after) {
    ZonedDateTime t =
        after.withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    ZonedDateTime limit = t.plusYears(5);
    while (t.isBefore(limit)) {
      if (!months.get(t.getMonthValue())) {
        t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
      } else if (!dayMatches(t)) {
        t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
      } else if (!hours.get(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minutes.get(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return t;
      }
    }
    throw new IllegalArgumentException("the schedule '" + expression + "' never fires");
  }

  private boolean dayMatches(ZonedDateTime t) {
    boolean day = days.get(t.getDayOfMonth());
    boolean weekday = weekdays.get(t.getDayOfWeek().getValue() % 7);
    if (dayRestricted && weekdayRestricted) {
      return day || weekday;
    }
    return day && weekday;
  }

  private static BitSet field(String text, int min, int max, String name) {
    BitSet set = new BitSet(max + 1);
    for (String part : text.split(",")) {
      String range = part;
      int step = 1;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        range = part.substring(0, slash);
        step = number(part.substring(slash + 1), 1, max, name);
      }
      int from;
      int to;
      if (range.equals("*")) {
        from = min;
        to = max;
      } else if (range.contains("-")) {
        String[] ends = range.split("-", 2);
        from = number(ends[0], min, max, name);
        to = number(ends[1], min, max, name);
      } else {
        from = number(range, min, max, name);
        to = slash >= 0 ? max : from;
      }
      if (from > to) {
        throw new IllegalArgumentException("bad " + name + " range in schedule: '" + part + "'");
      }
      for (int v = from; v <= to; v += step) {
        set.set(v);
      }
    }
    return set;
  }

  private static int number(String text, int min, int max, String name) {
    try {
      int value = Integer.parseInt(text);
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be " + min + "-" + max + " in a schedule, got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad " + name + " in schedule: '" + text + "'", e);
    }
  }

  @Override
  public String toString() {
    return expression;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CronSchedule other && other.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(expression);
  }
}
