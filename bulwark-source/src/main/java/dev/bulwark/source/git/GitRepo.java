package dev.bulwark.source.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository a scanned root belongs to (the root may be a sub-directory of the work tree),
 * opened with JGit.
 */
public final class GitRepo implements AutoCloseable {
  private final Repository repository;
  private final Path workTree;
  private final String prefix;
  private DirCache index;

  private GitRepo(Repository repository, Path workTree, String prefix) {
    this.repository = repository;
    this.workTree = workTree;
    this.prefix = prefix;
  }

  /** The repository holding {@code root}, if {@code root} is inside a git work tree. */
  public static Optional<GitRepo> find(Path root) {
    try {
      Path absolute = root.toAbsolutePath().normalize();
      FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
      if (builder.getGitDir() == null) {
        return Optional.empty();
      }
      Repository repo = builder.setMustExist(true).build();
      if (repo.isBare()) {
        repo.close();
        return Optional.empty();
      }
      Path workTree = repo.getWorkTree().toPath().toRealPath();
      String rel = workTree.relativize(absolute.toRealPath()).toString().replace('\\', '/');
      return Optional.of(new GitRepo(repo, workTree, rel.isEmpty() ? "" : rel + "/"));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public Repository repository() {
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
        index = repository.readDirCache();
      } catch (IOException e) {
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
  public void close() {
    repository.close();
  }
}
