package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private final Redactor redactor =
      new Redactor("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  @Test
  void givenAVendorSecret_whenRedacted_thenOnlyThePrefixLengthAndHashRemain() {
    // given
    String secret = "sk" + "_live_" + "Zq4eC39HqLyjWDarjtT1zdp7dc";

    // when
    Evidence evidence = Evidence.secret(redactor, "STRIPE = \"" + secret + "\"", secret, 8);

    // then
    assertThat(evidence.text()).doesNotContain(secret).startsWith("STRIPE = \"sk_live_…(34 chars");
    assertThat(evidence.secret().orElseThrow().length()).isEqualTo(secret.length());
    assertThat(evidence.secret().orElseThrow().hmac()).hasSize(12);
  }

  @Test
  void givenAShortPassword_whenRedacted_thenAtMostAThirdIsShown() {
    RedactedSecret r = redactor.redact("hunter2", 20);

    assertThat(r.prefix()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void givenTheSameSecret_whenRedactedTwiceWithOneKey_thenTheHashCorrelates() {
    assertThat(redactor.redact("s3cr3t-value-123", 0).hmac())
        .isEqualTo(redactor.redact("s3cr3t-value-123", 0).hmac());
  }

  @Test
  void givenHostileText_whenMadeASnippet_thenControlCharactersAreNeutralisedAndLengthBounded() {
    String hostile = "\u001b[31mred\u001b[0m\r\n" + "x".repeat(1_000_000);

    Evidence e = Evidence.snippet(hostile);

    assertThat(e.text()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\n");
    assertThat(e.text().length()).isLessThanOrEqualTo(Evidence.MAX_LENGTH + 1);
  }
}
