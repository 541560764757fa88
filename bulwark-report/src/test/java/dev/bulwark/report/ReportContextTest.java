package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportContextTest {

  /** A data-driven catalog whose docs come from its data, not from the classpath. */
  private static final RuleCatalog DATA_CATALOG =
      new RuleCatalog() {
        @Override
        public List<RuleMeta> rules() {
          return List.of(SampleResults.HARDCODED_KEY);
        }

        @Override
        public Optional<String> doc(String ruleId) {
          return Optional.of("generated doc for " + ruleId);
        }
      };

  @Test
  void catalogsGiveTheRegistryAndEachRulesOwnDoc() {
    // given two catalogs, one building docs from data
    RuleCatalog plain = () -> List.of(SampleResults.FLASK_DEBUG);
    // when a context is built from them
    ReportContext ctx = ReportContext.of(List.of(plain, DATA_CATALOG));
    // then every rule is known and the data catalog answers for its rule's doc
    assertThat(ctx.rules().contains("flask-debug-enabled")).isTrue();
    assertThat(ctx.docs().apply("hardcoded-stripe-key"))
        .contains("generated doc for hardcoded-stripe-key");
    assertThat(ctx.docs().apply("flask-debug-enabled")).isEmpty();
    assertThat(ctx.color()).isFalse();
  }

  @Test
  void sourceRootIsNormalisedToAPrefix() {
    ReportContext ctx = ReportContext.minimal();
    assertThat(ctx.withSourceRoot(".").sourceRoot()).isEmpty();
    assertThat(ctx.withSourceRoot("./api").sourceRoot()).isEqualTo("api/");
    assertThat(ctx.withSourceRoot("services\\api/").sourceRoot()).isEqualTo("services/api/");
    assertThat(ctx.withColor(true).color()).isTrue();
  }
}
