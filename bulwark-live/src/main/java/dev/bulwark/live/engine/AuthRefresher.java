package dev.bulwark.live.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the user's {@code --auth-command} for a fresh credential when the primary identity's
 * credentials stop working mid-scan. Its first output line is {@code Header: value}, or a bare
 * token sent as {@code Authorization: Bearer <token>}. Runs a bounded number of times.
 */
final class AuthRefresher {
  private static final int MAX_RUNS = 3;
  private static final java.util.regex.Pattern HEADER_LINE =
      java.util.regex.Pattern.compile("[A-Za-z0-9-]+:\\s");

  private final List<String> command;
  private final Duration timeout;
  private int runs;

  AuthRefresher(List<String> command, Duration timeout) {
    this.command = List.copyOf(command);
    this.timeout = timeout;
  }

  boolean configured() {
    return !command.isEmpty();
  }

  /** A fresh header, or empty when the command is missing, exhausted, failed or printed nothing. */
  synchronized Optional<Header> refresh() {
    if (command.isEmpty() || runs >= MAX_RUNS) {
      return Optional.empty();
    }
    runs++;
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String line = out.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
      if (line.isEmpty() || process.exitValue() != 0) {
        return Optional.empty();
      }
      if (HEADER_LINE.matcher(line).lookingAt()) {
        return Header.parse(line);
      }
      return Optional.of(new Header("Authorization", "Bearer " + line));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
