package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonSchemaTest {

  @ParameterizedTest
  @EnumSource(Render.Sample.class)
  void everyJsonReportConformsToThePublishedSchema(Render.Sample sample) {
    // given a sample result
    // when it is rendered as JSON
    String json = Render.render("json", sample.result());
    // then the published schema accepts it
    assertThat(Schemas.violations(Schemas.REPORT, json)).isEmpty();
  }

  @Test
  void hostileAndSecretReportsConformToo() {
    assertThat(Schemas.violations(Schemas.REPORT, Render.render("json", HostileSamples.result())))
        .isEmpty();
  }

  @Test
  void theSchemaRejectsAReportWithoutFindings() {
    // given a report with its findings removed
    String json = Render.render("json", SampleResults.one()).replace("\"findings\"", "\"x\"");
    // then the schema names the problem
    assertThat(Schemas.violations(Schemas.REPORT, json)).anyMatch(m -> m.contains("findings"));
  }

  @Test
  void theSchemaRejectsAnUnknownSeverity() {
    String json = Render.render("json", SampleResults.one()).replace("\"high\"", "\"severe\"");
    assertThat(Schemas.violations(Schemas.REPORT, json)).isNotEmpty();
  }

  @Test
  void theSchemaOnTheClasspathIsThePublishedOne() throws Exception {
    Path published = Path.of("..", "docs", "schema", "bulwark-report-v1.schema.json");
    try (var in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("bulwark/schema/bulwark-report-v1.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(published));
    }
  }
}
