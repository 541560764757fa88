package dev.bulwark.live.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.live.checks.crypto.CertificateProblem;
import dev.bulwark.live.checks.crypto.HstsMissing;
import dev.bulwark.live.checks.crypto.LegacyTlsAccepted;
import dev.bulwark.live.checks.crypto.WeakCipherAccepted;
import dev.bulwark.live.support.LegacyTlsServer;
import dev.bulwark.live.support.Scans;
import java.nio.file.Path;
import java.util.Optional;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ProtocolVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsChecksTest {
  @TempDir static Path keys;

  @Test
  void aServerStillSpeakingTls10IsReportedWithTwoHandshakes() throws Exception {
    try (LegacyTlsServer server =
        new LegacyTlsServer(
            keys, new ProtocolVersion[] {ProtocolVersion.TLSv10, ProtocolVersion.TLSv12}, "")) {
      var result = scan(server, new LegacyTlsAccepted());

      assertThat(result.of("live-legacy-tls-accepted"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("TLSv1").doesNotContain("TLSv1.1"));
      long exchanges =
          result.summary().requestsByPurpose().values().stream().mapToLong(Long::longValue).sum();
      assertThat(result.requests() - exchanges).isEqualTo(2); // one handshake per legacy version
    }
  }

  @Test
  void aTls12OnlyServerStaysSilent() throws Exception {
    try (LegacyTlsServer server =
        new LegacyTlsServer(
            keys,
            new ProtocolVersion[] {ProtocolVersion.TLSv12},
            "Strict-Transport-Security: max-age=31536000\r\n")) {
      var result = scan(server, new LegacyTlsAccepted(), new HstsMissing());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void aServerThatPicks3desIsReportedWithThreeHandshakes() throws Exception {
    try (LegacyTlsServer server =
        new LegacyTlsServer(
            keys,
            new ProtocolVersion[] {ProtocolVersion.TLSv12},
            "",
            CipherSuite.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,
            CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)) {
      var result = scan(server, new WeakCipherAccepted());

      assertThat(result.of("live-weak-cipher-accepted"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("3DES").doesNotContain("RC4"));
      assertThat(handshakes(result)).isEqualTo(3); // one per weak family
    }
  }

  @Test
  void aServerWithModernSuitesOnlyStaysSilent() throws Exception {
    try (LegacyTlsServer server =
        new LegacyTlsServer(keys, new ProtocolVersion[] {ProtocolVersion.TLSv12}, "")) {
      var result = scan(server, new WeakCipherAccepted());

      assertThat(result.findings()).isEmpty();
      assertThat(result.errors()).isEmpty();
      assertThat(handshakes(result)).isEqualTo(3);
    }
  }

  private static long handshakes(Scans result) {
    return result.requests()
        - result.summary().requestsByPurpose().values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void anHttpsAnswerWithoutHstsIsReported() throws Exception {
    try (LegacyTlsServer server =
        new LegacyTlsServer(keys, new ProtocolVersion[] {ProtocolVersion.TLSv12}, "")) {
      var result = scan(server, new HstsMissing());

      assertThat(result.of("live-hsts-missing")).hasSize(1);
    }
  }

  @Test
  void aSelfSignedCertificateIsReportedWhenNotTrusted() throws Exception {
    try (LegacyTlsServer server =
        new LegacyTlsServer(keys, new ProtocolVersion[] {ProtocolVersion.TLSv12}, "")) {
      Scans untrusted =
          dev.bulwark.live.LiveTesting.scan(
              server.base(), Optional.empty(), Scans.fast(), new CertificateProblem());
      Scans trusted = scan(server, new CertificateProblem());

      assertThat(untrusted.of("live-tls-certificate-invalid"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("not trusted"));
      assertThat(trusted.findings()).isEmpty();
    }
  }

  private static Scans scan(LegacyTlsServer server, dev.bulwark.live.check.LiveCheck... checks)
      throws Exception {
    var options =
        Scans.fast().withTls(Optional.empty(), Optional.of(server.pem(keys)), Optional.empty(), "");
    return dev.bulwark.live.LiveTesting.scan(server.base(), Optional.empty(), options, checks);
  }
}
