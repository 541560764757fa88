package dev.bulwark.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.Severity;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the JSON report contract (schema version 1) into {@link ParsedReport}. Strict where the
 * store depends on a field (ids, score, grade, severities), lenient about everything else, so a
 * newer scanner that adds fields can still upload.
 */
public final class ReportParser {
  /** The one report schema this store understands. */
  public static final int SUPPORTED_SCHEMA = 1;

  private static final int MAX_TEXT = 8192;
  private static final Pattern GRADE = Pattern.compile("[A-F]");
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  static {
    // Nesting this deep is never a report; it is an attempt to exhaust the stack.
    MAPPER
        .getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
  }

  private ReportParser() {}

  public static ParsedReport parse(String json) {
    JsonNode root = readTree(json);
    if (!root.isObject()) {
      throw new BadReportException("the report must be a JSON object");
    }
    JsonNode schema = root.path("schemaVersion");
    if (!schema.isInt()) {
      throw new BadReportException("the report has no integer schemaVersion");
    }
    if (schema.intValue() != SUPPORTED_SCHEMA) {
      throw new BadReportException(
          "unsupported report schemaVersion "
              + schema.intValue()
              + "; this store reads version "
              + SUPPORTED_SCHEMA);
    }
    JsonNode scan = object(root, "scan");
    JsonNode score = object(root, "score");
    int value = intIn(score, "value", 0, 100);
    String grade = text(score, "grade");
    if (!GRADE.matcher(grade).matches()) {
      throw new BadReportException("score.grade must be one letter A-F, got '" + grade + "'");
    }
    List<StoredFinding> findings = new ArrayList<>();
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new BadReportException("the report has no findings array");
    }
    for (int i = 0; i < list.size(); i++) {
      findings.add(finding(list.get(i), i));
    }
    return new ParsedReport(
        SUPPORTED_SCHEMA,
        root.path("tool").path("version").asText("unknown"),
        limited(text(scan, "id"), "scan.id", 200),
        instant(text(scan, "startedAt")),
        scan.path("durationMs").asLong(0),
        target(scan.path("targets")),
        api(root.path("api")),
        value,
        grade,
        categories(score.path("categories")),
        findings);
  }

  private static JsonNode readTree(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new BadReportException("the report is empty");
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new BadReportException("the report nests deeper than any report does");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadReportException(
          at == null
              ? "the report is not valid JSON"
              : "the report is not valid JSON (line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ")");
    }
  }

  private static StoredFinding finding(JsonNode f, int index) {
    if (!f.isObject()) {
      throw new BadReportException("findings[" + index + "] is not an object");
    }
    String where = "findings[" + index + "].";
    String severityText = text(f, "severity", where);
    Severity severity =
        Severity.parse(severityText)
            .orElseThrow(
                () -> new BadReportException(where + "severity is unknown: " + severityText));
    List<String> owasp = new ArrayList<>();
    f.path("owasp").forEach(n -> owasp.add(n.asText()));
    List<Integer> cwe = new ArrayList<>();
    f.path("cwe").forEach(n -> cwe.add(n.asInt()));
    String ruleId = text(f, "ruleId", where);
    return new StoredFinding(
        limited(text(f, "fingerprint", where), where + "fingerprint", 200),
        limited(ruleId, where + "ruleId", 120),
        cut(f.path("title").asText(ruleId), 500),
        severity,
        cut(f.path("confidence").asText("medium"), 10),
        limited(text(f, "category", where), where + "category", 40),
        cut(location(f.path("location")), 2000),
        cut(f.path("message").asText(""), MAX_TEXT),
        cut(f.path("evidence").asText(""), MAX_TEXT),
        cut(f.path("remediation").asText(""), MAX_TEXT),
        owasp,
        cwe);
  }

  /**
   * Cuts free text to {@code max} characters: the scanner never writes more (evidence is at most a
   * few hundred), so only a hostile or broken upload is affected; its raw JSON is kept as sent.
   */
  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /** One line a reader recognises: {@code app.py:12:5}, {@code GET /users (api.yaml)}, … */
  static String location(JsonNode loc) {
    String kind = loc.path("kind").asText("");
    switch (kind) {
      case "source":
        return loc.path("file").asText("?")
            + (loc.has("line") ? ":" + loc.path("line").asInt() : "")
            + (loc.has("column") ? ":" + loc.path("column").asInt() : "");
      case "spec":
        String op = (loc.path("method").asText("") + " " + loc.path("path").asText("")).strip();
        String pointer = loc.path("pointer").asText("");
        String file = loc.path("file").asText("") + (pointer.isEmpty() ? "" : "#" + pointer);
        return op.isEmpty() ? file : op + (file.isEmpty() ? "" : " (" + file + ")");
      case "http":
        String parameter = loc.path("parameter").asText("");
        return (loc.path("method").asText("") + " " + loc.path("url").asText("")).strip()
            + (parameter.isEmpty() ? "" : " [" + parameter + "]");
      default:
        return loc.isMissingNode() ? "" : loc.toString();
    }
  }

  private static List<CategoryResult> categories(JsonNode categories) {
    List<CategoryResult> result = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = categories.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode c = e.getValue();
      result.add(
          new CategoryResult(
              limited(e.getKey(), "score.categories key", 40),
              c.path("assessed").asBoolean(true),
              Math.max(0, Math.min(100, c.path("score").asInt(100))),
              c.path("findings").asInt(0)));
    }
    return result;
  }

  private static String target(JsonNode targets) {
    List<String> refs = new ArrayList<>();
    targets.forEach(t -> refs.add(t.path("kind").asText("?") + ":" + t.path("ref").asText("?")));
    return String.join(" ", refs);
  }

  private static Optional<ApiIdentity> api(JsonNode api) {
    if (!api.isObject() || !api.path("name").isTextual()) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiIdentity(
            limited(api.path("name").asText(), "api.name", 200),
            limited(api.path("version").asText("unversioned"), "api.version", 100)));
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadReportException("scan.startedAt is not an ISO-8601 instant: " + text);
    }
  }

  private static JsonNode object(JsonNode parent, String field) {
    JsonNode node = parent.path(field);
    if (!node.isObject()) {
      throw new BadReportException("the report has no '" + field + "' object");
    }
    return node;
  }

  private static String text(JsonNode parent, String field) {
    return text(parent, field, "");
  }

  private static String text(JsonNode parent, String field, String where) {
    JsonNode node = parent.path(field);
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new BadReportException(where + field + " is missing or not a string");
    }
    return node.asText();
  }

  private static int intIn(JsonNode parent, String field, int min, int max) {
    JsonNode node = parent.path(field);
    if (!node.isIntegralNumber() || node.intValue() < min || node.intValue() > max) {
      throw new BadReportException(field + " must be an integer from " + min + " to " + max);
    }
    return node.intValue();
  }

  private static String limited(String value, String field, int max) {
    if (value.length() > max) {
      throw new BadReportException(field + " is longer than " + max + " characters");
    }
    return value;
  }
}
