package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.ScanResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRoundTripTest {

  @ParameterizedTest
  @EnumSource(Render.Sample.class)
  void readingAReportWithTheRegistryGivesTheSameResult(Render.Sample sample) throws IOException {
    // given a result written as JSON
    ScanResult original = sample.result();
    String json = Render.render("json", original);
    // when it is read back with the rules known
    ScanResult read = ScanResultJson.read(stream(json), SampleResults.REGISTRY);
    // then it is the same result
    assertThat(read).isEqualTo(original);
  }

  @ParameterizedTest
  @EnumSource(Render.Sample.class)
  void unknownRulesLoadFromTheReportsOwnFields(Render.Sample sample) throws IOException {
    // given a report read without any rule registry
    String json = Render.render("json", sample.result());
    ScanResult read = ScanResultJson.read(stream(json));
    // then writing it again gives the same bytes
    assertThat(Render.render("json", read)).isEqualTo(json);
    assertThat(read.findings()).hasSameSizeAs(sample.result().findings());
  }

  @Test
  void hostileReportRoundTrips() throws IOException {
    ScanResult original = HostileSamples.result();
    String json = Render.render("json", original);
    assertThat(ScanResultJson.read(stream(json))).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{\"schemaVersion\": 1}", "{} trailing"})
  void malformedInputGivesAOneLineError(String input) {
    assertThatThrownBy(() -> ScanResultJson.read(stream(input)))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageStartingWith("")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("report"));
  }

  @Test
  void aMissingFieldIsNamed() {
    String json = Render.render("json", SampleResults.one()).replace("\"fingerprint\"", "\"fp\"");
    assertThatThrownBy(() -> ScanResultJson.read(stream(json)))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("finding.fingerprint");
  }

  @Test
  void anUnsupportedSchemaVersionIsNamed() {
    String json =
        Render.render("json", SampleResults.one())
            .replace("\"schemaVersion\": 1", "\"schemaVersion\": 9");
    assertThatThrownBy(() -> ScanResultJson.read(stream(json)))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("schemaVersion 9");
  }

  @Test
  void aBadEnumValueIsNamed() {
    String json = Render.render("json", SampleResults.one()).replace("\"high\"", "\"severe\"");
    assertThatThrownBy(() -> ScanResultJson.read(stream(json)))
        .isInstanceOf(MalformedReportException.class)
        .hasMessageContaining("severe");
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
