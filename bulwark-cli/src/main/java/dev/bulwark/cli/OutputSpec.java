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

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the preceding --format to FILE (atomically) instead of stdout.")
  Optional<Path> output = Optional.empty();

  static OutputSpec of(String format, Optional<Path> output) {
    OutputSpec spec = new OutputSpec();
    spec.format = format;
    spec.output = output;
    return spec;
  }
}
