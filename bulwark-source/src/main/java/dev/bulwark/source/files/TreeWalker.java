package dev.bulwark.source.files;

import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Walks a tree on one thread and hands regular files to worker threads through a bounded queue, so
 * memory stays flat whatever the tree's size. Symbolic links to files are followed; links to
 * directories are not (a link back to an ancestor is reported as a loop), and broken links are
 * reported. Each problem becomes one {@link ScanError}; the walk goes on.
 */
public final class TreeWalker {
  private static final List<WalkedFile> END = List.of();

  /** Files travel to workers in batches: one queue hand-off per batch, not per file. */
  private static final int BATCH_FILES = 64;

  private static final long BATCH_BYTES = 2L << 20;

  private final Path root;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;
  private final ScanContext context;

  public TreeWalker(Path root, List<String> include, List<String> exclude, ScanContext context) {
    this.root = root.toAbsolutePath().normalize();
    this.include = include.stream().map(TreeWalker::glob).toList();
    this.exclude = exclude.stream().map(TreeWalker::glob).toList();
    this.context = context;
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }

  /**
   * Walks the tree; each worker thread gets its own consumer from {@code workerFactory} (so it can
   * keep its own buffer) and is called once per file.
   */
  public void walk(int threads, Supplier<Consumer<WalkedFile>> workerFactory) throws IOException {
    BlockingQueue<List<WalkedFile>> queue = new ArrayBlockingQueue<>(8);
    ExecutorService pool = Executors.newFixedThreadPool(threads, TreeWalker::daemon);
    try {
      List<Future<?>> workers =
          java.util.stream.IntStream.range(0, threads)
              .<Future<?>>mapToObj(i -> pool.submit(() -> drain(queue, workerFactory.get())))
              .toList();
      Visitor visitor = new Visitor(queue, new IgnoreRules(root));
      try {
        Files.walkFileTree(root, visitor);
        visitor.flush();
      } finally {
        for (int i = 0; i < threads; i++) {
          put(queue, END);
        }
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      context.error(ScanError.of(root.toString(), e.getCause()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bulwark-source-walk");
    t.setDaemon(true);
    return t;
  }

  private void drain(BlockingQueue<List<WalkedFile>> queue, Consumer<WalkedFile> worker) {
    while (true) {
      List<WalkedFile> batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (batch == END) {
        return;
      }
      for (WalkedFile file : batch) {
        try {
          worker.accept(file);
        } catch (RuntimeException e) {
          context.error(ScanError.of(file.relative(), e));
        }
      }
    }
  }

  private static void put(BlockingQueue<List<WalkedFile>> queue, List<WalkedFile> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("walk interrupted", e);
    }
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private boolean selected(String relative) {
    Path p = Path.of(relative);
    if (exclude.stream().anyMatch(m -> m.matches(p))) {
      return false;
    }
    return include.isEmpty() || include.stream().anyMatch(m -> m.matches(p));
  }

  /** The single walking thread's visitor. */
  private final class Visitor extends SimpleFileVisitor<Path> {
    private final BlockingQueue<List<WalkedFile>> queue;
    private final IgnoreRules ignores;
    private List<WalkedFile> batch = new java.util.ArrayList<>(BATCH_FILES);
    private long batchBytes;

    Visitor(BlockingQueue<List<WalkedFile>> queue, IgnoreRules ignores) {
      this.queue = queue;
      this.ignores = ignores;
    }

    void add(WalkedFile file) {
      batch.add(file);
      batchBytes += file.size();
      if (batch.size() >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
        flush();
      }
    }

    void flush() {
      if (!batch.isEmpty()) {
        put(queue, batch);
        batch = new java.util.ArrayList<>(BATCH_FILES);
        batchBytes = 0;
      }
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      if (context.cancelled()) {
        return FileVisitResult.TERMINATE;
      }
      String rel = relative(dir);
      if (!rel.isEmpty()) {
        String name = dir.getFileName().toString();
        if (IgnoreRules.alwaysSkipped(dir, name)
            || ignores.ignored(rel, true)
            || exclude.stream().anyMatch(m -> m.matches(Path.of(rel)))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
      }
      ignores.enter(dir, rel);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      ignores.leave();
      if (e != null) {
        context.error(ScanError.of(relative(dir), e));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String rel = relative(file);
      if (ignores.ignored(rel, false) || !selected(rel)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        followLink(file, rel);
      } else if (attrs.isRegularFile()) {
        add(new WalkedFile(file, rel, attrs.size()));
      }
      return context.cancelled() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    private void followLink(Path link, String rel) {
      try {
        Path target = link.toRealPath();
        BasicFileAttributes targetAttrs = Files.readAttributes(target, BasicFileAttributes.class);
        if (targetAttrs.isRegularFile()) {
          add(new WalkedFile(link, rel, targetAttrs.size()));
        } else if (targetAttrs.isDirectory()
            && link.toAbsolutePath().normalize().startsWith(target)) {
          context.error(new ScanError(rel, "symbolic link loop: points to an ancestor directory"));
        }
      } catch (NoSuchFileException e) {
        context.error(new ScanError(rel, "broken symbolic link"));
      } catch (FileSystemLoopException e) {
        context.error(new ScanError(rel, "symbolic link loop"));
      } catch (IOException e) {
        String message =
            e.getMessage() != null && e.getMessage().contains("evels of symbolic")
                ? "symbolic link loop"
                : "cannot follow symbolic link: " + e.getMessage();
        context.error(new ScanError(rel, message));
      }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String rel = relative(file);
      if (e instanceof FileSystemLoopException) {
        context.error(new ScanError(rel, "symbolic link loop"));
      } else if (e instanceof java.nio.file.AccessDeniedException) {
        context.error(new ScanError(rel, "cannot read: permission denied"));
      } else {
        context.error(ScanError.of(rel, e));
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
