package dev.bulwark.scan.cache;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Scorer;
import dev.bulwark.core.Target;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.report.JsonReporter;
import dev.bulwark.report.ReportContext;
import dev.bulwark.report.ScanResultJson;
import dev.bulwark.scan.AllRules;
import dev.bulwark.source.SourceOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source lens that remembers its last result per scanned directory, keyed by a {@link
 * TreeDigest}: when nothing it depends on changed, the result is read back instead of computed (a
 * repeat scan costs one read of the tree, not its analysis). The cache holds what reports hold
 * (redacted evidence, never a secret) as a JSON report, one entry per directory, replaced by the
 * next scan. Any problem with the cache is a miss: the scan runs as if there were none.
 *
 * <p>Only full tree scans are cached (see {@link #applies}): history and changed-only scans depend
 * on git, and they are fast already.
 */
public final class CachedSourceRunner implements LensRunner {
  private final LensRunner lens;
  private final Path root;
  private final SourceOptions options;
  private final Path directory;
  private final ToolInfo tool;
  private final String build;
  private final Clock clock;

  /**
   * @param build what identifies the code that scans (see {@link #jarBuild}): results of another
   *     build are never reused
   */
  public CachedSourceRunner(
      LensRunner lens,
      Path root,
      SourceOptions options,
      Path directory,
      ToolInfo tool,
      String build,
      Clock clock) {
    this.lens = lens;
    this.root = root;
    this.options = options;
    this.directory = directory;
    this.tool = tool;
    this.build = build;
    this.clock = clock;
  }

  /**
   * Whether a scan with these options uses the cache: full analyses of the tree. A secrets-only
   * scan reads the tree about as fast as hashing it does, so a cache would only add the hashing.
   */
  public static boolean applies(SourceOptions options) {
    return !options.secretsOnly()
        && !options.history()
        && !options.staged()
        && options.since().isEmpty();
  }

  @Override
  public Target target() {
    return lens.target();
  }

  @Override
  public Set<Category> plannedCategories() {
    return lens.plannedCategories();
  }

  @Override
  public void run(ScanContext context) throws BadTargetException {
    Optional<String> digest = digest(context);
    if (digest.isPresent()) {
      Optional<ScanResult> cached = read(digest.get());
      if (cached.isPresent()) {
        replay(cached.get(), context);
        return;
      }
    }
    RecordingContext recording = new RecordingContext(context);
    boolean completed = false;
    try {
      lens.run(recording);
      completed = true;
    } finally {
      // what a failing lens found before it failed still counts; only a complete run is kept
      RecordingContext.replayInto(recording.record(), context);
    }
    if (completed && digest.isPresent() && !context.cancelled()) {
      write(digest.get(), recording.record());
    }
  }

  private Optional<String> digest(ScanContext context) {
    if (!Files.isDirectory(root)) {
      return Optional.empty(); // the lens says why
    }
    try {
      String redactorId = context.redactor().redact("bulwark-cache-probe", 0).hmac();
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      return TreeDigest.of(root, options, build, redactorId, today);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The build of Bulwark running this code, as the cache key needs it: the jar's path, size and
   * time. Empty when it runs from class directories (a developer's build), where a rebuilt module
   * would not change that identity: then there is no cache, rather than a stale one.
   */
  public static Optional<String> jarBuild(ToolInfo tool) {
    try {
      var source = CachedSourceRunner.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(location)) {
        return Optional.empty();
      }
      return Optional.of(
          tool.name()
              + " "
              + tool.version()
              + " "
              + location
              + ":"
              + Files.size(location)
              + ":"
              + Files.getLastModifiedTime(location));
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** One entry per scanned directory, named by a hash of its real path. */
  private Path entry(String suffix) {
    String path;
    try {
      path = root.toRealPath().toString();
    } catch (IOException e) {
      path = root.toAbsolutePath().normalize().toString();
    }
    return directory.resolve("source-" + TreeDigest.sha256Hex(path).substring(0, 24) + suffix);
  }

  private Optional<ScanResult> read(String digest) {
    Path key = entry(".digest");
    Path report = entry(".json");
    try {
      if (!Files.isRegularFile(key)
          || !Files.readString(key, StandardCharsets.UTF_8).strip().equals(digest)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(report)) {
        return Optional.of(ScanResultJson.read(in, AllRules.registry()));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void replay(ScanResult cached, ScanContext context) {
    cached
        .score()
        .categories()
        .forEach(
            (category, score) -> {
              if (score.assessed()) {
                context.assessed(category);
              }
            });
    cached.findings().forEach(context::report);
    cached.suppressed().forEach(s -> context.suppress(s.finding(), s.suppression()));
    cached.errors().forEach(context::error);
    RecordingContext.addStats(context.stats(), cached.stats());
  }

  private void write(String digest, CollectingScanContext record) {
    Set<Category> assessed = new HashSet<>(record.assessedCategories());
    ScanResult result =
        new ScanResult(
            ScanResult.SCHEMA_VERSION,
            tool,
            "cache",
            Instant.EPOCH,
            0,
            List.of(lens.target()),
            Optional.empty(),
            Scorer.score(record.findings(), assessed),
            Optional.empty(),
            record.findings(),
            record.suppressed(),
            record.errors(),
            record.stats().snapshot());
    Path tmp = null;
    Path tmpKey = null;
    try {
      Files.createDirectories(directory);
      Path report = entry(".json");
      Path key = entry(".digest");
      // The digest goes last: until it is in place, a reader sees a miss, never a half entry.
      Files.deleteIfExists(key);
      tmp = Files.createTempFile(directory, "source-", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        new JsonReporter().write(result, ReportContext.of(AllRules.registry()), out);
      }
      Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmpKey = Files.createTempFile(directory, "source-", ".tmp");
      Files.writeString(tmpKey, digest, StandardCharsets.UTF_8);
      Files.move(tmpKey, key, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written only costs the next scan its speed-up
      deleteQuietly(tmp);
      deleteQuietly(tmpKey);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // left for the next scan's cleanup: a temp file in the cache directory harms nothing
      }
    }
  }
}
