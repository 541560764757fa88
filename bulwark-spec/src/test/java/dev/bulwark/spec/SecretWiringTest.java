package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.secrets.SecretEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example-secret rule hands values to the secrets engine and never leaks what it finds. */
class SecretWiringTest {
  private static final String YAML =
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://a.example.com'}]\n"
          + "paths:\n  /pay:\n    post:\n      parameters:\n        - name: X-Api-Key\n"
          + "          in: header\n          schema: {type: string}\n          example: "
          + Audits.SECRET_PLACEHOLDER
          + "\n      responses:\n        '200': {description: ok}\n";

  @Test
  void findingsCarryOnlyRedactedEvidence() throws Exception {
    // given an example holding a live-looking key (found by the test's fake pattern)
    // when the document is audited
    CollectingScanContext context = Audits.auditText(YAML, "pay.yaml");

    // then the finding is located on the example, and no output holds the key
    Finding finding = secretFinding(context.findings());
    assertThat(finding.location().line()).isEqualTo(11);
    assertThat(finding.evidence()).isPresent();
    assertThat(finding.evidence().orElseThrow().secret()).isPresent();
    assertThat(finding.toString()).doesNotContain(Audits.ASSEMBLED_KEY);
    assertThat(finding.evidence().orElseThrow().text()).startsWith("sk_live_…");
  }

  @Test
  void theBuiltInEngineIsConsulted() throws Exception {
    // given the real catalog (skipped while the secrets engine is still a placeholder)
    assumeFalse(SecretEngine.builtIn().findIn(Audits.ASSEMBLED_KEY).isEmpty());
    String yaml = YAML.replace(Audits.SECRET_PLACEHOLDER, Audits.ASSEMBLED_KEY);
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);

    // when the lens runs with its default rules
    SpecLens.audit(SpecLoader.parseDocument(yaml, "pay.yaml", SpecOptions.defaults()), context);

    // then the engine's match becomes a finding
    assertThat(secretFinding(context.findings()).toString()).doesNotContain(Audits.ASSEMBLED_KEY);
  }

  private static Finding secretFinding(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.ruleId().equals("spec-secret-in-example"))
        .findFirst()
        .orElseThrow();
  }
}
