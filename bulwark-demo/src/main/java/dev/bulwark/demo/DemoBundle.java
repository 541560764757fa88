package dev.bulwark.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The files of {@code examples/vulnerable-flask} (its source, its {@code .env} and its OpenAPI
 * document), packaged in this jar at build time, extracted to a directory so that the source and
 * spec lenses can scan them from a fat jar anywhere.
 *
 * <pre>{@code
 * try (DemoBundle bundle = DemoBundle.extract()) {
 *   Path source = bundle.sourceDir(); // .../vulnerable-flask
 *   Path spec = bundle.spec();        // .../vulnerable-flask/openapi.yaml
 * }
 * }</pre>
 */
public final class DemoBundle implements AutoCloseable {
  /** The example's files, as named in the jar under {@value #RESOURCE_ROOT}. */
  public static final List<String> FILES =
      List.of(".env", "README.md", "app.py", "openapi.yaml", "requirements.txt");

  static final String RESOURCE_ROOT = "bulwark/demo/vulnerable-flask/";
  private static final String FOLDER = "vulnerable-flask";

  private final Path root;
  private final boolean temporary;

  private DemoBundle(Path root, boolean temporary) {
    this.root = root;
    this.temporary = temporary;
  }

  /** Extracts the example into a new temporary directory, deleted again by {@link #close()}. */
  public static DemoBundle extract() throws IOException {
    Path root = Files.createTempDirectory("bulwark-demo-");
    try {
      copyInto(root.resolve(FOLDER));
    } catch (IOException | UncheckedIOException e) {
      deleteTree(root);
      throw e;
    }
    return new DemoBundle(root, true);
  }

  /** Extracts the example into {@code parent/vulnerable-flask}, which {@link #close()} keeps. */
  public static DemoBundle extractTo(Path parent) throws IOException {
    copyInto(parent.resolve(FOLDER));
    return new DemoBundle(parent, false);
  }

  /** The example's source directory: the target of the source lens. */
  public Path sourceDir() {
    return root.resolve(FOLDER);
  }

  /** The example's OpenAPI document: the target of the spec lens. */
  public Path spec() {
    return sourceDir().resolve("openapi.yaml");
  }

  /** Deletes the extracted files when they were extracted into a temporary directory. */
  @Override
  public void close() throws IOException {
    if (temporary) {
      deleteTree(root);
    }
  }

  /** One bundled file's text, e.g. {@code read("openapi.yaml")}. */
  static String read(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled demo file " + name, e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = DemoBundle.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + name);
    if (in == null) {
      throw new IOException(
          "the demo file " + name + " is not bundled in this build (" + RESOURCE_ROOT + ")");
    }
    return in;
  }

  private static void copyInto(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : FILES) {
      try (InputStream in = open(name)) {
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
