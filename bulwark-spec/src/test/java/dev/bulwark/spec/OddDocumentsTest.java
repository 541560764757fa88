package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.RuleMeta;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd but loadable documents: no rule may throw on them. */
class OddDocumentsTest {
  private static final String HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "paths:\n  /a:\n    get: {}\n",
        "paths:\n  /a:\n    get:\n      responses: {}\n      parameters: [{name: x, in: query}]\n",
        "paths:\n  /a:\n    post:\n      requestBody: {content: {}}\n      responses: {'200': {}}\n",
        "paths:\n  /a:\n    post:\n      requestBody: {$ref: '#/components/requestBodies/Nope'}\n"
            + "      responses: {'200': {$ref: '#/components/responses/Nope'}}\n",
        "paths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/Nope'}]\n"
            + "      responses: {'200': {description: ok, content: {application/json: {schema:"
            + " {$ref: '#/components/schemas/Nope'}}}}}\n",
        "servers: [{url: '{scheme}://{host}'}, {}]\npaths:\n  /a:\n    get:\n"
            + "      security: [{}]\n      responses: {'200': {description: ok}}\n",
        "components:\n  securitySchemes:\n    o: {type: oauth2}\n    h: {type: http}\n"
            + "paths:\n  /a:\n    get:\n      callbacks: {cb: {}}\n      responses: {'200': {description: ok}}\n",
        "paths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n"
            + "            schema: {type: object, properties: {n: {$ref: '#/components/schemas/N'}}}\n"
            + "      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n"
            + "    N: {type: object, properties: {next: {$ref: '#/components/schemas/N'},"
            + " items: {type: array, items: {$ref: '#/components/schemas/N'}}}}\n",
      })
  void noRuleThrows(String body) throws Exception {
    // given an odd document
    // when it is audited
    CollectingScanContext context = Audits.auditText(HEAD + body, "odd.yaml");

    // then no rule failed
    Set<String> ruleIds =
        new SpecRules().rules().stream().map(RuleMeta::id).collect(Collectors.toSet());
    assertThat(context.errors()).noneMatch(e -> ruleIds.contains(e.source()));
  }
}
