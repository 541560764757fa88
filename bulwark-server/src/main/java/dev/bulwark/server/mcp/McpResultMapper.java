package dev.bulwark.server.mcp;

import dev.bulwark.core.Category;
import dev.bulwark.core.CategoryScore;
import dev.bulwark.core.Finding;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Location;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.core.SpecLocation;
import dev.bulwark.core.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a scan result to the MCP answer's structured content, in the shape of the JSON report (issue
 * 3's contract: {@code scan}, {@code score}, {@code findings}, {@code errors}, {@code stats}). Kept
 * in this one class so that it can be swapped for the report module's JSON model. Evidence is
 * already redacted by the lenses; nothing here adds raw input.
 */
final class McpResultMapper {
  private final int maxFindings;

  McpResultMapper(int maxFindings) {
    this.maxFindings = maxFindings;
  }

  Map<String, Object> toMap(ScanResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schemaVersion", result.schemaVersion());
    out.put("tool", Map.of("name", result.tool().name(), "version", result.tool().version()));
    out.put("scan", scan(result));
    out.put("score", score(result));
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding finding : result.findings()) {
      if (findings.size() == maxFindings) {
        break;
      }
      findings.add(finding(finding));
    }
    out.put("findings", findings);
    out.put("findingsTotal", result.findings().size());
    out.put("findingsShown", findings.size());
    out.put("suppressedCount", result.suppressed().size());
    out.put("errors", result.errors().stream().map(McpResultMapper::error).toList());
    out.put(
        "stats",
        Map.of(
            "files", result.stats().files(),
            "bytes", result.stats().bytes(),
            "requests", result.stats().requests(),
            "operations", result.stats().operations()));
    return out;
  }

  /** One line per scan for {@code list_scans}. */
  static Map<String, Object> summary(ScanResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scanId", result.scanId());
    out.put("startedAt", result.startedAt().toString());
    out.put("targets", result.targets().stream().map(McpResultMapper::target).toList());
    out.put("score", result.score().value());
    out.put("grade", result.score().grade().name());
    out.put("findings", result.findings().size());
    return out;
  }

  /** The short text an assistant shows beside the structured content. */
  static String text(ScanResult result) {
    StringBuilder out = new StringBuilder();
    out.append("Scan ")
        .append(result.scanId())
        .append(": score ")
        .append(result.score().value())
        .append("/100, grade ")
        .append(result.score().grade().name())
        .append(", ")
        .append(result.findings().size())
        .append(result.findings().size() == 1 ? " finding" : " findings");
    if (!result.errors().isEmpty()) {
      out.append(", ").append(result.errors().size()).append(" errors");
    }
    out.append('.');
    result.findings().stream()
        .limit(5)
        .forEach(
            f ->
                out.append("\n- [")
                    .append(f.severity().id())
                    .append("] ")
                    .append(f.ruleId())
                    .append(" at ")
                    .append(f.location().display())
                    .append(": ")
                    .append(f.message()));
    if (result.findings().size() > 5) {
      out.append("\n- … and ").append(result.findings().size() - 5).append(" more");
    }
    return out.toString();
  }

  private static Map<String, Object> scan(ScanResult result) {
    Map<String, Object> scan = new LinkedHashMap<>();
    scan.put("id", result.scanId());
    scan.put("startedAt", result.startedAt().toString());
    scan.put("durationMs", result.durationMs());
    scan.put("targets", result.targets().stream().map(McpResultMapper::target).toList());
    return scan;
  }

  private static Map<String, Object> target(Target target) {
    return Map.of("kind", target.kind().id(), "ref", target.ref());
  }

  private static Map<String, Object> score(ScanResult result) {
    Map<String, Object> categories = new LinkedHashMap<>();
    for (Category category : Category.values()) {
      CategoryScore score = result.score().categories().get(category);
      if (score == null) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("assessed", score.assessed());
      score.score().ifPresent(value -> entry.put("score", value));
      entry.put("findings", score.findings());
      categories.put(category.id(), entry);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("value", result.score().value());
    out.put("grade", result.score().grade().name());
    out.put("categories", categories);
    out.put("caps", result.score().caps());
    return out;
  }

  static Map<String, Object> finding(Finding finding) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fingerprint", finding.fingerprint());
    out.put("ruleId", finding.ruleId());
    out.put("title", finding.title());
    out.put("category", finding.category().id());
    out.put("owasp", finding.owasp().stream().map(OwaspApi2023::id).toList());
    out.put("cwe", finding.cwe());
    out.put("severity", finding.severity().id());
    out.put("confidence", finding.confidence().id());
    out.put("location", location(finding.location()));
    out.put("message", finding.message());
    finding.evidence().ifPresent(evidence -> out.put("evidence", evidence.text()));
    out.put("remediation", finding.remediation());
    return out;
  }

  static Map<String, Object> location(Location location) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", location.kind());
    if (location instanceof SourceLocation source) {
      out.put("file", source.file());
      out.put("line", source.line());
      out.put("column", source.column());
    } else if (location instanceof SpecLocation spec) {
      out.put("file", spec.file());
      out.put("pointer", spec.pointer());
      spec.method().ifPresent(method -> out.put("method", method));
      spec.path().ifPresent(path -> out.put("path", path));
    } else if (location instanceof HttpLocation http) {
      out.put("method", http.method());
      out.put("url", http.url());
      out.put("path", http.path());
      http.parameter().ifPresent(parameter -> out.put("parameter", parameter));
    }
    return out;
  }

  private static Map<String, Object> error(ScanError error) {
    return Map.of("source", error.source(), "message", error.message());
  }
}
