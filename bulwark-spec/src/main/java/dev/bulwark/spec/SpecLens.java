package dev.bulwark.spec;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Target;
import java.util.EnumSet;
import java.util.Set;

/**
 * The spec lens: loads an OpenAPI document (file or URL) and audits it.
 *
 * <p>PLACEHOLDER (to be replaced by the spec work, issue 6).
 */
public final class SpecLens {
  private SpecLens() {}

  public static LensRunner runner(String ref, SpecOptions options) {
    return new LensRunner() {
      @Override
      public Target target() {
        return new Target(Lens.SPEC, ref);
      }

      @Override
      public Set<Category> plannedCategories() {
        return EnumSet.of(Category.AUTHENTICATION);
      }

      @Override
      public void run(ScanContext context) throws BadTargetException {
        throw new BadTargetException(ref + ": the spec lens is not available yet");
      }
    };
  }
}
