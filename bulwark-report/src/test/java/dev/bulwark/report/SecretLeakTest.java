package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.ScanResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretLeakTest {

  static java.util.List<String> formats() {
    return Reporters.formats();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void noFormatContainsTheWholeSecret(String format) {
    // given results holding findings for a secret (in the work tree and in git history)
    String secret = SampleResults.sampleSecret();
    String secretBody = secret.substring("sk_live_".length());
    for (ScanResult result :
        new ScanResult[] {SampleResults.many(), SampleResults.withBaseline()}) {
      // when rendered in this format, with and without colour
      for (boolean color : new boolean[] {false, true}) {
        String out = Render.render(format, result, SampleResults.context().withColor(color));
        // then neither the secret nor its private part appears, but its redacted form does
        assertThat(out).doesNotContain(secret).doesNotContain(secretBody);
        assertThat(out).contains("…(34 chars, hmac:");
      }
    }
  }
}
