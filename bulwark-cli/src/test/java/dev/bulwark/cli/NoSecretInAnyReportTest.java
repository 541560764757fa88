package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Reporters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scanner that prints the keys it finds is itself a leak: no report may hold a whole secret. */
class NoSecretInAnyReportTest {
  @TempDir Path dir;

  @Test
  void givenAPlantedSecret_whenScannedInEveryFormat_thenNoReportHoldsTheWholeSecret()
      throws IOException {
    // given: a Flask settings file with a Stripe-format live key, assembled so no file holds it
    String secret = "sk_" + "live_" + "51Hq" + "Zx8Kp2Lm4Nb7Vc9Xa3Sd";
    Path app = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        app.resolve("settings.py"),
        "import os\nSTRIPE_API_KEY = \"" + secret + "\"\nDEBUG = False\n");
    Path out = Files.createDirectories(dir.resolve("reports"));
    List<String> args = new ArrayList<>(List.of("scan", app.toString(), "--no-color"));
    for (String format : Reporters.formats()) {
      args.addAll(List.of("--format", format, "--output", out.resolve("r." + format).toString()));
    }

    // when
    CliRun run = CliRun.of(args.toArray(String[]::new));

    // then: the scan found it, and said so in every format without the whole value
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    for (String format : Reporters.formats()) {
      String report = Files.readString(out.resolve("r." + format), StandardCharsets.UTF_8);
      assertThat(report).as(format).contains("settings.py").doesNotContain(secret);
      assertThat(report).as(format).doesNotContain(secret.substring(8));
    }
    assertThat(Files.readString(out.resolve("r.json"))).contains("secret-stripe");
    assertThat(run.out() + run.err()).doesNotContain(secret);
  }
}
