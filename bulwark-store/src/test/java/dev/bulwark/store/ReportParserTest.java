package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.store.Reports.F;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportParserTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void rendersEachLocationKindOnOneLine() throws Exception {
    assertThat(
            ReportParser.location(
                MAPPER.readTree(
                    "{\"kind\":\"source\",\"file\":\"app.py\",\"line\":12,\"column\":5}")))
        .isEqualTo("app.py:12:5");
    assertThat(
            ReportParser.location(
                MAPPER.readTree(
                    "{\"kind\":\"spec\",\"file\":\"api.yaml\",\"pointer\":\"/paths/~1users/get\",\"method\":\"GET\",\"path\":\"/users\"}")))
        .isEqualTo("GET /users (api.yaml#/paths/~1users/get)");
    assertThat(
            ReportParser.location(
                MAPPER.readTree(
                    "{\"kind\":\"http\",\"method\":\"GET\",\"url\":\"http://127.0.0.1/x\",\"path\":\"/x\",\"parameter\":\"api_key\"}")))
        .isEqualTo("GET http://127.0.0.1/x [api_key]");
  }

  @Test
  void cutsHugeFreeTextButKeepsTheRest() {
    String huge = "<script>".repeat(200_000);
    String json =
        Reports.report(
            "big",
            "p",
            "1",
            Instant.EPOCH,
            50,
            List.of(new F("fp", "rule-x", "high", "ssrf", huge)));
    StoredFinding f = ReportParser.parse(json).findings().get(0);
    assertThat(f.evidence()).hasSize(8193).endsWith("…");
  }

  @Test
  void namesTheMissingField() {
    assertThatThrownBy(() -> ReportParser.parse("{\"schemaVersion\":1}"))
        .isInstanceOf(BadReportException.class)
        .hasMessage("the report has no 'scan' object");
    assertThatThrownBy(() -> ReportParser.parse("[]"))
        .hasMessage("the report must be a JSON object");
    assertThatThrownBy(() -> ReportParser.parse("")).hasMessage("the report is empty");
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertThatThrownBy(() -> ReportParser.parse(deep))
        .isInstanceOf(BadReportException.class)
        .hasMessage("the report nests deeper than any report does");
  }
}
