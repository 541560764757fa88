package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Category;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private final List<SecretPattern> catalog = PatternCatalog.builtIn();

  @Test
  void catalogHoldsAtLeast120Formats() {
    assertThat(catalog).hasSizeGreaterThanOrEqualTo(120);
  }

  @Test
  void everyBuiltInRegexCompiles() {
    // given the built-in catalog, whose regexes a scan compiles only on first use
    List<String> broken = new ArrayList<>();
    // when each is compiled now
    for (SecretPattern p : catalog) {
      try {
        p.regex().pattern();
      } catch (com.google.re2j.PatternSyntaxException e) {
        broken.add(p.id() + ": " + e.getMessage());
      }
    }
    // then none fails
    assertThat(broken).isEmpty();
  }

  @Test
  void everySampleOfEveryPatternBehaves() {
    List<String> problems = new ArrayList<>();
    for (SecretPattern p : catalog) {
      SampleCheck.run(p).forEach(problem -> problems.add(p.id() + ": " + problem));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void positiveSamplesAreFoundByTheWholeEngineUnderTheirOwnRule() {
    SecretEngine engine = SecretEngine.builtIn();
    List<String> misses = new ArrayList<>();
    for (SecretPattern p : catalog) {
      for (String template : p.positiveSamples()) {
        String sample = SampleTemplate.expand(template);
        boolean found = engine.findIn(sample).stream().anyMatch(m -> m.rule().equals(p.rule()));
        if (!found) {
          misses.add(p.id() + " <- " + template + " found " + engine.findIn(sample));
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void everyPatternHasSamplesOfBothKindsAndARotationAdvice() {
    for (SecretPattern p : catalog) {
      assertThat(p.positiveSamples()).as(p.id()).isNotEmpty();
      assertThat(p.negativeSamples()).as(p.id()).isNotEmpty();
      assertThat(p.rotate()).as(p.id()).isNotBlank();
    }
  }

  @Test
  void everyRuleIsClassifiedAsHardcodedCredential() {
    for (RuleMeta rule : new SecretRules().rules()) {
      assertThat(rule.category()).isEqualTo(Category.DATA_EXPOSURE);
      assertThat(rule.owasp()).contains(OwaspApi2023.API8);
      assertThat(new SecretRules().doc(rule.id())).as(rule.id()).isPresent();
    }
    assertThat(new SecretRules().rules())
        .extracting(RuleMeta::id)
        .contains("secret-stripe-live-secret-key", "hardcoded-secret-generic", "env-file-committed")
        .doesNotHaveDuplicates();
  }

  @Test
  void patternWithoutSamplesIsRejected() {
    String yaml =
        "- id: acme-key\n  title: Acme key\n  regex: 'acme_[a-z0-9]{20}'\n  keywords: [acme_]\n";
    List<PatternSpec> specs = PatternCatalog.parseSpecs(yaml);

    assertThatThrownBy(() -> PatternCatalog.custom(specs))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("no positive samples");
  }

  @Test
  void patternWithInvalidRegexIsRejectedWithAClearMessage() {
    String yaml =
        "- id: acme-key\n  title: Acme key\n  regex: 'acme_(?<=x)[a-z'\n  keywords: [acme_]\n"
            + "  samples: {positive: ['acme_{{lowernum:20}}']}\n";

    assertThatThrownBy(() -> PatternCatalog.custom(PatternCatalog.parseSpecs(yaml)))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("secret pattern acme-key: invalid regex");
  }

  @Test
  void customPatternWhosePositiveSampleDoesNotMatchIsRejected() {
    String yaml =
        "- id: acme-key\n  title: Acme key\n  regex: 'acme_[a-z0-9]{20}'\n  keywords: [acme_]\n"
            + "  samples: {positive: ['acme_{{lowernum:5}}']}\n";

    assertThatThrownBy(() -> PatternCatalog.custom(PatternCatalog.parseSpecs(yaml)))
        .hasMessageContaining("positive sample not found");
  }

  @Test
  void customPatternsJoinTheBuiltInOnes() {
    String yaml =
        "- id: acme-key\n  title: Acme key\n  regex: '\\bacme_[a-z0-9]{20}\\b'\n"
            + "  keywords: [acme_]\n  severity: critical\n"
            + "  samples: {positive: ['acme_{{lowernum:20}}'], negative: ['acme_x']}\n";
    SecretEngine engine = SecretEngine.builtIn().withCustom(PatternCatalog.parseSpecs(yaml));

    List<SecretMatch> found = engine.findIn("ACME = \"acme_" + "k3j4h5g6f7d8s9a0p1o2\"");

    assertThat(found).extracting(m -> m.rule().id()).containsExactly("secret-acme-key");
  }
}
