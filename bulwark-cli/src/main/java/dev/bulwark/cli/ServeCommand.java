package dev.bulwark.cli;

import dev.bulwark.scan.AllRules;
import dev.bulwark.server.DashboardConfig;
import dev.bulwark.server.DashboardServer;
import dev.bulwark.server.RescanJob;
import dev.bulwark.server.RescanScheduler;
import dev.bulwark.server.WebhookNotifier;
import dev.bulwark.store.ScanStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark serve}: the dashboard over the scan history. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the dashboard and the upload API for stored scans.",
      "Every stored scan, scores over time per API and version, diffs, compliance reports,",
      "and the REST API that 'bulwark scan --upload' posts to.",
      "The first start creates the admin account and an upload token and prints them once."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = DashboardConfig.DEFAULT_HOST;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks one).")
  int port = DashboardConfig.DEFAULT_PORT;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Database (default: SQLite under $XDG_DATA_HOME/bulwark, or jdbc:postgresql://…).")
  Optional<String> db = Optional.empty();

  @Option(
      names = "--rescan",
      paramLabel = "'SCHEDULE;API[:VERSION];TARGET'",
      description = {
        "Rescan a live target on a cron schedule (UTC; five fields or @hourly/@daily/@weekly),",
        "e.g. '@daily;payments:2.0;http://127.0.0.1:5000' (repeatable)."
      })
  List<String> rescans = new ArrayList<>();

  @Option(
      names = "--webhook",
      paramLabel = "URL",
      description =
          "Alert URL for rescans: a signed POST when a score drops or a critical appears.")
  Optional<String> webhook = Optional.empty();

  @Option(
      names = "--webhook-secret",
      paramLabel = "SECRET",
      description = "HMAC-SHA256 key of the webhook signature: env:VAR or @file.")
  Optional<String> webhookSecret = Optional.empty();

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw UserError.badInput("--port must be between 0 and 65535");
    }
    PrintWriter err = spec.commandLine().getErr();
    String url = History.databaseUrl(db, System.getenv());
    CountDownLatch stop = new CountDownLatch(1);
    List<RescanJob> jobs = RescanJobs.parse(rescans, webhook, webhookSecret, System.getenv());
    try (ScanStore store = History.open(url);
        DashboardServer server = start(store);
        RescanScheduler scheduler =
            new RescanScheduler(
                store,
                RescanJobs.scanner(System.getenv()),
                new WebhookNotifier(),
                Clock.systemUTC())) {
      scheduler.start(jobs);
      jobs.forEach(
          j ->
              err.printf(
                  "bulwark: rescanning %s %s (%s)%n", j.target(), j.schedule(), j.api().name()));
      server
          .initialAdmin()
          .ifPresent(
              admin -> {
                err.println("bulwark: first start: created the admin account (shown only now)");
                err.printf("  user:         %s%n", admin.username());
                err.printf("  password:     %s%n", admin.password());
                err.printf("  upload token: %s%n", admin.uploadToken());
              });
      err.printf(
          "bulwark: dashboard on http://%s:%d (database %s); Ctrl-C stops it%n",
          host.contains(":") ? "[" + host + "]" : host, server.port(), History.redactUrl(url));
      err.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "bulwark-serve-stop"));
      stop.await();
    }
    return ExitCode.OK;
  }

  private DashboardServer start(ScanStore store) {
    try {
      return DashboardServer.start(DashboardConfig.of(store, AllRules.registry(), host, port));
    } catch (IllegalStateException e) {
      throw UserError.badInput(e.getMessage());
    }
  }
}
