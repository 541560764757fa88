package dev.bulwark.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Which rules run and at what severity, from {@code bulwark.yaml} and the command line. */
public record RulePolicy(Set<String> disabled, Map<String, Severity> severityOverrides) {
  public static final RulePolicy DEFAULT = new RulePolicy(Set.of(), Map.of());

  public RulePolicy {
    disabled = Set.copyOf(disabled);
    severityOverrides = Map.copyOf(severityOverrides);
  }

  public boolean enabled(String ruleId) {
    return !disabled.contains(ruleId);
  }

  public Optional<Severity> severityFor(String ruleId) {
    return Optional.ofNullable(severityOverrides.get(ruleId));
  }

  public Finding apply(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    return severityFor(finding.ruleId()).map(finding::withSeverity).orElse(finding);
  }
}
