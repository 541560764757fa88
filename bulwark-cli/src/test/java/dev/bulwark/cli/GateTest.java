package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI gate end to end: thresholds, baselines and inline suppressions through the CLI. */
class GateTest {
  @TempDir Path dir;
  private Path app;

  @BeforeEach
  void flaskAppWithDebugOn() throws IOException {
    app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        app.resolve("app.py"),
        "from flask import Flask\napp = Flask(__name__)\n\nif __name__ == \"__main__\":\n"
            + "    app.run(debug=True)\n");
  }

  @Test
  void givenAHighFinding_whenFailOnHigh_thenExit1() {
    CliRun run = CliRun.of("scan", app.toString(), "-q", "--fail-on", "high");

    assertThat(run.exitCode()).isEqualTo(ExitCode.THRESHOLD_FAILED);
    assertThat(run.err()).contains("threshold failed").contains("--fail-on high");
  }

  @Test
  void givenAHighFinding_whenFailOnCritical_thenExit0() {
    CliRun run = CliRun.of("scan", app.toString(), "-q", "--fail-on", "critical");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void givenAScoreBelowTheMinimum_whenFailBelow_thenExit1() {
    CliRun run = CliRun.of("scan", app.toString(), "-q", "--fail-below", "95");

    assertThat(run.exitCode()).isEqualTo(ExitCode.THRESHOLD_FAILED);
    assertThat(run.err()).contains("is below --fail-below 95");
  }

  @Test
  void givenABaselineOfTodaysFindings_whenScannedAgain_thenOnlyNewFindingsFail()
      throws IOException {
    // given
    Path baseline = dir.resolve("baseline.json");
    CliRun created =
        CliRun.of("baseline", "create", app.toString(), "--output", baseline.toString());
    assertThat(created.exitCode()).isEqualTo(ExitCode.OK);

    // when: nothing changed
    CliRun same =
        CliRun.of(
            "scan", app.toString(), "-q", "--fail-on", "low", "--baseline", baseline.toString());

    // then
    assertThat(same.exitCode()).isEqualTo(ExitCode.OK);

    // when: a new problem appears
    Files.writeString(
        app.resolve("client.py"),
        "import requests\n\ndef fetch(url):\n    return requests.get(url, verify=False, timeout=5)\n");
    CliRun changed =
        CliRun.of(
            "scan", app.toString(), "-q", "--fail-on", "low", "--baseline", baseline.toString());

    // then
    assertThat(changed.exitCode()).isEqualTo(ExitCode.THRESHOLD_FAILED);
  }

  @Test
  void givenAnExistingBaseline_whenCreatedAgainWithoutForce_thenNothingIsOverwritten()
      throws IOException {
    Path baseline = Files.writeString(dir.resolve("baseline.json"), "keep me");

    CliRun run = CliRun.of("baseline", "create", app.toString(), "--output", baseline.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Files.readString(baseline)).isEqualTo("keep me");
  }

  @Test
  void givenAnInlineIgnore_whenScanned_thenTheFindingIsListedAsSuppressed() throws IOException {
    Files.writeString(
        app.resolve("app.py"),
        "from flask import Flask\napp = Flask(__name__)\n\nif __name__ == \"__main__\":\n"
            + "    # bulwark: ignore[flask-debug-enabled] local development entry point only\n"
            + "    app.run(debug=True)\n");

    CliRun run = CliRun.of("scan", app.toString(), "--format", "json", "--fail-on", "high");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("\"suppressed\"").contains("local development entry point only");
  }
}
