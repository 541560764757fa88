package dev.bulwark.live;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Target;
import dev.bulwark.spec.model.ApiModel;
import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The live lens: a bounded, read-only black-box scan of a running API.
 *
 * <p>PLACEHOLDER (to be replaced by the live work, issue 7).
 *
 * @see LiveOptions
 */
public final class LiveLens {
  private LiveLens() {}

  /**
   * @param model the API's endpoint model when a spec was given (the lens discovers one otherwise)
   */
  public static LensRunner runner(URI base, Optional<ApiModel> model, LiveOptions options) {
    return new LensRunner() {
      @Override
      public Target target() {
        return new Target(Lens.LIVE, base.toString());
      }

      @Override
      public Set<Category> plannedCategories() {
        return EnumSet.allOf(Category.class);
      }

      @Override
      public void run(ScanContext context) throws BadTargetException {
        throw new BadTargetException(base + ": the live lens is not available yet");
      }
    };
  }
}
