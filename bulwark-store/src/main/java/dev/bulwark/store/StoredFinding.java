package dev.bulwark.store;

import dev.bulwark.core.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A finding as the store keeps it: flat text columns, the evidence already redacted by the scanner
 * (the report never holds a whole secret, so neither does the database).
 *
 * @param location a one-line human rendering of the report's location object
 */
public record StoredFinding(
    String fingerprint,
    String ruleId,
    String title,
    Severity severity,
    String confidence,
    String category,
    String location,
    String message,
    String evidence,
    String remediation,
    List<String> owasp,
    List<Integer> cwe) {
  public StoredFinding {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(remediation, "remediation");
    owasp = List.copyOf(owasp);
    cwe = List.copyOf(cwe);
  }
}
