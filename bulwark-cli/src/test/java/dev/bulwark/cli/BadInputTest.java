package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input named on the command line: one line naming the problem, exit 2, no stack trace. */
class BadInputTest {
  @TempDir Path dir;

  private static void assertOneLineError(CliRun run, String expected) {
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void givenAMissingPath_whenScanned_thenExit2NamesIt() {
    CliRun run = CliRun.of("scan", dir.resolve("nope").toString());

    assertOneLineError(run, "nope: no such file or directory");
  }

  @Test
  void givenAnUnknownFormat_whenScanned_thenExit2NamesIt() {
    CliRun run = CliRun.of("scan", dir.toString(), "--format", "pdf");

    assertOneLineError(run, "unknown format 'pdf'");
  }

  @Test
  void givenAnUnknownRuleId_whenExplained_thenExit2NamesIt() {
    CliRun run = CliRun.of("explain", "no-such-rule");

    assertOneLineError(run, "unknown rule id 'no-such-rule'");
  }

  @Test
  void givenABaselineThatIsNotABaseline_whenScanned_thenExit2NamesIt() throws IOException {
    Path notBaseline = Files.writeString(dir.resolve("report.json"), "{\"schemaVersion\": 1}");

    CliRun run = CliRun.of("scan", dir.toString(), "--baseline", notBaseline.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("report.json").doesNotContain("\tat ");
  }

  @Test
  void givenAConfigWithAnUnknownKey_whenScanned_thenExit2NamesTheKey() throws IOException {
    Path cfg = Files.writeString(dir.resolve("bulwark.yaml"), "include: [src]\nfail-bellow: 70\n");

    CliRun run = CliRun.of("scan", dir.toString(), "--config", cfg.toString());

    assertOneLineError(run, "bulwark.yaml:2: unknown key 'fail-bellow'");
  }

  @Test
  void givenAnUnknownFlag_whenRun_thenExit2WithAHint() {
    CliRun run = CliRun.of("scan", "--frobnicate", ".");

    assertOneLineError(run, "--frobnicate");
    assertThat(run.err()).contains("--help");
  }

  @Test
  void givenAnOutOfRangeThreshold_whenScanned_thenExit2() {
    CliRun run = CliRun.of("scan", dir.toString(), "--fail-below", "120");

    assertOneLineError(run, "--fail-below must be between 0 and 100");
  }

  @Test
  void givenAHeaderFromAnUnsetVariable_whenScanned_thenExit2WithoutEchoingValues() {
    CliRun run =
        CliRun.of(
            "scan", "http://127.0.0.1:9/", "--header", "X-API-Key: env:BULWARK_TEST_UNSET_VAR");

    assertOneLineError(run, "BULWARK_TEST_UNSET_VAR is not set");
  }
}
