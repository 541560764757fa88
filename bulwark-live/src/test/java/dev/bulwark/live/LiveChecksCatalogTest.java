package dev.bulwark.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveChecksCatalogTest {
  private final LiveChecks catalog = new LiveChecks();

  @Test
  void everyRuleIsALiveRuleWithAUniqueIdAndADoc() {
    List<RuleMeta> rules = catalog.rules();

    assertThat(RuleRegistry.of(List.of(catalog)).rules()).hasSameSizeAs(rules);
    assertThat(rules)
        .allSatisfy(
            rule -> {
              assertThat(rule.lens()).isEqualTo(Lens.LIVE);
              assertThat(rule.id()).startsWith("live-");
              assertThat(rule.cwe()).isNotEmpty();
              assertThat(catalog.doc(rule.id()))
                  .as("doc of %s", rule.id())
                  .hasValueSatisfying(doc -> assertThat(doc).contains("## How to fix it"));
            });
  }

  @Test
  void everyRuleHasAScenarioThatNamesIt() throws Exception {
    String tests;
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/java"))) {
      tests =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .map(LiveChecksCatalogTest::read)
              .collect(java.util.stream.Collectors.joining("\n"));
    }

    assertThat(catalog.rules())
        .allSatisfy(
            rule ->
                assertThat(tests)
                    .as("a scenario for %s", rule.id())
                    .contains("\"" + rule.id() + "\""));
  }

  private static String read(java.nio.file.Path path) {
    try {
      return java.nio.file.Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rulesAreSortedById() {
    List<String> ids = catalog.rules().stream().map(RuleMeta::id).toList();

    assertThat(ids).isSorted();
  }
}
