package dev.bulwark.source.python;

import dev.bulwark.core.ScanContext;
import dev.bulwark.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The Python/Flask half of the source lens. The source lens calls it once per scan, after the file
 * walk, with every {@code .py} file and every {@code .env*} / {@code .flaskenv} file of the tree.
 *
 * <p>PLACEHOLDER (to be replaced by the Python analysis work, issue 5): analyses nothing yet.
 */
public final class PythonAnalysis {
  private PythonAnalysis() {}

  public static void analyze(Path root, List<SourceFile> files, ScanContext context) {
    // Replaced by the tree-sitter based analysis.
  }
}
