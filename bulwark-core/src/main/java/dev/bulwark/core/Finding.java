package dev.bulwark.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found by one rule at one location. Immutable; build it with {@link #builder}.
 *
 * @param fingerprint stable identity across scans (see {@link Fingerprints})
 * @param flow for key-flow findings, the steps from the source to the sink; else empty
 * @param proof for live findings, how to reproduce it
 */
public record Finding(
    String fingerprint,
    RuleMeta rule,
    Severity severity,
    Confidence confidence,
    Location location,
    String message,
    Optional<Evidence> evidence,
    String remediation,
    List<FlowStep> flow,
    Optional<Proof> proof) {

  public Finding {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(remediation, "remediation");
    flow = List.copyOf(flow);
    Objects.requireNonNull(proof, "proof");
  }

  public String ruleId() {
    return rule.id();
  }

  public String title() {
    return rule.title();
  }

  public Category category() {
    return rule.category();
  }

  public List<OwaspApi2023> owasp() {
    return rule.owasp();
  }

  public List<Integer> cwe() {
    return rule.cwe();
  }

  public Map<Framework, List<String>> compliance() {
    return ComplianceMap.controlsFor(rule);
  }

  public Finding withSeverity(Severity value) {
    return new Finding(
        fingerprint,
        rule,
        value,
        confidence,
        location,
        message,
        evidence,
        remediation,
        flow,
        proof);
  }

  public Finding withFingerprint(String value) {
    return new Finding(
        value, rule, severity, confidence, location, message, evidence, remediation, flow, proof);
  }

  public static Builder builder(RuleMeta rule, Location location) {
    return new Builder(rule, location);
  }

  /** Collects a finding's parts; severity, confidence and remediation default to the rule's. */
  public static final class Builder {
    private final RuleMeta rule;
    private final Location location;
    private Severity severity;
    private Confidence confidence;
    private String message;
    private Evidence evidence;
    private String remediation;
    private String anchor;
    private List<FlowStep> flow = List.of();
    private Proof proof;

    private Builder(RuleMeta rule, Location location) {
      this.rule = Objects.requireNonNull(rule, "rule");
      this.location = Objects.requireNonNull(location, "location");
      this.severity = rule.severity();
      this.confidence = rule.confidence();
      this.remediation = rule.remediation();
    }

    public Builder message(String value) {
      this.message = value;
      return this;
    }

    public Builder severity(Severity value) {
      this.severity = value;
      return this;
    }

    public Builder confidence(Confidence value) {
      this.confidence = value;
      return this;
    }

    public Builder evidence(Evidence value) {
      this.evidence = value;
      return this;
    }

    public Builder remediation(String value) {
      this.remediation = value;
      return this;
    }

    /**
     * What identifies this finding within its file or operation, independent of line numbers; must
     * not contain a secret. Defaults to the evidence text, else the message.
     */
    public Builder anchor(String value) {
      this.anchor = value;
      return this;
    }

    public Builder flow(List<FlowStep> value) {
      this.flow = value;
      return this;
    }

    public Builder proof(Proof value) {
      this.proof = value;
      return this;
    }

    public Finding build() {
      String text = message == null ? rule.title() : message;
      String key = anchor != null ? anchor : evidence != null ? evidence.text() : text;
      return new Finding(
          Fingerprints.of(rule.id(), location, key),
          rule,
          severity,
          confidence,
          location,
          text,
          Optional.ofNullable(evidence),
          remediation,
          flow,
          Optional.ofNullable(proof));
    }
  }
}
