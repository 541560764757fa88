package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Confidence;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretEngineTest {
  private final SecretEngine engine = SecretEngine.builtIn();
  private static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dcQx9";
  private static final String GENERIC = "Xq7" + "vR2mK9pL4wN8sT3bY6c";

  @Test
  void findInReportsCharOffsetsEvenAfterNonAsciiText() {
    String text = "# clé: ü\nKEY = \"" + STRIPE + "\"\n";

    List<SecretMatch> found = engine.findIn(text);

    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.rule().id()).isEqualTo("secret-stripe-live-secret-key");
              assertThat(text.substring(m.start(), m.end())).isEqualTo(STRIPE);
              assertThat(m.vendorPrefixLength()).isEqualTo(8);
            });
  }

  @Test
  void genericAssignmentsInEveryCommonSyntax() {
    List<String> lines =
        List.of(
            "API_KEY = \"" + GENERIC + "\"",
            "app.config[\"SECRET_KEY\"] = '" + GENERIC + "'",
            "{\"client_secret\": \"" + GENERIC + "\"}",
            "export AUTH_TOKEN=" + GENERIC,
            "db_password: " + GENERIC,
            "login(password=\"" + GENERIC + "\")",
            "const apiKey = `" + GENERIC + "`;");
    for (String line : lines) {
      assertThat(engine.findIn(line))
          .as(line)
          .singleElement()
          .satisfies(m -> assertThat(m.secret()).isEqualTo(GENERIC));
    }
  }

  @Test
  void notSecretsLookAlikes() {
    List<String> lines =
        List.of(
            "API_KEY = os.environ[\"API_KEY\"]",
            "token = tokenize.generate_tokens(readline)",
            "key = lambda item: item[1]",
            "next_token = \"" + GENERIC + "\"",
            "SECRET_KEY_FILE = \"/run/secrets/" + GENERIC + "\"",
            "password_hash = \"" + GENERIC + "\"",
            "if token == \"" + GENERIC + "\":",
            "API_KEY = \"your-api-key-here\"",
            "TOKEN = \"NextContinuationToken\"",
            "publicKeyToken = \"" + GENERIC + "\"");
    for (String line : lines) {
      assertThat(engine.findIn(line)).as(line).isEmpty();
    }
  }

  @Test
  void judgeAssignmentPrefersTheCatalogFormat() {
    Optional<SecretMatch> stripe = engine.judgeAssignment("payments", STRIPE);
    Optional<SecretMatch> generic = engine.judgeAssignment("SECRET_KEY", GENERIC);
    Optional<SecretMatch> placeholder = engine.judgeAssignment("SECRET_KEY", "changeme-please");
    Optional<SecretMatch> notSecretName = engine.judgeAssignment("greeting", GENERIC);

    assertThat(stripe).map(m -> m.rule().id()).contains("secret-stripe-live-secret-key");
    assertThat(generic).map(m -> m.rule().id()).contains("hardcoded-secret-generic");
    assertThat(generic).map(SecretMatch::confidence).contains(Confidence.HIGH);
    assertThat(placeholder).isEmpty();
    assertThat(notSecretName).isEmpty();
  }

  @Test
  void specificFormatWinsOverTheGenericDetectorOnTheSameValue() {
    List<SecretMatch> found = engine.findIn("stripe_secret_key = \"" + STRIPE + "\"");

    assertThat(found)
        .extracting(m -> m.rule().id())
        .containsExactly("secret-stripe-live-secret-key");
  }

  @Test
  void aLongLineOfNearMatchesFindsNothingAndEnds() {
    StringBuilder line = new StringBuilder();
    while (line.length() < 200_000) {
      line.append("sk_" + "live_abc ghp_12 AKIA12 api_key=\"ab eyJa.eyJ postgres://u: ");
    }

    assertThat(engine.findIn(line)).isEmpty();
  }
}
