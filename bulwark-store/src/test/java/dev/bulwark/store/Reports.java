package dev.bulwark.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Builds JSON reports in the schema-1 shape for tests. */
public final class Reports {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One finding of a test report. */
  public record F(
      String fingerprint, String ruleId, String severity, String category, String evidence) {
    public static F of(String fingerprint, String severity, String category) {
      return new F(fingerprint, "rule-" + fingerprint, severity, category, "line " + fingerprint);
    }
  }

  private Reports() {}

  public static String report(
      String uid, String apiName, String version, Instant startedAt, int score, List<F> findings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", 1);
    root.putObject("tool").put("name", "bulwark").put("version", "0.1.0-test");
    ObjectNode scan = root.putObject("scan");
    scan.put("id", uid).put("startedAt", startedAt.toString()).put("durationMs", 1234);
    scan.putArray("targets").addObject().put("kind", "source").put("ref", "examples/flask-app");
    if (apiName != null) {
      root.putObject("api").put("name", apiName).put("version", version);
    }
    ObjectNode s = root.putObject("score");
    s.put("value", score).put("grade", grade(score));
    ObjectNode categories = s.putObject("categories");
    categories
        .putObject("authentication")
        .put("assessed", true)
        .put("score", score)
        .put("findings", findings.size());
    categories
        .putObject("rate_limiting")
        .put("assessed", false)
        .put("score", 100)
        .put("findings", 0);
    ArrayNode list = root.putArray("findings");
    for (F f : findings) {
      ObjectNode n = list.addObject();
      n.put("fingerprint", f.fingerprint())
          .put("ruleId", f.ruleId())
          .put("title", "Title of " + f.ruleId());
      n.put("category", f.category());
      n.putArray("owasp").add("API2:2023");
      n.putArray("cwe").add(798);
      n.put("severity", f.severity()).put("confidence", "high");
      n.putObject("location")
          .put("kind", "source")
          .put("file", "app.py")
          .put("line", 12)
          .put("column", 5);
      n.put("message", "message for " + f.ruleId());
      n.put("evidence", f.evidence());
      n.put("remediation", "Load the key from the environment.");
    }
    root.putArray("suppressed");
    root.putArray("errors");
    root.putObject("stats")
        .put("files", 3)
        .put("bytes", 100)
        .put("requests", 0)
        .put("operations", 0);
    return root.toString();
  }

  public static String grade(int score) {
    return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
  }
}
