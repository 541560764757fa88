package dev.bulwark.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code bulwark} command. */
@Command(
    name = "bulwark",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "API security scanner: hardcoded keys and Flask mistakes in source, weaknesses in OpenAPI"
          + " documents, and a bounded black-box scan of a running API, with one 0-100 score."
    },
    subcommands = {
      ScanCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      BaselineCommand.class,
      DemoCommand.class,
      McpCommand.class,
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  scan done, thresholds met",
      "  1  a threshold (--fail-below, --fail-on) failed",
      "  2  bad usage or bad input",
      "  3  the scan itself failed"
    })
public final class BulwarkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.BAD_INPUT;
  }
}
