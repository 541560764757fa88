package dev.bulwark.source.secrets;

import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.source.SourceFile;
import dev.bulwark.source.files.FileKinds;
import dev.bulwark.source.files.TreeWalker;
import dev.bulwark.source.files.WalkedFile;
import dev.bulwark.source.git.GitRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The work-tree half of the source lens: walks the tree, scans every text file for secrets, flags
 * committed env files, and collects the files the Python analysis needs.
 */
public final class TreeSecretScan {
  private final Path root;
  private final SecretEngine engine;
  private final ScanContext context;
  private final Optional<GitRepo> repo;

  public TreeSecretScan(
      Path root, SecretEngine engine, ScanContext context, Optional<GitRepo> repo) {
    this.root = root;
    this.engine = engine;
    this.context = context;
    this.repo = repo;
  }

  /**
   * Scans the tree and returns the {@code .py} and env files for the Python analysis (binary and
   * unreadable ones left out), sorted by path.
   */
  public List<SourceFile> run(List<String> include, List<String> exclude, int threads)
      throws IOException {
    List<SourceFile> forPython = Collections.synchronizedList(new ArrayList<>());
    new TreeWalker(root, include, exclude, context).walk(threads, () -> worker(forPython));
    List<SourceFile> sorted = new ArrayList<>(forPython);
    sorted.sort(Comparator.comparing(SourceFile::relative));
    return sorted;
  }

  private Consumer<WalkedFile> worker(List<SourceFile> forPython) {
    FileScanner scanner = new FileScanner(engine, context);
    return file -> {
      FileScanner.Outcome outcome = scanner.scan(file.absolute(), file.relative(), file.size());
      String rel = file.relative();
      boolean special = FileKinds.isPython(rel) || FileKinds.isEnvFile(rel);
      if (outcome == FileScanner.Outcome.BINARY && special) {
        context.error(new ScanError(rel, "binary content under a text file's name: skipped"));
      }
      if (outcome != FileScanner.Outcome.TEXT) {
        return;
      }
      EnvFileCheck.check(rel, repo, context);
      if (special && file.size() < FileScanner.LARGE) {
        forPython.add(new SourceFile(file.absolute(), rel));
      }
    };
  }
}
