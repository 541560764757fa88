package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Confidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericSecretsTest {
  private final SecretEngine engine = SecretEngine.builtIn();

  @Test
  void aRandomHexTailMakesAValueWithAReadablePrefixASecret() {
    // given a secret-named constant whose value starts with words and ends in a random hex run
    String value = "acme-" + "admin-" + "0d1e2f3a" + "4b5c6d7e8f90";
    String line = "ADMIN_API_KEY = \"" + value + "\"";

    // when the line is scanned
    List<SecretMatch> found = engine.findIn(line);

    // then the whole value is reported with high confidence
    assertThat(found)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.rule().id()).isEqualTo("hardcoded-secret-generic");
              assertThat(m.secret()).isEqualTo(value);
              assertThat(m.confidence()).isEqualTo(Confidence.HIGH);
            });
  }

  @Test
  void dictionaryWordsAndASmallCounterAreAtMostLowConfidence() {
    // given a secret-named key holding words and a counter
    String line = "{\"api_key\": \"" + "acme-" + "customer-key-" + "2" + "\"}";

    // when the line is scanned
    List<SecretMatch> found = engine.findIn(line);

    // then nothing above low confidence is reported
    assertThat(found).allSatisfy(m -> assertThat(m.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void aShortOrLowEntropyTailDoesNotCountAsRandom() {
    // given values whose only long run is readable or repetitive
    // when their shape is judged
    // then none has a random run
    assertThat(ValueShape.hasRandomRun("acme-admin-" + "00000000111111112")).isFalse();
    assertThat(ValueShape.hasRandomRun("acme-admin-" + "0d1e2f3a")).isFalse();
    assertThat(ValueShape.hasRandomRun("customerkeyversiontwo")).isFalse();
  }
}
