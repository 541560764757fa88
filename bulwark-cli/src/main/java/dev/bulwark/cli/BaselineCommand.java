package dev.bulwark.cli;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Baseline;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.scan.ScanListener;
import dev.bulwark.scan.ScanService;
import dev.bulwark.scan.ScanSettings;
import dev.bulwark.source.SourceOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark baseline create}: accept today's findings so that CI judges only new ones. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = "Manage baseline files (fingerprints of accepted findings).",
    subcommands = {BaselineCommand.Create.class})
final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT;
  }

  /** Scans the targets and writes every finding's fingerprint to a baseline file. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Scan TARGET... and write every finding to a baseline file.",
        "Then 'bulwark scan --baseline FILE' fails only on findings that are not in it."
      })
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TARGET", description = "As for 'bulwark scan'.")
    List<String> targets = new ArrayList<>();

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Baseline file to write (default: ${DEFAULT-VALUE}).")
    Path output = Path.of(".bulwark-baseline.json");

    @Option(names = "--reason", description = "Why these findings are accepted (stored with each).")
    String reason = "accepted when the baseline was created";

    @Option(names = "--force", description = "Overwrite an existing baseline file.")
    boolean force;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file.")
    Optional<Path> config = Optional.empty();

    @Override
    public Integer call() throws InterruptedException {
      if (Files.exists(output) && !force) {
        throw UserError.badInput(output + " already exists (use --force to replace it)");
      }
      ConfigFile cfg =
          ConfigLoader.load(
              config, targets.stream().map(Path::of).filter(Files::isDirectory).findFirst());
      ScanSettings settings =
          ScanSettings.of(targets)
              .withSource(
                  new SourceOptions(cfg.include(), cfg.exclude(), false, Optional.empty(), false)
                      .withCustomPatterns(CustomPatterns.from(cfg)));
      ScanService service =
          new ScanService(
              new ToolInfo("bulwark", VersionProvider.version()),
              InstallKey.redactor(System.getenv()),
              Clock.systemUTC());
      ScanResult result;
      try {
        result = service.scan(settings, ScanListener.NONE).result();
      } catch (BadTargetException e) {
        throw UserError.badInput(e.getMessage());
      }
      Baseline baseline = Baseline.of(output.toString(), result.findings(), reason);
      ReportOutputs.writeBaseline(output, baseline);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "bulwark: wrote %d accepted finding(s) to %s%n", baseline.entries().size(), output);
      return ExitCode.OK;
    }
  }
}
