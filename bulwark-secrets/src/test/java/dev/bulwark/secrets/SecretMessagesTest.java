package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.RuleMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMessagesTest {
  private final SecretEngine engine = SecretEngine.builtIn();

  @Test
  void aCatalogMatchSaysItsProviderLengthAndFileKindNotItsTitle() {
    // given a PostgreSQL URL with a password, found in a .env file
    String password = "Zq9vR2mK" + "8pL4wN7sT3bY";
    String text = "DATABASE_URL=postgresql://orders:" + password + "@db.internal:5432/orders\n";
    SecretMatch match = engine.findIn(text).get(0);

    // when the message is built
    String message = SecretMessages.describe(match, "deploy/.env");

    // then it names the length, the provider and the place, and does not repeat the title
    assertThat(message)
        .isEqualTo(
            "a "
                + match.secret().length()
                + "-character credential for the database, in a .env file")
        .doesNotContain(match.rule().title());
  }

  @Test
  void aGenericMatchSaysItsLengthAndFileKind() {
    // given a generic secret in a Python file
    String value = "Xq7" + "vR2mK9pL4wN8sT3bY6c";
    SecretMatch match = engine.findIn("API_KEY = \"" + value + "\"").get(0);

    // when the message is built
    String message = SecretMessages.describe(match, "src/app/settings.py");

    // then it is specific to the value and place
    assertThat(message)
        .isEqualTo("a " + value.length() + "-character secret-looking value, in a Python file");
  }

  @Test
  void everyRemediationContinuesInLowerCaseAfterTheColon() {
    // given every catalog rule
    List<RuleMeta> rules = engine.patterns().stream().map(SecretPattern::rule).toList();

    // when their remediation texts are read
    // then none has a capital word right after "Treat the key as leaked: "
    assertThat(rules)
        .allSatisfy(
            r ->
                assertThat(r.remediation())
                    .startsWith("Treat the key as leaked: ")
                    .doesNotMatch("Treat the key as leaked: (In|Delete|Revoke|Change|A) .*"));
    assertThat(PatternCatalog.lowerFirst("In IAM, create")).isEqualTo("in IAM, create");
    assertThat(PatternCatalog.lowerFirst("IAM first")).isEqualTo("IAM first");
  }
}
