package dev.bulwark.source.python.bench;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.Severity;
import dev.bulwark.source.SourceFile;
import dev.bulwark.source.python.PythonAnalysis;
import dev.bulwark.source.python.tree.PyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Benchmark (not a unit test): parse + one walk of every tree, then the whole Python analysis, over
 * the given roots; prints lines/s and the findings above low. Run through bench/python-analysis.sh.
 */
public final class PythonBench {
  private PythonBench() {}

  public static void main(String[] args) throws IOException {
    boolean verbose = System.getProperty("bench.verbose") != null;
    // Initialised here, outside the timed rounds: the native export loads and self-checks once.
    System.out.println("tree reader: " + PyParser.readerDescription());
    for (String arg : args) {
      Path root = Path.of(arg);
      List<SourceFile> files = files(root);
      long lines = 0;
      long bytes = 0;
      for (SourceFile f : files) {
        byte[] b = Files.readAllBytes(f.absolute());
        bytes += b.length;
        for (byte x : b) {
          lines += x == '\n' ? 1 : 0;
        }
      }
      System.out.printf(
          "root %s: %d files, %d lines, %.1f MB%n", root, files.size(), lines, bytes / 1e6);
      int rounds = Integer.getInteger("bench.rounds", 2);
      for (int round = 0; round < rounds; round++) {
        long c0 = cpu();
        long t0 = System.nanoTime();
        long nodes =
            files.parallelStream()
                .mapToLong(
                    f -> {
                      try {
                        return PyParser.parse(Files.readAllBytes(f.absolute())).size();
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    })
                .sum();
        double parse = (System.nanoTime() - t0) / 1e9;
        double parseCpu = (cpu() - c0) / 1e9;
        CollectingScanContext context =
            new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
        long c1 = cpu();
        long t1 = System.nanoTime();
        PythonAnalysis.analyze(root, files, context);
        double full = (System.nanoTime() - t1) / 1e9;
        double fullCpu = (cpu() - c1) / 1e9;
        List<Finding> above =
            context.findings().stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
        System.out.printf(
            "round %d: parse+walk %.2fs wall (%.0f lines/s), %.1fs cpu (%.0f lines/cpu-s), %d nodes%n"
                + "         parse+rules+flows %.2fs wall (%.0f lines/s), %.1fs cpu (%.0f lines/cpu-s)%n"
                + "         findings %d, above low %d, errors %d%n",
            round,
            parse,
            lines / parse,
            parseCpu,
            lines / parseCpu,
            nodes,
            full,
            lines / full,
            fullCpu,
            lines / fullCpu,
            context.findings().size(),
            above.size(),
            context.errors().size());
        if (round == rounds - 1) {
          Map<String, Long> byRule =
              above.stream()
                  .collect(
                      Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
          System.out.println("  above low by rule: " + byRule);
          if (verbose) {
            above.forEach(
                f ->
                    System.out.println(
                        "  "
                            + f.location().display()
                            + " "
                            + f.ruleId()
                            + " "
                            + f.evidence().map(e -> e.text()).orElse("")));
            context.errors().stream().limit(20).forEach(e -> System.out.println("  error " + e));
          }
        }
      }
    }
  }

  /** CPU time of the whole process (all threads), so figures stay comparable on a busy machine. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<SourceFile> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".py"))
          .filter(p -> !root.relativize(p).toString().contains("site-packages"))
          .sorted()
          .map(p -> new SourceFile(p, root.relativize(p).toString().replace('\\', '/')))
          .toList();
    }
  }
}
