package dev.bulwark.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an inline suppression comment: {@code bulwark: ignore[rule-a, rule-b] reason} with an
 * optional {@code until=YYYY-MM-DD}. The comment marker ({@code #}, {@code //}) is the caller's
 * business; this looks for the directive anywhere in the line.
 */
public record InlineIgnore(List<String> ruleIds, String reason, Optional<LocalDate> expires) {
  private static final Pattern DIRECTIVE =
      Pattern.compile("bulwark:\\s*ignore\\[([a-z0-9,\\s-]*)]\\s*(.*)$");
  private static final Pattern UNTIL = Pattern.compile("\\buntil=(\\d{4}-\\d{2}-\\d{2})\\b");

  public InlineIgnore {
    ruleIds = List.copyOf(ruleIds);
  }

  public static Optional<InlineIgnore> parse(String line) {
    int at = line.indexOf("bulwark:");
    if (at < 0) {
      return Optional.empty();
    }
    Matcher m = DIRECTIVE.matcher(line.substring(at));
    if (!m.find()) {
      return Optional.empty();
    }
    List<String> ids =
        Arrays.stream(m.group(1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    String rest = m.group(2).strip();
    Optional<LocalDate> expires = Optional.empty();
    boolean invalidDate = false;
    Matcher until = UNTIL.matcher(rest);
    if (until.find()) {
      try {
        expires = Optional.of(LocalDate.parse(until.group(1)));
      } catch (DateTimeParseException e) {
        // A typo must not turn a temporary exception into a permanent one: expire it now.
        expires = Optional.of(LocalDate.MIN);
        invalidDate = true;
      }
      rest = (rest.substring(0, until.start()) + rest.substring(until.end())).strip();
    }
    String reason =
        (rest.isEmpty() ? "no reason given" : rest) + (invalidDate ? " (invalid until date)" : "");
    return Optional.of(new InlineIgnore(ids, reason, expires));
  }

  /** True when the directive names this rule (an empty list names every rule). */
  public boolean covers(String ruleId) {
    return ruleIds.isEmpty() || ruleIds.contains(ruleId);
  }
}
