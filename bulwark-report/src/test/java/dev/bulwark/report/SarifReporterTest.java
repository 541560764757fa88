package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SarifReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(Render.Sample.class)
  void everySarifReportValidatesAgainstTheSarif210Schema(Render.Sample sample) {
    String sarif = Render.render("sarif", sample.result());
    assertThat(Schemas.violations(Schemas.SARIF, sarif)).isEmpty();
  }

  @Test
  void hostileReportValidatesToo() {
    assertThat(Schemas.violations(Schemas.SARIF, Render.render("sarif", HostileSamples.result())))
        .isEmpty();
  }

  @Test
  void rulesCarryWhatGithubCodeScanningReads() throws Exception {
    // given the many-findings sample
    JsonNode run = runOf(SampleResults.many());
    // then each rule has help, a security-severity, a precision and OWASP/CWE tags
    JsonNode rule = find(run.path("tool").path("driver").path("rules"), "flask-debug-enabled");
    assertThat(rule.path("shortDescription").path("text").asText())
        .isEqualTo("Flask debug mode enabled");
    assertThat(rule.path("help").path("markdown").asText()).startsWith("# Flask debug mode");
    assertThat(rule.path("properties").path("security-severity").asText()).isEqualTo("8.0");
    assertThat(rule.path("properties").path("precision").asText()).isEqualTo("high");
    assertThat(rule.path("properties").path("tags").toString())
        .contains("\"security\"", "\"API8:2023\"", "\"external/cwe/cwe-215\"");
  }

  @Test
  void resultsHaveLevelsFingerprintsAndLocations() throws Exception {
    JsonNode results = runOf(SampleResults.many()).path("results");
    JsonNode critical = results.get(0);
    assertThat(critical.path("ruleId").asText()).isEqualTo("hardcoded-stripe-key");
    assertThat(critical.path("level").asText()).isEqualTo("error");
    assertThat(critical.path("partialFingerprints").path("bulwark/v1").asText()).hasSize(32);
    JsonNode region = critical.path("locations").get(0).path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(3);
    assertThat(region.path("startColumn").asInt()).isEqualTo(14);
    for (JsonNode r : results) {
      // GitHub code scanning needs a file for every result: HTTP findings point at the spec file.
      assertThat(
              r.path("locations")
                  .get(0)
                  .path("physicalLocation")
                  .path("artifactLocation")
                  .path("uri")
                  .asText())
          .isNotEmpty();
    }
  }

  @Test
  void httpFindingsGetALogicalLocationAndTheirUrl() throws Exception {
    JsonNode results = runOf(SampleResults.many()).path("results");
    JsonNode http = findResult(results, "no-rate-limit");
    JsonNode loc = http.path("locations").get(0);
    assertThat(loc.path("logicalLocations").get(0).path("name").asText()).isEqualTo("POST /login");
    assertThat(loc.path("properties").path("url").asText())
        .isEqualTo("http://127.0.0.1:5000/login");
    assertThat(http.path("level").asText()).isEqualTo("note");
  }

  @Test
  void flowsBecomeCodeFlowsAndSuppressionsAreKept() throws Exception {
    JsonNode results = runOf(SampleResults.many()).path("results");
    JsonNode logged = findResult(results, "api-key-logged");
    assertThat(logged.path("codeFlows").get(0).path("threadFlows").get(0).path("locations"))
        .hasSize(2);
    long suppressed = 0;
    for (JsonNode r : results) {
      if (r.has("suppressions")) {
        suppressed++;
        assertThat(r.path("suppressions").get(0).path("justification").asText()).isNotBlank();
      }
    }
    assertThat(suppressed).isEqualTo(2);
    assertThat(results).hasSize(9);
  }

  @Test
  void errorsBecomeToolExecutionNotifications() throws Exception {
    JsonNode notes =
        runOf(SampleResults.many()).path("invocations").get(0).path("toolExecutionNotifications");
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0).path("message").path("text").asText()).startsWith("broken.py:");
  }

  @Test
  void aSourceRootPrefixesSourceFilesOnly() throws Exception {
    // given a scan of a subdirectory of the repository
    ReportContext ctx = SampleResults.context().withSourceRoot("./services/api");
    // when rendered as SARIF
    JsonNode results =
        MAPPER
            .readTree(Render.render("sarif", SampleResults.many(), ctx))
            .path("runs")
            .get(0)
            .path("results");
    // then source paths and flow steps are repository-relative; the spec file is as given
    assertThat(uri(results.get(0))).isEqualTo("services/api/config.py");
    assertThat(uri(findResult(results, "api-key-in-query")))
        .isEqualTo("examples/flask-app/openapi.yaml");
    assertThat(
            findResult(results, "api-key-logged")
                .path("codeFlows")
                .get(0)
                .path("threadFlows")
                .get(0)
                .path("locations")
                .get(0)
                .path("location")
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("services/api/app.py");
  }

  private static String uri(JsonNode result) {
    return result
        .path("locations")
        .get(0)
        .path("physicalLocation")
        .path("artifactLocation")
        .path("uri")
        .asText();
  }

  private static JsonNode runOf(dev.bulwark.core.ScanResult result) throws Exception {
    return MAPPER.readTree(Render.render("sarif", result)).path("runs").get(0);
  }

  private static JsonNode find(JsonNode rules, String id) {
    for (JsonNode r : rules) {
      if (r.path("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  private static JsonNode findResult(JsonNode results, String ruleId) {
    for (JsonNode r : results) {
      if (r.path("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + ruleId);
  }
}
