package dev.bulwark.source.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * What the walk skips: directories that hold installed or generated code (virtualenvs,
 * site-packages, node_modules, caches, VCS metadata) and whatever the tree's {@code .gitignore}
 * files (and {@code .git/info/exclude}) ignore, with git's own matcher (JGit). Not thread-safe: the
 * single walking thread pushes and pops a directory's rules as it enters and leaves it.
 */
public final class IgnoreRules {
  private static final Set<String> SKIPPED_DIRS =
      Set.of(
          ".git",
          ".hg",
          ".svn",
          "node_modules",
          "site-packages",
          "dist-packages",
          "__pycache__",
          ".tox",
          ".nox",
          ".mypy_cache",
          ".pytest_cache",
          ".ruff_cache",
          ".venv",
          "venv",
          ".eggs",
          "bower_components",
          ".gradle",
          ".terraform");

  /** The rules of one directory, and that directory's path relative to the root. */
  private record Level(String dir, IgnoreNode node) {}

  private final Deque<Level> levels = new ArrayDeque<>();

  public IgnoreRules(Path root) throws IOException {
    IgnoreNode exclude = load(root.resolve(".git").resolve("info").resolve("exclude"));
    if (exclude != null) {
      levels.push(new Level("", exclude));
    }
  }

  /** A directory the walk never enters, whatever the ignore files say. */
  public static boolean alwaysSkipped(Path dir, String name) {
    return SKIPPED_DIRS.contains(name) || Files.isRegularFile(dir.resolve("pyvenv.cfg"));
  }

  /** A directory name the walk never enters (for paths that are not on disk, as in history). */
  public static boolean alwaysSkippedName(String name) {
    return SKIPPED_DIRS.contains(name);
  }

  /** Enters a directory: its {@code .gitignore}, if any, now applies below it. */
  public void enter(Path dir, String relative) throws IOException {
    IgnoreNode node = load(dir.resolve(".gitignore"));
    levels.push(new Level(relative, node == null ? new IgnoreNode() : node));
  }

  public void leave() {
    levels.pop();
  }

  /** Whether git would ignore this path (relative to the root, forward slashes). */
  public boolean ignored(String relative, boolean directory) {
    Iterator<Level> deepestFirst = levels.iterator();
    while (deepestFirst.hasNext()) {
      Level level = deepestFirst.next();
      if (level.node().getRules().isEmpty()) {
        continue;
      }
      String below =
          level.dir().isEmpty() ? relative : relative.substring(level.dir().length() + 1);
      Boolean verdict = level.node().checkIgnored(below, directory);
      if (verdict != null) {
        return verdict;
      }
    }
    return false;
  }

  private static IgnoreNode load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(in);
    }
    return node;
  }
}
