package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomPatternsTest {
  @TempDir Path dir;

  @BeforeEach
  void codeWithAnInternalToken() throws IOException {
    Files.writeString(
        dir.resolve("client.py"), "TOKEN = \"acme_" + "0123456789abcdef".repeat(2) + "\"\n");
  }

  private void config(String regex) throws IOException {
    config(regex, "");
  }

  private void config(String regex, String before) throws IOException {
    Files.writeString(
        dir.resolve("bulwark.yaml"),
        before
            + String.join(
                "\n",
                "secrets:",
                "  patterns:",
                "    - id: acme-internal-token",
                "      title: ACME internal token",
                "      regex: '" + regex + "'",
                "      keywords: [acme_]",
                "      severity: high",
                "      samples:",
                "        positive: ['acme_{{hex:32}}']",
                ""));
  }

  @Test
  void givenATeamPattern_whenScanned_thenItsRuleReportsTheToken() throws IOException {
    config("acme_[a-f0-9]{32}");

    CliRun run = CliRun.of("scan", dir.toString(), "--secrets-only", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("secret-acme-internal-token")
        .doesNotContain("0123456789abcdef0123");
  }

  @Test
  void givenATeamPatternItsOwnSampleDefeats_whenScanned_thenExit2NamesIt() throws IOException {
    config("acme_[a-f0-9]{40}");

    CliRun run = CliRun.of("scan", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("acme-internal-token").contains("positive sample");
  }

  @Test
  void givenATeamPatternDisabledByItsRuleId_whenScanned_thenItIsAcceptedAndSilent()
      throws IOException {
    config("acme_[a-f0-9]{32}", "rules:\n  disable: [secret-acme-internal-token]\n");

    CliRun run = CliRun.of("scan", dir.toString(), "--secrets-only", "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).doesNotContain("secret-acme-internal-token");
  }
}
