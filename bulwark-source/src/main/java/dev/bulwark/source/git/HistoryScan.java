package dev.bulwark.source.git;

import dev.bulwark.core.HistoryRef;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.secrets.SecretMatch;
import dev.bulwark.source.files.IgnoreRules;
import dev.bulwark.source.secrets.BufferScanner;
import dev.bulwark.source.secrets.FileScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Scans every commit reachable from any branch, remote branch or tag, oldest first: for each file a
 * commit added or changed, the lines it added. A secret is reported once, at the commit that
 * introduced it, with whether HEAD still holds it. Merge commits are skipped (their lines come from
 * commits already scanned). A corrupt or missing object becomes one error and the walk goes on.
 */
public final class HistoryScan {
  /** Blobs larger than this are not scanned in history (generated data, vendored archives). */
  private static final int MAX_BLOB = 8 << 20;

  private final GitRepo repo;
  private final ScanContext context;
  private final BufferScanner scanner;
  private final Set<String> reported = new HashSet<>();
  private final Map<String, String> headFiles = new LinkedHashMap<>(64, 0.75f, true);

  public HistoryScan(GitRepo repo, SecretEngine engine, ScanContext context) {
    this.repo = repo;
    this.context = context;
    this.scanner = new BufferScanner(engine, context);
  }

  public void run() {
    Repository r = repo.repository();
    try (RevWalk walk = new RevWalk(r);
        ObjectReader reader = r.newObjectReader();
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(r);
      diff.setDetectRenames(false);
      if (!markStarts(r, walk)) {
        return;
      }
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      for (RevCommit commit : walk) {
        if (context.cancelled()) {
          return;
        }
        if (commit.getParentCount() <= 1) {
          scanCommit(walk, reader, diff, commit);
        }
      }
    } catch (IOException | RuntimeException e) {
      context.error(ScanError.of("git history", e));
    }
  }

  private boolean markStarts(Repository r, RevWalk walk) throws IOException {
    boolean any = false;
    List<Ref> refs =
        r.getRefDatabase()
            .getRefsByPrefix(Constants.R_HEADS, Constants.R_REMOTES, Constants.R_TAGS);
    for (Ref ref : refs) {
      ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
      try {
        walk.markStart(walk.parseCommit(id));
        any = true;
      } catch (IOException | RuntimeException e) {
        context.error(new ScanError("git " + ref.getName(), "cannot read: " + e.getMessage()));
      }
    }
    return any;
  }

  private void scanCommit(RevWalk walk, ObjectReader reader, DiffFormatter diff, RevCommit commit) {
    String where = "git commit " + commit.getName().substring(0, 12);
    try {
      List<DiffEntry> entries =
          commit.getParentCount() == 0
              ? diff.scan(
                  new EmptyTreeIterator(), new CanonicalTreeParser(null, reader, commit.getTree()))
              : diff.scan(walk.parseCommit(commit.getParent(0)).getTree(), commit.getTree());
      HistoryRef base =
          new HistoryRef(
              commit.getName(),
              commit.getAuthorIdent().getName(),
              commit.getAuthorIdent().getWhenAsInstant(),
              false);
      for (DiffEntry entry : entries) {
        if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
          scanEntry(reader, entry, base, where);
        }
      }
    } catch (IOException | RuntimeException e) {
      context.error(new ScanError(where, "cannot read: " + oneLine(e)));
    }
  }

  private void scanEntry(ObjectReader reader, DiffEntry entry, HistoryRef base, String where) {
    String path = entry.getNewPath();
    Optional<String> relative = repo.toRootRelative(path);
    if (relative.isEmpty() || skippedDir(path)) {
      return;
    }
    try {
      byte[] after = blob(reader, entry.getNewId().toObjectId());
      if (after == null || FileScanner.isBinary(after, Math.min(after.length, 8000))) {
        return;
      }
      byte[] before =
          entry.getChangeType() == DiffEntry.ChangeType.ADD
              ? new byte[0]
              : blob(reader, entry.getOldId().toObjectId());
      BitSet added = AddedLines.between(before == null ? new byte[0] : before, after);
      if (added.isEmpty()) {
        return;
      }
      scanner.scan(
          after, after.length, after.length, relative.get(), 1, placement(path, added, base));
    } catch (IOException | RuntimeException e) {
      context.error(new ScanError(where + ":" + path, "cannot read: " + oneLine(e)));
    }
  }

  private BufferScanner.Placement placement(String path, BitSet added, HistoryRef base) {
    return new BufferScanner.Placement() {
      @Override
      public boolean keep(int line, SecretMatch match) {
        return added.get(line)
            && reported.add(match.rule().id() + "\0" + path + "\0" + match.secret());
      }

      @Override
      public Optional<HistoryRef> history(SecretMatch match) {
        boolean atHead = headText(path).contains(match.secret());
        return Optional.of(new HistoryRef(base.commit(), base.author(), base.date(), atHead));
      }
    };
  }

  private String headText(String path) {
    String cached = headFiles.get(path);
    if (cached != null) {
      return cached;
    }
    String text = "";
    Repository r = repo.repository();
    try (RevWalk walk = new RevWalk(r)) {
      ObjectId head = r.resolve(Constants.HEAD);
      if (head != null) {
        try (TreeWalk tw = TreeWalk.forPath(r, path, walk.parseCommit(head).getTree())) {
          if (tw != null) {
            byte[] bytes = blob(tw.getObjectReader(), tw.getObjectId(0));
            text = bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      text = "";
    }
    headFiles.put(path, text);
    if (headFiles.size() > 64) {
      headFiles.remove(headFiles.keySet().iterator().next());
    }
    return text;
  }

  private static byte[] blob(ObjectReader reader, ObjectId id) throws IOException {
    var loader = reader.open(id, Constants.OBJ_BLOB);
    return loader.getSize() > MAX_BLOB ? null : loader.getCachedBytes(MAX_BLOB);
  }

  private static boolean skippedDir(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (IgnoreRules.alwaysSkippedName(parts[i])) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
