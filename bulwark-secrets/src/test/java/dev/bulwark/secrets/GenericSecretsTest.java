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

  @Test
  void aSignedRequestScopeInProseIsNotASecret() {
    // given a docstring line describing an AWS signature header, with a mock key and a real-looking
    // one
    String mock =
        "Authorization: AWS4-HMAC-SHA256 Credential="
            + "mock_access_key"
            + "/20220524"
            + "/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=asdf";
    String scope = "Credential=" + "akid" + "/20220524/us-east-1/s3/aws4_request, rest";

    // when the lines are scanned
    // then neither the mock key nor the lowercase path-like scope is reported
    assertThat(engine.findIn(mock)).isEmpty();
    assertThat(engine.findIn(scope)).isEmpty();
    assertThat(Placeholders.isPlaceholder("mock_" + "api_key_value")).isTrue();
  }

  @Test
  void aBareBase64SecretWithSlashesIsStillReported() {
    // given an unquoted, ini-style secret whose base64 body holds slashes
    String secret = "Zq9vR2mK" + "/8pL4wN7sT3b" + "Y6cH1jD5/fG0xV2nA9e";
    String line = "aws_secret_access_key=" + secret;

    // when the line is scanned
    List<SecretMatch> found = engine.findIn(line);

    // then the key is still found
    assertThat(found).extracting(SecretMatch::secret).contains(secret);
  }

  @Test
  void aTypeAnnotationInASignatureIsNotAValue() {
    // given a parameter annotated with a type whose name holds a digit (found in cryptography)
    String line = "        private_key: PKCS7" + "PrivateKeyTypes,";

    // when the line is scanned
    List<SecretMatch> found = engine.findIn(line);

    // then nothing is reported
    assertThat(found).isEmpty();
  }

  @Test
  void aBareValueThatEndsItsConfigLineIsStillJudged() {
    // given a YAML line with a bare random value (the annotation rule must not hide it)
    String line = "api_token: " + "Qm7xT2vL9" + "pR4sW8zK3d";

    // when the line is scanned
    List<SecretMatch> found = engine.findIn(line);

    // then the value is reported
    assertThat(found).singleElement().satisfies(m -> assertThat(m.secret()).endsWith("zK3d"));
  }

  @Test
  void passwordSpelledInLeetIsAnExampleNotASecret() {
    // given the demo password moto ships, "password" in digits and symbols
    String line = "credentials = {\"username\": \"admin\", \"password\": \"P@55" + "w0rd!\"}";

    // when the line is scanned
    List<SecretMatch> found = engine.findIn(line);

    // then it is a placeholder
    assertThat(found).isEmpty();
  }

  @Test
  void aColonSeparatedIdentifierIsANameNotAKey() {
    // given a key-named constant that holds a resource identifier (found in samtranslator)
    String line = "_SAR_APP_KEY = \"serverlessrepo:" + "applicationId\"";

    // when the line is scanned
    List<SecretMatch> found = engine.findIn(line);

    // then nothing is reported
    assertThat(found).isEmpty();
  }
}
