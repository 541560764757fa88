package dev.bulwark.source.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository a scanned root belongs to (the root may be a sub-directory of the work tree).
 * Finding it costs a few {@code stat} calls; JGit opens it only when something asks for its content
 * (history, the index), so a scan that never needs git does not pay for loading JGit.
 */
public final class GitRepo implements AutoCloseable {
  private final Path workTree;
  private final String prefix;
  private Repository repository;
  private IOException openFailure;
  private DirCache index;

  private GitRepo(Path workTree, String prefix) {
    this.workTree = workTree;
    this.prefix = prefix;
  }

  /**
   * The repository holding {@code root}, if {@code root} is inside a git work tree: the nearest
   * ancestor (or {@code root} itself) with a {@code .git} directory, or a {@code .git} file as
   * linked work trees and submodules have.
   */
  public static Optional<GitRepo> find(Path root) {
    try {
      Path absolute = root.toAbsolutePath().normalize().toRealPath();
      for (Path dir = absolute; dir != null; dir = dir.getParent()) {
        if (Files.exists(dir.resolve(".git"))) {
          String rel = dir.relativize(absolute).toString().replace('\\', '/');
          return Optional.of(new GitRepo(dir, rel.isEmpty() ? "" : rel + "/"));
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether JGit can open the repository (a broken {@code .git} cannot be). */
  public boolean opens() {
    try {
      repository();
      return true;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /**
   * The repository, opened on first use.
   *
   * @throws UncheckedIOException when {@code .git} is not a repository JGit can open
   */
  public synchronized Repository repository() {
    if (repository == null && openFailure == null) {
      try {
        Repository repo =
            new FileRepositoryBuilder().findGitDir(workTree.toFile()).setMustExist(true).build();
        if (repo.isBare()) {
          repo.close();
          throw new IOException("a bare repository has no work tree");
        }
        repository = repo;
      } catch (IOException | IllegalArgumentException e) {
        openFailure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      }
    }
    if (openFailure != null) {
      throw new UncheckedIOException(
          "cannot open the git repository: " + openFailure.getMessage(), openFailure);
    }
    return repository;
  }

  public Path workTree() {
    return workTree;
  }

  /** The scanned root's path inside the work tree, with a trailing slash, or empty. */
  public String prefix() {
    return prefix;
  }

  /** Whether the index (what the next commit will hold) has this root-relative path. */
  public boolean tracked(String relative) {
    return index().findEntry(prefix + relative) >= 0;
  }

  /** The index, read once per scan (a large repository's index is megabytes). */
  private synchronized DirCache index() {
    if (index == null) {
      try {
        index = repository().readDirCache();
      } catch (IOException | UncheckedIOException e) {
        index = DirCache.newInCore();
      }
    }
    return index;
  }

  /** A work-tree path as a path relative to the scanned root, or empty when outside it. */
  public Optional<String> toRootRelative(String repoPath) {
    if (!repoPath.startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.of(repoPath.substring(prefix.length()));
  }

  @Override
  public synchronized void close() {
    if (repository != null) {
      repository.close();
    }
  }
}
