package dev.bulwark.source;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * The source lens: walks a directory, runs the secrets engine over every text file and the Python
 * analysis over Python files.
 *
 * <p>PLACEHOLDER (to be replaced by the secrets work, issue 4): checks the root and scans nothing.
 */
public final class SourceLens {
  private SourceLens() {}

  public static LensRunner runner(Path root, SourceOptions options) {
    return new LensRunner() {
      @Override
      public Target target() {
        return new Target(Lens.SOURCE, root.toString());
      }

      @Override
      public Set<Category> plannedCategories() {
        return EnumSet.of(Category.DATA_EXPOSURE, Category.AUTHENTICATION);
      }

      @Override
      public void run(ScanContext context) throws BadTargetException {
        if (!Files.isDirectory(root)) {
          throw new BadTargetException(root + ": not a directory");
        }
        plannedCategories().forEach(context::assessed);
      }
    };
  }
}
