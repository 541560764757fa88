package dev.bulwark.cli;

import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.scan.ScanListener;
import dev.bulwark.scan.ScanService;
import dev.bulwark.scan.ScanSettings;
import dev.bulwark.server.CronSchedule;
import dev.bulwark.server.RescanJob;
import dev.bulwark.server.Rescanner;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bulwark serve --rescan 'SCHEDULE;API[:VERSION];TARGET'}: scheduled rescans of live
 * targets, stored like any scan, with an optional signed webhook when the score drops or a new
 * critical finding appears.
 */
final class RescanJobs {
  private RescanJobs() {}

  static List<RescanJob> parse(
      List<String> specs,
      Optional<String> webhook,
      Optional<String> secret,
      Map<String, String> env) {
    Optional<RescanJob.Webhook> hook = webhook.map(url -> webhook(url, secret, env));
    return specs.stream().map(spec -> job(spec, hook)).toList();
  }

  private static RescanJob job(String spec, Optional<RescanJob.Webhook> hook) {
    String[] parts = spec.split(";", -1);
    if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
      throw UserError.badInput(
          "--rescan '"
              + spec
              + "': expected 'SCHEDULE;API[:VERSION];TARGET', e.g."
              + " '@daily;payments:2.0;http://127.0.0.1:5000'");
    }
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(parts[0].strip());
    } catch (IllegalArgumentException e) {
      throw UserError.badInput("--rescan '" + spec + "': " + e.getMessage());
    }
    String[] api = parts[1].strip().split(":", 2);
    ApiIdentity identity = new ApiIdentity(api[0], api.length > 1 ? api[1] : "unversioned");
    return new RescanJob(identity.name(), schedule, identity, parts[2].strip(), hook);
  }

  private static RescanJob.Webhook webhook(
      String url, Optional<String> secret, Map<String, String> env) {
    String key =
        CredentialValue.resolve(
            secret.orElseThrow(
                () -> UserError.badInput("--webhook needs --webhook-secret (env:VAR or @file)")),
            env,
            "--webhook-secret");
    try {
      return new RescanJob.Webhook(new URI(url), key);
    } catch (URISyntaxException e) {
      throw UserError.badInput("--webhook: not a valid URL: " + e.getReason());
    } catch (IllegalArgumentException e) {
      throw UserError.badInput("--webhook-secret: " + e.getMessage());
    }
  }

  /** Scans a job's target with default limits and returns its JSON report. */
  static Rescanner scanner(Map<String, String> env) {
    ScanService service =
        new ScanService(
            new ToolInfo("bulwark", VersionProvider.version()),
            InstallKey.redactor(env),
            Clock.systemUTC());
    return job -> {
      ScanSettings settings =
          ScanSettings.of(List.of(job.target())).withApi(Optional.of(job.api()));
      try {
        return History.json(service.scan(settings, ScanListener.NONE).result());
      } catch (BadTargetException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    };
  }
}
