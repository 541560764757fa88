package dev.bulwark.scan.cache;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.files.TreeWalker;
import dev.bulwark.source.git.GitRepo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity of everything a source scan's result depends on: the content (SHA-256) of every file
 * the scan would read, under the same ignore rules, with its path; the git index and excludes (a
 * tracked {@code .env} reads differently from an untracked one); the options; the build of Bulwark
 * that scans; the install's redaction key; and the date (inline ignores expire). Two scans with the
 * same digest report the same thing.
 */
final class TreeDigest {
  private TreeDigest() {}

  /**
   * The digest of {@code root} under {@code options}, or empty when some file could not be read
   * (its error is part of the result, and it may read next time) or the scan was cancelled.
   */
  static Optional<String> of(
      Path root, SourceOptions options, String build, String redactorId, LocalDate today)
      throws IOException {
    Map<String, String> files = new ConcurrentHashMap<>();
    CollectingScanContext walkProblems =
        new CollectingScanContext(dev.bulwark.core.Redactor.ephemeral(), RulePolicy.DEFAULT);
    new TreeWalker(root, options.include(), options.exclude(), walkProblems)
        .walk(
            options.effectiveThreads(),
            () -> {
              MessageDigest sha = sha256();
              byte[] buffer = new byte[64 << 10];
              return file -> files.put(file.relative(), hash(file.absolute(), sha, buffer));
            });
    if (!walkProblems.errors().isEmpty() || files.containsValue("")) {
      return Optional.empty();
    }
    MessageDigest all = sha256();
    update(all, "bulwark-source-cache/1");
    update(all, build);
    update(all, redactorId);
    update(all, today.toString());
    update(all, describe(options));
    for (Path git : gitState(root)) {
      update(all, git.toString());
      update(all, hash(git, sha256(), new byte[64 << 10]));
    }
    new TreeMap<>(files)
        .forEach(
            (path, hash) -> {
              update(all, path);
              update(all, hash);
            });
    return Optional.of(HexFormat.of().formatHex(all.digest()));
  }

  /** The options that change what a tree scan reports (not the thread count). */
  private static String describe(SourceOptions o) {
    return "include="
        + o.include()
        + " exclude="
        + o.exclude()
        + " secretsOnly="
        + o.secretsOnly()
        + " patterns="
        + o.customPatterns();
  }

  /** The index and the excludes file of the repository holding {@code root}, where they exist. */
  private static java.util.List<Path> gitState(Path root) {
    Optional<GitRepo> repo = GitRepo.find(root); // finds .git by stat only; JGit is not opened
    if (repo.isEmpty()) {
      return java.util.List.of();
    }
    Path git = repo.get().workTree().resolve(".git");
    if (!Files.isDirectory(git)) {
      return java.util.List.of(git); // a linked work tree: its pointer, at least
    }
    return java.util.stream.Stream.of(git.resolve("index"), git.resolve("info/exclude"))
        .filter(Files::isRegularFile)
        .toList();
  }

  private static String hash(Path file, MessageDigest sha, byte[] buffer) {
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      sha.reset();
      return "";
    }
  }

  static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
