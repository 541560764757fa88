package dev.bulwark.cli;

import dev.bulwark.live.LiveOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The live lens's flags of {@code bulwark scan}, and the {@link LiveOptions} they make. */
final class LiveFlags {
  @Option(
      names = {"-H", "--header"},
      paramLabel = "'Name: value'",
      description =
          "Live: a header for an authenticated scan; value may be env:VAR or @file (repeatable).")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--identity-b",
      paramLabel = "'Name: value'",
      description = "Live: a second identity for cross-user checks (repeatable).")
  List<String> identityB = new ArrayList<>();

  @Option(
      names = "--active",
      description = "Live: allow methods beyond GET/HEAD/OPTIONS on operations the spec declares.")
  boolean active;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      description = "Live: request budget (default: scaled to the operations).")
  Optional<Integer> maxRequests = Optional.empty();

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Live: requests in flight at once (default 4).")
  Optional<Integer> concurrency = Optional.empty();

  @Option(
      names = "--rate",
      paramLabel = "PER_SECOND",
      description = "Live: at most this many requests per second (default 20).")
  Optional<Double> rate = Optional.empty();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Live: per-request timeout (default 10).")
  Optional<Double> timeout = Optional.empty();

  @Option(
      names = "--max-duration",
      paramLabel = "SECONDS",
      description = "Live: whole-scan time limit (default 120).")
  Optional<Double> maxDuration = Optional.empty();

  @Option(
      names = "--allow-host",
      paramLabel = "HOST",
      description =
          "Live: also follow and probe HOST (repeatable; default: the target's origin only).")
  List<String> allowHosts = new ArrayList<>();

  @Option(
      names = "--dry-run",
      description = "Live: list the planned requests without sending them.")
  boolean dryRun;

  @Option(
      names = "--proxy",
      paramLabel = "HOST:PORT",
      description = "Live: send requests through this HTTP proxy.")
  Optional<String> proxy = Optional.empty();

  @Option(
      names = "--ca-cert",
      paramLabel = "PEM",
      description = "Live: also trust the certificate authorities in this PEM file.")
  Optional<Path> caCert = Optional.empty();

  @Option(
      names = "--client-cert",
      paramLabel = "P12",
      description = "Live: client certificate and key (PKCS#12) for mTLS.")
  Optional<Path> clientCert = Optional.empty();

  @Option(
      names = "--client-cert-password",
      paramLabel = "PASSWORD",
      description = "Live: the PKCS#12 password: env:VAR or @file (default: none).")
  Optional<String> clientCertPassword = Optional.empty();

  @Option(
      names = "--auth-command",
      paramLabel = "CMD",
      description =
          "Live: a shell command printing a fresh credential ('Header: value' or a bearer token), run when the credential expires.")
  Optional<String> authCommand = Optional.empty();

  @Option(
      names = "--har",
      paramLabel = "FILE",
      description = "Live: write every exchange, redacted, as HAR 1.2.")
  Optional<Path> har = Optional.empty();

  /** The options from these flags, then {@code bulwark.yaml}'s {@code live:}, then defaults. */
  LiveOptions options(ConfigFile.Live live, Map<String, String> env) {
    LiveOptions defaults = LiveOptions.defaults();
    List<String> hosts = new ArrayList<>(live.allowHosts());
    hosts.addAll(allowHosts);
    return new LiveOptions(
            headers.stream().map(h -> CredentialValue.resolveHeader(h, env)).toList(),
            identityB.stream().map(h -> CredentialValue.resolveHeader(h, env)).toList(),
            active || Boolean.TRUE.equals(live.active()),
            positive(
                    "--max-requests", maxRequests.or(() -> Optional.ofNullable(live.maxRequests())))
                .orElse(defaults.maxRequests()),
            positive("--concurrency", concurrency.or(() -> Optional.ofNullable(live.concurrency())))
                .orElse(defaults.concurrency()),
            rate.or(() -> Optional.ofNullable(live.rate()))
                .map(LiveFlags::rate)
                .orElse(defaults.ratePerSecond()),
            timeout
                .or(() -> Optional.ofNullable(live.timeout()))
                .map(s -> seconds("--timeout", s))
                .orElse(defaults.timeout()),
            maxDuration
                .or(() -> Optional.ofNullable(live.maxDuration()))
                .map(s -> seconds("--max-duration", s))
                .orElse(defaults.maxDuration()),
            hosts,
            dryRun)
        .withTls(
            proxy,
            caCert.map(f -> readable("--ca-cert", f)),
            clientCert.map(f -> readable("--client-cert", f)),
            clientCertPassword
                .map(p -> CredentialValue.resolve(p, env, "--client-cert-password"))
                .orElse(""))
        .withAuthCommand(authCommand.map(c -> List.of("sh", "-c", c)).orElse(List.of()))
        .withHarFile(har);
  }

  private static Optional<Integer> positive(String flag, Optional<Integer> value) {
    value.ifPresent(
        v -> {
          if (v < 1) {
            throw UserError.badInput(flag + " must be at least 1, not " + v);
          }
        });
    return value;
  }

  private static double positive(String flag, double value) {
    if (!(value > 0)) {
      throw UserError.badInput(flag + " must be positive, not " + value);
    }
    return value;
  }

  /** Requests per second; 0 means unlimited (for loopback benchmarks and your own servers). */
  private static double rate(double value) {
    if (value < 0 || Double.isNaN(value)) {
      throw UserError.badInput("--rate must be 0 (unlimited) or positive, not " + value);
    }
    return value;
  }

  private static Path readable(String flag, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw UserError.badInput(flag + ": cannot read " + file);
    }
    return file;
  }

  private static Duration seconds(String flag, double value) {
    return Duration.ofMillis(Math.round(positive(flag, value) * 1000));
  }
}
