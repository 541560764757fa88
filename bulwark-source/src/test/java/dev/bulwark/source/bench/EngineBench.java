package dev.bulwark.source.bench;

import dev.bulwark.secrets.SecretEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Engine-only figures (no file system): the whole catalog over every file of a tree held in memory,
 * and the worst case of a 1 MB single line of near-matches. Run by the benchmark script.
 */
public final class EngineBench {
  private static final int[] TINY = new java.util.Random(3).ints(256, 0, 256).toArray();

  private EngineBench() {}

  public static void main(String[] args) throws IOException {
    SecretEngine engine = SecretEngine.builtIn();
    List<byte[]> files = new ArrayList<>();
    long total = 0;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] b = Files.readAllBytes(p);
        files.add(b);
        total += b.length;
      }
    }
    double bestEngine = Double.MAX_VALUE;
    double bestLoop = Double.MAX_VALUE;
    int found = 0;
    long sum = 0;
    for (int round = 0; round < 8; round++) {
      long start = System.nanoTime();
      found = 0;
      for (byte[] b : files) {
        found += engine.scan(b, 0, b.length).size();
      }
      bestEngine = Math.min(bestEngine, (System.nanoTime() - start) / 1e9);
      // The floor of any DFA on this machine: a one-row table walk, one dependent load per byte.
      start = System.nanoTime();
      int state = 0;
      for (byte[] b : files) {
        for (byte x : b) {
          state = TINY[(state + (x & 0xff)) & 0xff];
        }
      }
      sum += state;
      bestLoop = Math.min(bestLoop, (System.nanoTime() - start) / 1e9);
    }
    System.out.printf(
        Locale.ROOT,
        "engine (whole catalog) mb=%.1f mb_per_s=%.0f matches=%d; one-row DFA walk mb_per_s=%.0f"
            + " (%d)%n",
        total / 1e6,
        total / 1e6 / bestEngine,
        found,
        total / 1e6 / bestLoop,
        sum & 1);
    byte[] line = nearMatches(1 << 20);
    double best = Double.MAX_VALUE;
    int hits = 0;
    for (int round = 0; round < 10; round++) {
      long start = System.nanoTime();
      hits = engine.scan(line, 0, line.length).size();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    System.out.printf(
        Locale.ROOT, "near-match-line mb=1.0 best_of_10_seconds=%.3f matches=%d%n", best, hits);
  }

  /** One line of prefixes that almost make keys: every keyword hit, no regex completes. */
  public static byte[] nearMatches(int size) {
    String[] stems = {
      "sk_" + "live_abc",
      "gh" + "p_12",
      "AK" + "IA12",
      "xox" + "b-1-",
      "api_key=\"ab",
      "eyJ" + "a.eyJ",
      "postgres://u:",
      "-----BEGIN PRIVATE " + "KEY----- x"
    };
    StringBuilder out = new StringBuilder(size + 64);
    int i = 0;
    while (out.length() < size) {
      out.append(stems[i++ % stems.length]).append(' ');
    }
    return out.substring(0, size).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
