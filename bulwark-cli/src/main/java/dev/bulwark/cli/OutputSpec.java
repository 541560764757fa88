package dev.bulwark.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** One {@code --format F [--output FILE]} pair; without a file the report goes to stdout. */
final class OutputSpec {
  @Option(
      names = {"-f", "--format"},
      required = true,
      paramLabel = "FORMAT",
      description = "Report format: text, json, sarif, junit, html, markdown (repeatable).")
  String format;

  // A plain field: picocli cannot reset an Optional inside a repeated argument group.
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the preceding --format to FILE (atomically) instead of stdout.")
  private Path output;

  /** The file for this format, or empty for stdout. */
  Optional<Path> output() {
    return Optional.ofNullable(output);
  }

  static OutputSpec of(String format, Optional<Path> output) {
    OutputSpec spec = new OutputSpec();
    spec.format = format;
    spec.output = output.orElse(null);
    return spec;
  }
}
