package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.rules.ApiKeyInQuery;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecLensTest {

  @ParameterizedTest
  @ValueSource(strings = {"clean-31.yaml", "clean-20.json"})
  void aWellSecuredSpecYieldsNothingAboveInfo(String name) throws Exception {
    // given a well-secured document
    var file = SpecLoaderTest.resource(name);

    // when the lens runs
    CollectingScanContext context = Audits.auditText(Files.readString(file), file.toString());

    // then nothing above info is found, and nothing went wrong
    assertThat(context.findings())
        .filteredOn(f -> f.severity().atLeast(Severity.LOW))
        .extracting(f -> f.ruleId() + " at " + f.location().display() + ": " + f.message())
        .isEmpty();
    assertThat(context.errors()).isEmpty();
  }

  @Test
  void countsOperationsAndMarksTheCategoriesItAssesses() throws Exception {
    // given a document with four operations
    var file = SpecLoaderTest.resource("clean-31.yaml");
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);

    // when the runner runs
    var runner = SpecLens.runner(file.toString(), SpecOptions.defaults());
    runner.run(context);

    // then stats and categories say what was done
    assertThat(context.stats().snapshot().operations()).isEqualTo(4);
    assertThat(context.stats().snapshot().files()).isEqualTo(1);
    assertThat(context.assessedCategories()).isEqualTo(runner.plannedCategories());
    assertThat(runner.plannedCategories()).hasSizeGreaterThanOrEqualTo(9);
  }

  @Test
  void anUnusableTargetThrowsBadTarget() {
    var runner = SpecLens.runner("/nonexistent/openapi.yaml", SpecOptions.defaults());
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    assertThatThrownBy(() -> runner.run(context)).isInstanceOf(BadTargetException.class);
  }

  @Test
  void aRuleThatThrowsBecomesAScanErrorAndTheOthersStillRun() throws Exception {
    // given a broken rule before a working one
    SpecRule broken =
        new SpecRule() {
          @Override
          public RuleMeta meta() {
            return RuleMeta.builder("spec-broken")
                .title("broken")
                .lens(dev.bulwark.core.Lens.SPEC)
                .category(dev.bulwark.core.Category.INVENTORY)
                .cwe(1)
                .severity(Severity.LOW)
                .remediation("none")
                .build();
          }

          @Override
          public void check(SpecDocument document, SpecReporter reporter) {
            throw new IllegalStateException("boom");
          }
        };
    String yaml =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\ncomponents:\n  securitySchemes:\n"
            + "    k: {type: apiKey, in: query, name: key}\npaths:\n  /a:\n    get:\n"
            + "      responses:\n        '200': {description: ok}\n";
    SpecDocument document = SpecLoader.parseDocument(yaml, "t.yaml", SpecOptions.defaults());
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);

    // when both run
    SpecLens.audit(document, context, List.of(broken, new ApiKeyInQuery()));

    // then the error is recorded and the other rule reported
    assertThat(context.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("spec-broken");
              assertThat(e.message()).isEqualTo("boom");
            });
    assertThat(context.findings())
        .extracting(Finding::ruleId)
        .containsExactly("spec-api-key-in-query");
  }

  @Test
  void disabledRulesDoNotRun() throws Exception {
    var file = SpecLoaderTest.resource("swagger-20.yaml");
    RulePolicy policy = new RulePolicy(Set.of("spec-no-rate-limit-documented"), Map.of());
    CollectingScanContext context = new CollectingScanContext(Redactor.ephemeral(), policy);
    SpecLens.runner(file.toString(), SpecOptions.defaults()).run(context);
    assertThat(context.findings())
        .extracting(Finding::ruleId)
        .doesNotContain("spec-no-rate-limit-documented");
  }

  @Test
  void theObjectFormOfIgnoreCarriesReasonAndExpiry() throws Exception {
    // given an operation that accepts a finding until a date, with a reason
    String yaml =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://a.example.com'}]\n"
            + "paths:\n  /a:\n    get:\n      deprecated: true\n      x-bulwark-ignore:\n"
            + "        - rule: spec-deprecated-operation\n          reason: removed in March\n"
            + "          until: 2027-03-31\n      responses:\n        '200': {description: ok}\n";

    // when it is audited
    CollectingScanContext context = Audits.auditText(yaml, "t.yaml");

    // then the finding is listed as suppressed, with the reason, the date and where it was written
    SuppressedFinding s =
        context.suppressed().stream()
            .filter(x -> x.finding().ruleId().equals("spec-deprecated-operation"))
            .findFirst()
            .orElseThrow();
    assertThat(s.suppression().reason()).isEqualTo("removed in March");
    assertThat(s.suppression().expires()).contains(LocalDate.of(2027, 3, 31));
    assertThat(s.suppression().origin()).isEqualTo("t.yaml#/paths/~1a/get");
    assertThat(context.findings())
        .extracting(Finding::ruleId)
        .doesNotContain("spec-deprecated-operation");
  }
}
