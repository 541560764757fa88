package dev.bulwark.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Severity;
import dev.bulwark.live.checks.exposure.DebugPageExposed;
import dev.bulwark.live.checks.exposure.StackTraceInResponse;
import dev.bulwark.live.support.Scans;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Flask app (run when Python with Flask is installed): the Werkzeug debugger, on and off.
 */
class FlaskAppTest {
  @TempDir Path dir;

  @Test
  void theWerkzeugDebuggerOfARealFlaskAppIsCritical() throws Exception {
    CollectingScanContext context = scanFlask(true);

    assertThat(context.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("live-debug-page-exposed");
              assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            });
  }

  @Test
  void aRealFlaskAppWithoutDebugShowsNoDebugPage() throws Exception {
    CollectingScanContext context = scanFlask(false);

    assertThat(context.findings()).noneMatch(f -> f.ruleId().equals("live-debug-page-exposed"));
    assertThat(context.findings())
        .noneMatch(f -> f.ruleId().equals("live-stack-trace-in-response"));
  }

  private CollectingScanContext scanFlask(boolean debug) throws Exception {
    assumeTrue(flaskInstalled(), "python3 with Flask is not installed");
    Path app = dir.resolve("crashing_app.py");
    try (var in = getClass().getResourceAsStream("/flask/crashing_app.py")) {
      Files.write(app, in.readAllBytes());
    }
    List<String> command =
        debug ? List.of("python3", app.toString(), "debug") : List.of("python3", app.toString());
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      int port = Integer.parseInt(out.readLine().strip());
      LiveRunner runner =
          new LiveRunner(
              URI.create("http://127.0.0.1:" + port),
              Optional.empty(),
              Scans.fast(),
              List.of(new DebugPageExposed(), new StackTraceInResponse()),
              List.of());
      CollectingScanContext context = Scans.context();
      runner.run(context);
      return context;
    } finally {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static boolean flaskInstalled() {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", "import flask").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
