package dev.bulwark.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.SortedMap;

/**
 * The typed model of the JSON report (schema version 1). Field names are the public contract: add
 * fields freely, never rename. Absent optional values are {@code null} here and left out of the
 * output; these records never leave the package.
 */
final class JsonDoc {

  private JsonDoc() {}

  @JsonPropertyOrder({
    "schemaVersion",
    "tool",
    "scan",
    "api",
    "score",
    "baseline",
    "findings",
    "suppressed",
    "errors",
    "stats"
  })
  record Report(
      int schemaVersion,
      Tool tool,
      Scan scan,
      Api api,
      Score score,
      Baseline baseline,
      List<Finding> findings,
      List<Finding> suppressed,
      List<ErrorEntry> errors,
      Stats stats) {}

  record Tool(String name, String version) {}

  @JsonPropertyOrder({"id", "startedAt", "durationMs", "targets"})
  record Scan(String id, String startedAt, long durationMs, List<Target> targets) {}

  record Target(String kind, String ref) {}

  record Api(String name, String version) {}

  @JsonPropertyOrder({"value", "grade", "categories", "caps"})
  record Score(
      int value, String grade, SortedMap<String, CategoryScore> categories, List<String> caps) {}

  @JsonPropertyOrder({"assessed", "score", "findings"})
  record CategoryScore(
      boolean assessed, @JsonInclude(JsonInclude.Include.ALWAYS) Integer score, int findings) {}

  @JsonPropertyOrder({"file", "newFindings", "acceptedFindings", "score"})
  record Baseline(String file, int newFindings, int acceptedFindings, Score score) {}

  @JsonPropertyOrder({
    "fingerprint",
    "ruleId",
    "title",
    "category",
    "lens",
    "owasp",
    "cwe",
    "severity",
    "confidence",
    "location",
    "message",
    "evidence",
    "redactedSecret",
    "remediation",
    "compliance",
    "flow",
    "proof",
    "suppression"
  })
  record Finding(
      String fingerprint,
      String ruleId,
      String title,
      String category,
      String lens,
      List<String> owasp,
      List<Integer> cwe,
      String severity,
      String confidence,
      Location location,
      String message,
      String evidence,
      RedactedSecret redactedSecret,
      String remediation,
      SortedMap<String, List<String>> compliance,
      List<FlowStep> flow,
      Proof proof,
      Suppression suppression) {}

  @JsonPropertyOrder({
    "kind",
    "file",
    "line",
    "column",
    "pointer",
    "method",
    "url",
    "path",
    "parameter",
    "commit",
    "author",
    "date",
    "presentAtHead"
  })
  record Location(
      String kind,
      String file,
      Integer line,
      Integer column,
      String pointer,
      String method,
      String url,
      String path,
      String parameter,
      String commit,
      String author,
      String date,
      Boolean presentAtHead) {}

  record RedactedSecret(String prefix, int length, String hmac) {}

  record FlowStep(String file, int line, String note) {}

  @JsonPropertyOrder({"request", "status", "excerpt", "curl"})
  record Proof(String request, int status, String excerpt, String curl) {}

  @JsonPropertyOrder({"kind", "reason", "expires", "origin"})
  record Suppression(String kind, String reason, String expires, String origin) {}

  record ErrorEntry(String source, String message) {}

  @JsonPropertyOrder({"files", "bytes", "requests", "operations"})
  record Stats(
      long files,
      long bytes,
      long requests,
      long operations,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long requestBudget) {}
}
