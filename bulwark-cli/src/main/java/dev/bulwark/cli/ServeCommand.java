package dev.bulwark.cli;

import dev.bulwark.scan.AllRules;
import dev.bulwark.server.DashboardConfig;
import dev.bulwark.server.DashboardServer;
import dev.bulwark.store.ScanStore;
import java.io.PrintWriter;
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

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw UserError.badInput("--port must be between 0 and 65535");
    }
    PrintWriter err = spec.commandLine().getErr();
    String url = History.databaseUrl(db, System.getenv());
    CountDownLatch stop = new CountDownLatch(1);
    try (ScanStore store = History.open(url);
        DashboardServer server = start(store)) {
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
