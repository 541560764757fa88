package dev.bulwark.live;

import dev.bulwark.spec.model.ApiModel;
import java.net.URI;
import java.util.Optional;

/**
 * The live lens: a bounded, read-only black-box scan of a running API.
 *
 * @see LiveOptions
 * @see LiveRunner#summary()
 */
public final class LiveLens {
  private LiveLens() {}

  /**
   * @param model the API's endpoint model when a spec was given (the lens discovers one otherwise)
   * @return a {@link LiveRunner}; after {@code run}, its {@code summary()} tells what was done
   *     (budget, requests, whether credentials were accepted, the dry-run plan)
   */
  public static LiveRunner runner(URI base, Optional<ApiModel> model, LiveOptions options) {
    return new LiveRunner(base, model, options, LiveChecks.passive(), LiveChecks.active());
  }
}
