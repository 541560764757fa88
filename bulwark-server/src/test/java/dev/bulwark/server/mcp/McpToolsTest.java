package dev.bulwark.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.RuleDocs;
import dev.bulwark.core.ScanResult;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tools' logic without a transport: mapping, fixes, host policy, scrubbing. */
class McpToolsTest {
  private final ScanResult result = McpFixtures.resultWithFindings();

  private static String text(CallToolResult reply) {
    return ((TextContent) reply.content().get(0)).text();
  }

  @Test
  @SuppressWarnings("unchecked")
  void mapsAResultToTheJsonReportShapeWithoutAnyWholeSecret() {
    Map<String, Object> map = new McpResultMapper(200).toMap(result);

    assertThat(map).containsEntry("schemaVersion", 1).containsEntry("findingsTotal", 2);
    List<Map<String, Object>> findings = (List<Map<String, Object>>) map.get("findings");
    assertThat(findings)
        .extracting(f -> ((Map<String, Object>) f.get("location")).get("kind"))
        .containsExactlyInAnyOrder("source", "http");
    Map<String, Object> source =
        findings.stream()
            .filter(f -> ((Map<String, Object>) f.get("location")).get("kind").equals("source"))
            .findFirst()
            .orElseThrow();
    assertThat(source)
        .containsEntry("ruleId", "test-debug-enabled")
        .containsEntry("severity", "high")
        .containsEntry("category", "data_exposure")
        .containsEntry("owasp", List.of("API3:2023"))
        .containsEntry(
            "location", Map.of("kind", "source", "file", "app.py", "line", 42, "column", 5));
    assertThat(map.toString()).doesNotContain(McpFixtures.SECRET).contains("sk_live_");
    assertThat(McpResultMapper.text(result)).startsWith("Scan ").contains("2 findings");
  }

  @Test
  @SuppressWarnings("unchecked")
  void capsTheFindingsShown() {
    Map<String, Object> map = new McpResultMapper(1).toMap(result);

    assertThat((List<Object>) map.get("findings")).hasSize(1);
    assertThat(map).containsEntry("findingsShown", 1).containsEntry("findingsTotal", 2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void suggestFixForAFindingGivesItsLocationAndTheFlaskCode() throws ToolException {
    ScanHistory history = new ScanHistory(5);
    history.add(result);
    RuleTools tools = new RuleTools(McpStdioTestMain.registry(), RuleDocs::load, history);
    String fingerprint = result.findings().get(0).fingerprint();

    CallToolResult fix =
        tools.suggestFix(Map.of("scanId", result.scanId(), "fingerprint", fingerprint));

    Map<String, Object> structured = (Map<String, Object>) fix.structuredContent();
    assertThat(structured).containsKeys("finding", "fix", "code", "remediation");
    assertThat((String) structured.get("fix"))
        .startsWith("## How to fix")
        .doesNotContain("## References");
    assertThat(text(fix)).contains("Finding test-debug-enabled at ", "app.run(debug=False)");
    assertThatThrownBy(
            () -> tools.suggestFix(Map.of("scanId", result.scanId(), "fingerprint", "nope")))
        .hasMessageContaining("no finding with fingerprint 'nope'");
    assertThatThrownBy(() -> tools.suggestFix(Map.of("ruleId", "test-debug")))
        .hasMessageContaining("did you mean test-debug-enabled");
  }

  @Test
  void fixSectionSkipsHeadingsInsideCodeAndEndsAtTheNextSection() {
    String doc =
        "# Rule\n\n```python\n# fix this later\n```\n\n## Remediation\n\nDo this:\n\n"
            + "```python\nhmac.compare_digest(a, b)\n# a comment\n```\n\n### Detail\n\nmore\n\n## See also\n";

    assertThat(RuleFixes.section(doc))
        .hasValueSatisfying(
            s ->
                assertThat(s)
                    .startsWith("## Remediation")
                    .contains("### Detail")
                    .doesNotContain("See also"));
    assertThat(RuleFixes.section(doc).flatMap(RuleFixes::firstCode))
        .hasValue(new RuleFixes.Code("python", "hmac.compare_digest(a, b)\n# a comment"));
    assertThat(RuleFixes.section("# Rule\n\nno fix heading\n")).isEmpty();
  }

  @Test
  void hostPolicyAllowsLoopbackAndPrivateRangesOnly() throws Exception {
    HostPolicy policy = new HostPolicy(List.of("api.partner.example", "*.staging.example"));

    for (String ok :
        List.of(
            "http://127.0.0.1:5000/",
            "http://localhost/",
            "http://[::1]:8080/",
            "http://10.1.2.3/",
            "http://172.16.0.9/",
            "http://192.168.1.20/",
            "https://api.partner.example/",
            "https://eu.staging.example/")) {
      policy.check(URI.create(ok));
    }
    for (String refused :
        List.of("http://203.0.113.9/", "http://169.254.169.254/latest/", "http://172.32.0.1/")) {
      assertThatThrownBy(() -> policy.check(URI.create(refused)))
          .as(refused)
          .isInstanceOf(ToolException.class)
          .hasMessageContaining("neither loopback nor private");
    }
    assertThat(HostPolicy.isLocalOrPrivate(InetAddress.getByName("fd00::1"))).isTrue();
    assertThat(HostPolicy.isLocalOrPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
    assertThat(HostPolicy.isLocalOrPrivate(InetAddress.getByName("100.128.0.1"))).isFalse();
  }

  @Test
  void scrubberRemovesHeaderValuesLongestFirst() {
    SecretScrubber scrubber =
        SecretScrubber.forHeaders(
            List.of("X-API-Key: abcd1234", "Authorization: Bearer abcd1234xyz", "X-Short: ab"));

    assertThat(scrubber.scrub("got Bearer abcd1234xyz and abcd1234 and ab"))
        .isEqualTo("got [redacted] and [redacted] and ab");
    assertThat(SecretScrubber.NONE.isEmpty()).isTrue();
  }
}
