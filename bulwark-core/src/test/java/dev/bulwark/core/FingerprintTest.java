package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
  private final RuleMeta rule =
      SampleRules.rule("flask-debug-enabled", Category.DATA_EXPOSURE, Severity.HIGH);

  @Test
  void givenTheSameCodeOnAnotherLine_whenFingerprinted_thenTheFingerprintIsUnchanged() {
    // given: the finding moved from line 10 to line 42 because code was added above it
    Finding before =
        Finding.builder(rule, SourceLocation.of("app.py", 10, 5))
            .evidence(Evidence.snippet("app.run(debug=True)"))
            .build();
    Finding after =
        Finding.builder(rule, SourceLocation.of("app.py", 42, 5))
            .evidence(Evidence.snippet("  app.run(debug=True)  "))
            .build();

    // then
    assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
  }

  @Test
  void givenAnotherFileOrRule_whenFingerprinted_thenTheFingerprintDiffers() {
    Finding a =
        Finding.builder(rule, SourceLocation.of("app.py", 1, 1))
            .evidence(Evidence.snippet("x"))
            .build();
    Finding otherFile =
        Finding.builder(rule, SourceLocation.of("wsgi.py", 1, 1))
            .evidence(Evidence.snippet("x"))
            .build();
    Finding otherRule =
        Finding.builder(
                SampleRules.rule("other", Category.DATA_EXPOSURE, Severity.HIGH),
                SourceLocation.of("app.py", 1, 1))
            .evidence(Evidence.snippet("x"))
            .build();

    assertThat(otherFile.fingerprint()).isNotEqualTo(a.fingerprint());
    assertThat(otherRule.fingerprint()).isNotEqualTo(a.fingerprint());
  }

  @Test
  void givenTwoInstallKeys_whenASecretIsFingerprinted_thenTheFingerprintIsTheSame() {
    // given: a secret-like value, redacted under two different install keys
    String secret = "sk" + "_test_" + "abcdefghijklmnopqrstuvwx";
    Redactor one = Redactor.ephemeral();
    Redactor two = Redactor.ephemeral();
    SourceLocation where = SourceLocation.of("config.py", 3, 11);

    // when: the rule anchors on the line with the secret masked, as secret rules must
    Finding a =
        Finding.builder(rule, where)
            .evidence(Evidence.secret(one, "KEY = '" + secret + "'", secret, 8))
            .anchor("KEY = '<secret>'")
            .build();
    Finding b =
        Finding.builder(rule, where)
            .evidence(Evidence.secret(two, "KEY = '" + secret + "'", secret, 8))
            .anchor("KEY = '<secret>'")
            .build();

    // then
    assertThat(a.evidence().orElseThrow().text()).isNotEqualTo(b.evidence().orElseThrow().text());
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
  }
}
