package dev.bulwark.server;

import dev.bulwark.core.ApiIdentity;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled rescan of one live target.
 *
 * @param target what the {@link Rescanner} scans (a base URL, a spec…), opaque to the scheduler
 * @param webhook where to send a signed alert when the score drops or a new critical appears
 */
public record RescanJob(
    String name, CronSchedule schedule, ApiIdentity api, String target, Optional<Webhook> webhook) {
  public RescanJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(webhook, "webhook");
  }

  /** A webhook URL and the shared secret its HMAC-SHA256 signature is made with. */
  public record Webhook(URI url, String secret) {
    public Webhook {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(secret, "secret");
      if (secret.length() < 16) {
        throw new IllegalArgumentException("a webhook secret needs at least 16 characters");
      }
    }

    @Override
    public String toString() {
      return "Webhook[" + url + ", secret hidden]";
    }
  }
}
