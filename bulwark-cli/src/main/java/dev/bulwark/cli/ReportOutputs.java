package dev.bulwark.cli;

import dev.bulwark.core.Baseline;
import dev.bulwark.core.ScanResult;
import dev.bulwark.report.BaselineFileException;
import dev.bulwark.report.BaselineFiles;
import dev.bulwark.report.ReportContext;
import dev.bulwark.report.ReportFiles;
import dev.bulwark.report.Reporter;
import dev.bulwark.report.Reporters;
import dev.bulwark.scan.AllRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes the reports a scan asked for: files atomically, at most one to stdout. */
final class ReportOutputs {
  private ReportOutputs() {}

  /**
   * Checks formats and files before the scan runs, so a typo costs nothing. Without any {@code
   * --format}, the text report goes to stdout (unless quiet).
   */
  static List<OutputSpec> validate(List<OutputSpec> outputs, boolean quiet) {
    if (outputs.isEmpty()) {
      return quiet ? List.of() : List.of(OutputSpec.of("text", Optional.empty()));
    }
    int toStdout = 0;
    Set<Path> files = new HashSet<>();
    for (OutputSpec spec : outputs) {
      if (Reporters.forFormat(spec.format).isEmpty()) {
        throw UserError.badInput(
            "unknown format '"
                + spec.format
                + "' (use "
                + String.join(", ", Reporters.formats())
                + ")");
      }
      if (spec.output().isEmpty()) {
        toStdout++;
      } else {
        Path file = spec.output().get().toAbsolutePath().normalize();
        if (!files.add(file)) {
          throw UserError.badInput(spec.output().get() + ": named as --output of two formats");
        }
        if (Files.isDirectory(file)) {
          throw UserError.badInput(spec.output().get() + ": is a directory, not a report file");
        }
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
          throw UserError.badInput(
              spec.output().get() + ": directory " + parent + " does not exist");
        }
      }
    }
    if (toStdout > 1) {
      throw UserError.badInput("only one --format can go to stdout; give the others an --output");
    }
    return List.copyOf(outputs);
  }

  static void write(ScanResult result, List<OutputSpec> outputs, boolean color, PrintWriter out) {
    ReportContext context =
        ReportContext.of(AllRules.catalogs()).withSourceRoot(sourceRootInRepository(result));
    List<String> failed = new ArrayList<>();
    for (OutputSpec spec : outputs) {
      Reporter reporter = Reporters.forFormat(spec.format).orElseThrow();
      try {
        if (spec.output().isPresent()) {
          ReportFiles.writeAtomically(
              spec.output().get(), os -> reporter.write(result, context, os));
        } else {
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          reporter.write(
              result, context.withColor(color && "text".equals(reporter.format())), buffer);
          out.print(buffer.toString(StandardCharsets.UTF_8));
          out.flush();
        }
      } catch (IOException e) {
        failed.add(
            spec.output().map(Path::toString).orElse("stdout") + " (" + e.getMessage() + ")");
      }
    }
    if (!failed.isEmpty()) {
      throw UserError.scanFailed("could not write report " + String.join(", ", failed));
    }
  }

  /**
   * Where the first scanned directory sits inside its git repository (e.g. {@code services/api/}),
   * so that SARIF paths resolve from the repository root as GitHub expects; empty outside git.
   */
  static String sourceRootInRepository(ScanResult result) {
    return result.targets().stream()
        .filter(t -> t.kind() == dev.bulwark.core.Lens.SOURCE)
        .map(t -> Path.of(t.ref()).toAbsolutePath().normalize())
        .findFirst()
        .flatMap(
            dir -> {
              for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(".git"))) {
                  return Optional.of(p.relativize(dir).toString().replace('\\', '/'));
                }
              }
              return Optional.empty();
            })
        .orElse("");
  }

  static Baseline readBaseline(Path file) {
    try {
      return BaselineFiles.read(file);
    } catch (BaselineFileException e) {
      throw UserError.badInput(e.getMessage());
    }
  }

  static void writeBaseline(Path file, Baseline baseline) {
    try {
      BaselineFiles.write(file, baseline);
    } catch (IOException e) {
      throw UserError.scanFailed("could not write " + file + " (" + e.getMessage() + ")");
    }
  }
}
