package dev.bulwark.source.python.tree;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads the tree export library ({@code libbulwark-tsexport.so}) that the build compiles on Linux
 * x86_64 when gcc is present, and links it to the already loaded tree-sitter binding.
 */
final class NativeLibrary {
  static final String RESOURCE = "/native/linux-x86_64/libbulwark-tsexport.so";

  private NativeLibrary() {}

  /** Empty when the library is loaded and linked, else why not. */
  static Optional<String> load() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      return Optional.of("no native export for " + os + "/" + arch);
    }
    URL url = NativeLibrary.class.getResource(RESOURCE);
    if (url == null) {
      return Optional.of("not built (no gcc or JNI headers at build time)");
    }
    try {
      if ("file".equals(url.getProtocol())) {
        System.load(Path.of(url.toURI()).toString());
      } else {
        loadCopy(url);
      }
    } catch (IOException | URISyntaxException | LinkageError | SecurityException e) {
      return Optional.of("cannot load: " + e);
    }
    int status = NativeExport.init();
    return switch (status) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of("tree-sitter's library not found among the loaded objects");
      case 2 -> Optional.of("more than one tree-sitter library loaded");
      default -> Optional.of("tree-sitter's library lacks a function (code " + status + ")");
    };
  }

  /**
   * A library inside a jar must be a file to be loaded: a private temporary copy, deleted once
   * loaded (the mapping stays valid).
   */
  private static void loadCopy(URL url) throws IOException {
    Path copy = Files.createTempFile("bulwark-tsexport-", ".so");
    try (InputStream in = url.openStream()) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      System.load(copy.toAbsolutePath().toString());
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}
