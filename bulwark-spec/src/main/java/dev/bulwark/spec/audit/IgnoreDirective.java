package dev.bulwark.spec.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One accepted rule written in the document, on an operation, a path item, a schema, a property or
 * the root. Two forms are read:
 *
 * <pre>
 * x-bulwark-ignore: [spec-no-rate-limit-documented]
 * x-bulwark-ignore-reason: the gateway rate-limits every route
 *
 * x-bulwark-ignore:
 *   - rule: spec-no-rate-limit-documented
 *     reason: the gateway rate-limits every route
 *     until: 2027-06-30
 * </pre>
 */
public record IgnoreDirective(String ruleId, String reason, Optional<LocalDate> expires) {
  public static final String KEY = "x-bulwark-ignore";
  public static final String REASON_KEY = "x-bulwark-ignore-reason";
  static final String NO_REASON = "no reason given";

  /** The directives written directly on {@code node} (an object of the document). */
  public static List<IgnoreDirective> on(JsonNode node) {
    List<IgnoreDirective> out = new ArrayList<>();
    if (node == null || !node.isObject()) {
      return out;
    }
    JsonNode value = node.get(KEY);
    if (value == null) {
      return out;
    }
    String shared = text(node.get(REASON_KEY)).orElse(NO_REASON);
    if (value.isTextual()) {
      out.add(new IgnoreDirective(value.asText().strip(), shared, Optional.empty()));
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.isTextual()) {
          out.add(new IgnoreDirective(item.asText().strip(), shared, Optional.empty()));
        } else if (item.isObject() && item.hasNonNull("rule")) {
          out.add(
              new IgnoreDirective(
                  item.get("rule").asText().strip(),
                  text(item.get("reason")).orElse(shared),
                  date(item.get("until"))));
        }
      }
    }
    return out;
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || !node.isValueNode() || node.asText().isBlank()
        ? Optional.empty()
        : Optional.of(node.asText().strip());
  }

  private static Optional<LocalDate> date(JsonNode node) {
    try {
      return text(node).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
