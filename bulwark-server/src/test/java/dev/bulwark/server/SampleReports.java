package dev.bulwark.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Realistic schema-1 JSON reports for the dashboard tests and screenshots. */
public final class SampleReports {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A finding of a sample report. */
  public record Finding(
      String fingerprint,
      String ruleId,
      String title,
      String severity,
      String category,
      String owasp,
      int cwe,
      String file,
      int line,
      String evidence,
      String remediation) {}

  public static final Finding DEBUG =
      new Finding(
          "fp-debug",
          "flask-debug-enabled",
          "Flask debug mode enabled",
          "high",
          "data_exposure",
          "API8:2023",
          215,
          "app.py",
          88,
          "app.run(host=\"0.0.0.0\", debug=True)",
          "Read debug from the environment and keep it off in production.");
  public static final Finding KEY_IN_QUERY =
      new Finding(
          "fp-query",
          "api-key-in-query-string",
          "API key accepted in the query string",
          "medium",
          "authentication",
          "API2:2023",
          598,
          "app.py",
          31,
          "key = request.args.get(\"api_key\")",
          "Accept the key only in a header such as X-API-Key.");
  public static final Finding TIMING =
      new Finding(
          "fp-timing",
          "api-key-compared-unsafely",
          "API key compared with ==",
          "medium",
          "authentication",
          "API2:2023",
          208,
          "auth.py",
          14,
          "if key == os.environ[\"API_KEY\"]:",
          "Compare keys with hmac.compare_digest.");
  public static final Finding NO_RATE_LIMIT =
      new Finding(
          "fp-rate",
          "missing-rate-limit",
          "No rate limit on the login endpoint",
          "low",
          "rate_limiting",
          "API4:2023",
          770,
          "app.py",
          52,
          "@app.post(\"/login\")",
          "Add a limiter (e.g. Flask-Limiter) to authentication endpoints.");
  public static final Finding HARDCODED =
      new Finding(
          "fp-hardcoded",
          "hardcoded-stripe-key",
          "Hardcoded Stripe secret key",
          "critical",
          "authentication",
          "API2:2023",
          798,
          "settings.py",
          7,
          "STRIPE_KEY = \"sk_live_…(32 chars, hmac:3f9a0c1d2e4b)\"",
          "Load the key from the environment or a secret manager, and rotate it.");

  private SampleReports() {}

  public static String report(
      String uid,
      String api,
      String version,
      Instant startedAt,
      int score,
      List<Finding> findings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", 1);
    root.putObject("tool").put("name", "bulwark").put("version", "0.1.0");
    ObjectNode scan = root.putObject("scan");
    scan.put("id", uid).put("startedAt", startedAt.toString()).put("durationMs", 2140);
    scan.putArray("targets").addObject().put("kind", "source").put("ref", "services/" + api);
    if (api != null) {
      root.putObject("api").put("name", api).put("version", version);
    }
    ObjectNode s = root.putObject("score").put("value", score).put("grade", grade(score));
    ObjectNode categories = s.putObject("categories");
    for (String c :
        List.of(
            "authentication",
            "data_exposure",
            "rate_limiting",
            "encryption",
            "ssrf",
            "inventory")) {
      long n = findings.stream().filter(f -> f.category().equals(c)).count();
      int categoryScore = (int) Math.max(0, 100 - n * 22);
      categories
          .putObject(c)
          .put("assessed", !c.equals("inventory"))
          .put("score", categoryScore)
          .put("findings", n);
    }
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode n = list.addObject();
      n.put("fingerprint", f.fingerprint()).put("ruleId", f.ruleId()).put("title", f.title());
      n.put("category", f.category());
      n.putArray("owasp").add(f.owasp());
      n.putArray("cwe").add(f.cwe());
      n.put("severity", f.severity()).put("confidence", "high");
      n.putObject("location")
          .put("kind", "source")
          .put("file", f.file())
          .put("line", f.line())
          .put("column", 5);
      n.put("message", f.title() + " in " + f.file() + ".");
      n.put("evidence", f.evidence());
      n.put("remediation", f.remediation());
    }
    root.putArray("suppressed");
    root.putArray("errors");
    root.putObject("stats")
        .put("files", 12)
        .put("bytes", 48000)
        .put("requests", 0)
        .put("operations", 0);
    return root.toString();
  }

  public static String grade(int score) {
    return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
  }
}
