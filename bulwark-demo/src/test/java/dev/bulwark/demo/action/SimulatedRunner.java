package dev.bulwark.demo.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A GitHub Actions runner as the action's scripts see it: the {@code GITHUB_*} variables, the
 * output and summary files, a pull-request event, and a working directory.
 */
final class SimulatedRunner {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  final Path dir;
  final Path output;
  final Path summary;
  final Map<String, String> env = new HashMap<>();

  SimulatedRunner(Path dir, String apiUrl) throws IOException {
    this.dir = dir;
    this.output = dir.resolve("github_output");
    this.summary = dir.resolve("step_summary");
    Path event = dir.resolve("event.json");
    Files.writeString(event, "{\"pull_request\": {\"number\": 7}}");
    Files.createDirectories(dir.resolve("workspace"));
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_EVENT_NAME", "pull_request");
    env.put("GITHUB_REPOSITORY", "acme/orders");
    env.put("GITHUB_API_URL", apiUrl);
    env.put("GITHUB_TOKEN", "test-token-0000");
    env.put("GITHUB_WORKSPACE", dir.resolve("workspace").toString());
    env.put("RUNNER_TEMP", dir.toString());
  }

  static boolean hasCommand(String command) {
    try {
      Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.resolve("workspace").toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("BULWARK_"));
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Run(process.exitValue(), out);
  }

  /** The step outputs written so far; a later value of a name wins, as on GitHub. */
  Map<String, String> outputs() throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.exists(output)) {
      return values;
    }
    for (String line : Files.readAllLines(output)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return values;
  }

  String summaryText() throws IOException {
    return Files.exists(summary) ? Files.readString(summary) : "";
  }

  record Run(int status, String output) {}
}
