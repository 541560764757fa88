package dev.bulwark.core;

/** Rule metadata for tests of the core model; also used by other modules' tests (test-jar). */
public final class SampleRules {
  private SampleRules() {}

  public static RuleMeta rule(String id, Category category, Severity severity) {
    return RuleMeta.builder(id)
        .title("Sample rule " + id)
        .lens(Lens.SOURCE)
        .category(category)
        .cwe(200)
        .severity(severity)
        .confidence(Confidence.HIGH)
        .remediation("Fix it.")
        .build();
  }

  public static Finding finding(
      String ruleId, Category category, Severity severity, Confidence confidence, int line) {
    return Finding.builder(rule(ruleId, category, severity), SourceLocation.of("app.py", line, 1))
        .confidence(confidence)
        .message("sample")
        .anchor(ruleId + "@" + line)
        .build();
  }
}
