package dev.bulwark.source.bench;

import dev.bulwark.secrets.PatternCatalog;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.secrets.SecretPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Which catalog patterns cost the most time on a corpus: a tuning aid, run by hand. */
public final class PatternCostProbe {
  private PatternCostProbe() {}

  public static void main(String[] args) throws IOException {
    List<byte[]> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      for (Path p :
          walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py")).toList()) {
        files.add(Files.readAllBytes(p));
      }
    }
    double base = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      base = Math.min(base, time(SecretEngine.of(List.of()), files));
    }
    System.out.printf(Locale.ROOT, "baseline(generic only) %.3f s%n", base);
    List<String> rows = new ArrayList<>();
    for (SecretPattern p : PatternCatalog.builtIn()) {
      SecretEngine engine = SecretEngine.of(List.of(p));
      double t = Math.min(time(engine, files), time(engine, files)) - base;
      rows.add(String.format(Locale.ROOT, "%8.3f %s", t, p.id()));
    }
    rows.sort(
        java.util.Comparator.comparingDouble(
            (String r) -> -Double.parseDouble(r.trim().split(" ")[0])));
    rows.stream().limit(25).forEach(System.out::println);
  }

  private static double time(SecretEngine engine, List<byte[]> files) {
    long start = System.nanoTime();
    for (byte[] b : files) {
      engine.scan(b, 0, b.length);
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
