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
  void rulesAreSortedById() {
    List<String> ids = catalog.rules().stream().map(RuleMeta::id).toList();

    assertThat(ids).isSorted();
  }
}
