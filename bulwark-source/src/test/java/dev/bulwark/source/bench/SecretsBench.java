package dev.bulwark.source.bench;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.Severity;
import dev.bulwark.source.SourceLens;
import dev.bulwark.source.SourceOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's entry point (run by {@code bench/secrets/run.sh}, never by the test suite): scans
 * a tree with the source lens's secrets scan and prints one line of figures, then, with {@code
 * --list}, every finding above {@code low}.
 *
 * <p>Usage: {@code SecretsBench <root> [--history] [--list] [--repeat N]} (prints the best of N)
 */
public final class SecretsBench {
  private SecretsBench() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    List<String> flags = List.of(args).subList(1, args.length);
    SourceOptions options =
        SourceOptions.defaults().withHistory(flags.contains("--history")).withSecretsOnly(true);
    int repeat =
        flags.contains("--repeat") ? Integer.parseInt(flags.get(flags.indexOf("--repeat") + 1)) : 1;
    CollectingScanContext context = null;
    double seconds = Double.MAX_VALUE;
    double cpuSeconds = Double.MAX_VALUE;
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < repeat; i++) {
      context = new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      SourceLens.runner(root, options).run(context);
      cpuSeconds = Math.min(cpuSeconds, (os.getProcessCpuTime() - cpuStart) / 1e9);
      // The best of the runs: the first pays for JIT compilation, and on a shared machine the
      // others pay for whatever else runs; the best run is the closest to the code's own cost.
      seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
    }
    var stats = context.stats().snapshot();
    List<Finding> findings = context.findings();
    long aboveLow = findings.stream().filter(SecretsBench::aboveLow).count();
    System.out.printf(
        Locale.ROOT,
        "bulwark files=%d bytes=%d seconds=%.3f mb_per_s=%.1f cpu_seconds=%.3f"
            + " findings=%d above_low=%d errors=%d%n",
        stats.files(),
        stats.bytes(),
        seconds,
        stats.bytes() / 1e6 / seconds,
        cpuSeconds,
        findings.size(),
        aboveLow,
        context.errors().size());
    if (flags.contains("--list")) {
      findings.stream()
          .filter(SecretsBench::aboveLow)
          .sorted(Comparator.comparing((Finding f) -> f.location().display()))
          .forEach(
              f ->
                  System.out.println(
                      "  "
                          + f.severity().id()
                          + "/"
                          + f.confidence().id()
                          + " "
                          + f.ruleId()
                          + " "
                          + f.location().display()
                          + "  "
                          + f.evidence().map(e -> e.text()).orElse("")));
    }
  }

  /** Above low: severity and confidence both above {@code low}. */
  static boolean aboveLow(Finding f) {
    return f.severity().atLeast(Severity.MEDIUM) && f.confidence() != Confidence.LOW;
  }
}
