package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.spec.model.ApiModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents built to hang or exhaust the loader get a clear error instead. */
class HostileDocumentTest {
  private static final String HEAD =
      "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
          + "      responses:\n        '200': {description: ok}\n";

  @Test
  void aYamlAliasBombIsRefused() {
    // given the classic billion-laughs shape
    StringBuilder yaml = new StringBuilder(HEAD).append("x-bomb:\n  a0: &a0 [lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("  a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }

    // when it is parsed, then it fails fast on the alias limits
    assertThatThrownBy(() -> SpecLoader.parse(yaml.toString(), "bomb.yaml"))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("bomb.yaml");
  }

  @Test
  void anAliasBombUnderTheAliasCountIsStoppedByTheExpansionBudget() {
    // given doubling aliases that stay under the alias count limit
    StringBuilder yaml = new StringBuilder(HEAD).append("x-bomb:\n  a0: &a0 [lol, lol]\n");
    for (int i = 1; i < 40; i++) {
      yaml.append("  a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    SpecOptions options = new SpecOptions(false, 1 << 20, 200, 1000, 10_000);

    // when it is parsed, then the expansion budget names the problem
    assertThatThrownBy(() -> SpecLoader.parseDocument(yaml.toString(), "b.yaml", options))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("alias bomb");
  }

  @Test
  void aRecursiveAliasIsRefused() {
    String yaml = HEAD + "x-loop: &loop\n  self: *loop\n";
    assertThatThrownBy(() -> SpecLoader.parse(yaml, "loop.yaml"))
        .isInstanceOf(BadTargetException.class);
  }

  @Test
  void deepNestingIsRefusedInJsonAndYaml() {
    String json = "{\"openapi\":\"3.0.3\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertThatThrownBy(() -> SpecLoader.parse(json, "deep.json"))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("deep.json");
    String yaml = HEAD + "x-deep: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThatThrownBy(() -> SpecLoader.parse(yaml, "deep.yaml"))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("deep.yaml");
  }

  @Test
  void aLegitimateYamlDocumentBiggerThanSnakeYamlsDefaultLimitLoads() throws Exception {
    // given a 4 MB YAML document (SnakeYAML's default code-point limit is about 3 MB)
    StringBuilder yaml =
        new StringBuilder("openapi: 3.0.3\ninfo: {title: big, version: '1'}\npaths:\n");
    int i = 0;
    while (yaml.length() < 4_000_000) {
      yaml.append("  /items/")
          .append(i++)
          .append(":\n    get:\n      description: '")
          .append("x".repeat(200))
          .append("'\n      responses:\n        '200': {description: ok}\n");
    }

    // when it is parsed, then every operation is there
    ApiModel model = SpecLoader.parse(yaml.toString(), "big.yaml");
    assertThat(model.operations()).hasSize(i);
  }

  @Test
  void fileRefsToDevicesOrMissingFilesAreNotFollowed(@TempDir Path tmp) throws Exception {
    // given a local document referring to a device and to a missing file
    String yaml =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
            + "      responses:\n        '200':\n          description: ok\n"
            + "          content:\n            application/json:\n"
            + "              schema: {$ref: '/dev/zero#/Foo'}\n"
            + "        '201':\n          description: ok\n"
            + "          content:\n            application/json:\n"
            + "              schema: {$ref: './missing.yaml#/Foo'}\n";
    Path doc = tmp.resolve("api.yaml");
    Files.writeString(doc, yaml);

    // when it is loaded, then it loads without reading them, and says so
    SpecDocument loaded = SpecLoader.loadDocument(doc.toString(), SpecOptions.defaults());
    assertThat(loaded.operations()).hasSize(1);
    assertThat(loaded.warnings())
        .anyMatch(w -> w.contains("not followed") && w.contains("/dev/zero"))
        .anyMatch(w -> w.contains("not followed") && w.contains("missing.yaml"));
  }

  @Test
  void yamlInFlowStyleIsNotMistakenForJson() throws Exception {
    String yaml =
        "{openapi: 3.0.3, info: {title: t, version: '1'},"
            + " paths: {/a: {get: {responses: {'200': {description: ok}}}}}}";
    assertThat(SpecLoader.parse(yaml, "flow.yaml").operations()).hasSize(1);
  }

  @Test
  void yamlMergeKeysAreHonoured() throws Exception {
    String yaml =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nx-base: &ok\n  description: ok\n"
            + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          <<: *ok\n";
    ApiModel model = SpecLoader.parse(yaml, "merge.yaml");
    assertThat(model.operations()).hasSize(1);
  }
}
