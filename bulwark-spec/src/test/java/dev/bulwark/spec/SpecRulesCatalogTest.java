package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecRulesCatalogTest {
  private final SpecRules catalog = new SpecRules();

  @Test
  void everyRuleIsUniqueDocumentedAndBelongsToTheSpecLens() {
    // given the catalog
    List<RuleMeta> rules = catalog.rules();

    // when it is registered, then ids are unique and each rule is complete
    assertThat(RuleRegistry.of(List.of(catalog)).rules()).hasSameSizeAs(rules);
    for (RuleMeta rule : rules) {
      assertThat(rule.lens()).as(rule.id()).isEqualTo(Lens.SPEC);
      assertThat(rule.id()).startsWith("spec-");
      assertThat(catalog.doc(rule.id())).as("doc of %s", rule.id()).isPresent();
      assertThat(catalog.doc(rule.id()).orElseThrow())
          .as("doc of %s shows a Flask fix", rule.id())
          .contains("```python");
    }
  }

  @Test
  void everyRuleHasPositiveAndNegativeFixtures() throws Exception {
    Path fixtures = RuleFixturesTest.fixtures();
    for (RuleMeta rule : catalog.rules()) {
      Path dir = fixtures.resolve(rule.id());
      assertThat(dir).as("fixtures of %s", rule.id()).isDirectory();
      try (var files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertThat(names).as(rule.id()).anyMatch(n -> n.startsWith("positive"));
        assertThat(names).as(rule.id()).anyMatch(n -> n.startsWith("negative"));
        assertThat(names).as(rule.id()).anyMatch(n -> n.endsWith(".json"));
        assertThat(names).as(rule.id()).anyMatch(n -> n.endsWith(".yaml"));
      }
    }
  }
}
