package dev.bulwark.cli;

import dev.bulwark.secrets.SecretEngine;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs a command and maps every failure to a one-line message and an exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    prewarmSecretCatalog();
    System.exit(run(args));
  }

  /**
   * Loads the secret catalog (a YAML file, ~200 patterns) on a second core while picocli reads the
   * arguments: both take a few hundred milliseconds, and nearly every command needs the catalog.
   */
  private static void prewarmSecretCatalog() {
    Thread t = new Thread(SecretEngine::builtIn, "bulwark-prewarm");
    t.setDaemon(true);
    t.start();
  }

  /** Runs {@code args} and returns the exit code, without exiting (for tests). */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(out, err);
    return cli.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BulwarkCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(
        e -> e instanceof UserError u ? u.exitCode() : ExitCode.SCAN_FAILED);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine source = ex.getCommandLine();
          source.getErr().println("bulwark: " + ex.getMessage());
          source.getErr().println("Try '" + source.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (ex instanceof UserError u) {
            e.println("bulwark: " + u.getMessage());
            return u.exitCode();
          }
          // Unexpected: say what broke in one line; the stack trace only on request.
          e.println("bulwark: internal error: " + ex);
          if (System.getenv("BULWARK_DEBUG") != null) {
            ex.printStackTrace(e);
          } else {
            e.println("(set BULWARK_DEBUG=1 for the stack trace, and please report it)");
          }
          return ExitCode.SCAN_FAILED;
        });
    return cli;
  }
}
