package dev.bulwark.source.git;

import dev.bulwark.core.HistoryRef;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.secrets.SecretMatch;
import dev.bulwark.source.SourceFile;
import dev.bulwark.source.files.FileKinds;
import dev.bulwark.source.files.IgnoreRules;
import dev.bulwark.source.secrets.BufferScanner;
import dev.bulwark.source.secrets.EnvFileCheck;
import dev.bulwark.source.secrets.FileScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Only what changed: {@code --staged} scans the lines the index adds over HEAD (for a pre-commit
 * hook), {@code --since REF} the lines the work tree adds over REF (committed or not). Both read
 * only the changed files, so they stay fast on a large repository.
 */
public final class ChangeScan {
  private static final int MAX_BLOB = 8 << 20;

  private final GitRepo repo;
  private final ScanContext context;
  private final BufferScanner scanner;

  public ChangeScan(GitRepo repo, SecretEngine engine, ScanContext context) {
    this.repo = repo;
    this.context = context;
    this.scanner = new BufferScanner(engine, context);
  }

  /** Scans what is staged; returns the staged Python and env files for the Python analysis. */
  public List<SourceFile> staged() throws IOException {
    Repository r = repo.repository();
    try (ObjectReader reader = r.newObjectReader()) {
      return scanStaged(headTree(r, reader), new DirCacheIterator(r.readDirCache()), reader);
    }
  }

  /**
   * Scans what the work tree adds over {@code ref}: the files that differ between {@code ref} and
   * HEAD (read from the object database) plus the files git status reports as changed or untracked
   * (found through the index's stat cache, so unchanged files are never read), each diffed against
   * its version at {@code ref}.
   */
  public List<SourceFile> since(String ref) throws IOException {
    Repository r = repo.repository();
    try (ObjectReader reader = r.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      ObjectId id = r.resolve(ref + "^{commit}");
      if (id == null) {
        context.error(new ScanError("--since " + ref, "no such commit"));
        return List.of();
      }
      ObjectId base = walk.parseCommit(id).getTree();
      Set<String> paths = new TreeSet<>();
      try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
        diff.setRepository(r);
        ObjectId head = r.resolve(Constants.HEAD + "^{tree}");
        if (head != null) {
          for (DiffEntry entry : diff.scan(base, head)) {
            if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
              paths.add(entry.getNewPath());
            }
          }
        }
      }
      IndexDiff status = new IndexDiff(r, Constants.HEAD, new FileTreeIterator(r));
      status.diff();
      paths.addAll(status.getAdded());
      paths.addAll(status.getChanged());
      paths.addAll(status.getModified());
      paths.addAll(status.getUntracked());
      paths.removeAll(status.getMissing());
      paths.removeAll(status.getRemoved());
      List<SourceFile> forPython = new ArrayList<>();
      for (String path : paths) {
        scanWorkTreeFile(reader, base, path, forPython);
      }
      return forPython;
    }
  }

  private void scanWorkTreeFile(
      ObjectReader reader, ObjectId baseTree, String path, List<SourceFile> forPython) {
    Optional<String> relative = repo.toRootRelative(path);
    if (relative.isEmpty() || inSkippedDir(path)) {
      return;
    }
    try {
      Path onDisk = repo.workTree().resolve(path);
      byte[] content = read(onDisk);
      if (content == null || FileScanner.isBinary(content, Math.min(content.length, 8000))) {
        return;
      }
      context.stats().addFile(content.length);
      byte[] old = new byte[0];
      try (TreeWalk tw = TreeWalk.forPath(reader, path, baseTree)) {
        if (tw != null) {
          byte[] blob = blob(reader, tw.getObjectId(0));
          old = blob == null ? old : blob;
        }
      }
      scanner.scan(
          content,
          content.length,
          content.length,
          relative.get(),
          1,
          onlyLines(AddedLines.between(old, content)));
      EnvFileCheck.check(relative.get(), Optional.of(repo), context);
      if (FileKinds.isPython(relative.get()) || FileKinds.isEnvFile(relative.get())) {
        forPython.add(new SourceFile(onDisk, relative.get()));
      }
    } catch (IOException | RuntimeException e) {
      context.error(ScanError.of(path, e));
    }
  }

  private static AbstractTreeIterator headTree(Repository r, ObjectReader reader)
      throws IOException {
    ObjectId head = r.resolve(Constants.HEAD + "^{tree}");
    return head == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, head);
  }

  private List<SourceFile> scanStaged(
      AbstractTreeIterator before, AbstractTreeIterator after, ObjectReader reader)
      throws IOException {
    List<SourceFile> forPython = new ArrayList<>();
    try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repo.repository());
      diff.setDetectRenames(false);
      for (DiffEntry entry : diff.scan(before, after)) {
        if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
          continue;
        }
        String path = entry.getNewPath();
        Optional<String> relative = repo.toRootRelative(path);
        if (relative.isEmpty() || inSkippedDir(path)) {
          continue;
        }
        try {
          Path onDisk = repo.workTree().resolve(path);
          byte[] content = blob(reader, entry.getNewId().toObjectId());
          if (content == null || FileScanner.isBinary(content, Math.min(content.length, 8000))) {
            continue;
          }
          context.stats().addFile(content.length);
          byte[] old =
              entry.getChangeType() == DiffEntry.ChangeType.ADD
                  ? new byte[0]
                  : blob(reader, entry.getOldId().toObjectId());
          BitSet added = AddedLines.between(old == null ? new byte[0] : old, content);
          scanner.scan(
              content, content.length, content.length, relative.get(), 1, onlyLines(added));
          EnvFileCheck.check(relative.get(), Optional.of(repo), context);
          String rel = relative.get();
          if (FileKinds.isPython(rel) || FileKinds.isEnvFile(rel)) {
            forPython.add(new SourceFile(onDisk, rel));
          }
        } catch (IOException | RuntimeException e) {
          context.error(ScanError.of(path, e));
        }
      }
    }
    return forPython;
  }

  private static BufferScanner.Placement onlyLines(BitSet added) {
    return new BufferScanner.Placement() {
      @Override
      public boolean keep(int line, SecretMatch match) {
        return added.get(line);
      }

      @Override
      public Optional<HistoryRef> history(SecretMatch match) {
        return Optional.empty();
      }
    };
  }

  private static boolean inSkippedDir(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (IgnoreRules.alwaysSkippedName(parts[i])) {
        return true;
      }
    }
    return false;
  }

  private static byte[] read(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) > MAX_BLOB) {
      return null;
    }
    return Files.readAllBytes(file);
  }

  private static byte[] blob(ObjectReader reader, ObjectId id) throws IOException {
    if (id.equals(ObjectId.zeroId())) {
      return null;
    }
    var loader = reader.open(id, Constants.OBJ_BLOB);
    return loader.getSize() > MAX_BLOB ? null : loader.getCachedBytes(MAX_BLOB);
  }
}
