package dev.bulwark.cli;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.demo.DemoApi;
import dev.bulwark.demo.DemoBundle;
import dev.bulwark.scan.ScanOutcome;
import dev.bulwark.scan.ScanService;
import dev.bulwark.scan.ScanSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark demo}: starts the bundled vulnerable API on 127.0.0.1, scans it with all three
 * lenses (its Flask source, its OpenAPI document, and the running API), prints the report, stops.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Scan the bundled vulnerable demo API with all three lenses.",
      "Starts it on 127.0.0.1, scans its source, its OpenAPI document and the running API,",
      "prints the report, and stops it. Needs nothing but a JDK."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "%nReports:%n")
  List<OutputSpec> outputs = new ArrayList<>();

  @Option(names = "--no-color", description = "No ANSI colours.")
  boolean noColor;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    List<OutputSpec> reports = ReportOutputs.validate(outputs, false);
    try (DemoBundle bundle = DemoBundle.extract();
        DemoApi api = DemoApi.start()) {
      err.printf("bulwark: demo API listening on %s (stopped when the scan ends)%n", api.baseUri());
      ScanSettings settings =
          ScanSettings.of(List.of(bundle.sourceDir().toString(), api.baseUri().toString()))
              .withSpec(Optional.of(bundle.spec().toString()));
      ScanService service =
          new ScanService(
              new ToolInfo("bulwark", VersionProvider.version()),
              InstallKey.redactor(System.getenv()),
              Clock.systemUTC());
      ScanOutcome outcome;
      try {
        outcome = service.scan(settings, new TerminalProgress(err, System.console() != null));
      } catch (BadTargetException e) {
        throw UserError.scanFailed("the demo could not be scanned: " + e.getMessage());
      }
      boolean color = !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
      ReportOutputs.write(outcome.result(), reports, color, spec.commandLine().getOut());
      return outcome.complete() ? ExitCode.OK : ExitCode.SCAN_FAILED;
    }
  }
}
