package dev.bulwark.live.checks;

import java.util.regex.Pattern;

/** What paths and parameter names say about an operation. */
public final class Naming {
  /** Segments naming privileged functions. */
  public static final Pattern PRIVILEGED =
      Pattern.compile(
          "(?i)(?:^|/)(?:admin|administrator|internal|manage|management|debug|export|backup"
              + "|superuser|root|ops|staff)(?:/|$|[_-])");

  /** Segments naming state changes, which a GET must never perform. */
  public static final Pattern STATE_CHANGING =
      Pattern.compile(
          "(?i)(?:^|/|_|-)(?:delete|remove|reset|drop|disable|enable|create|update|purge|destroy"
              + "|activate|deactivate|promote|revoke|truncate|wipe)(?:/|$|_|-)");

  /** Parameter names that take a URL. */
  public static final Pattern URL_PARAM =
      Pattern.compile(
          "(?i)^(?:url|uri|link|src|source|href|callback|callback_url|webhook|webhook_url|redirect"
              + "|redirect_uri|dest|destination|target|image|image_url|img|avatar|avatar_url|feed"
              + "|fetch|proxy|endpoint|site|next|return_url|continue)$");

  /** Page-size parameter names. */
  public static final Pattern PAGE_SIZE =
      Pattern.compile(
          "(?i)^(?:limit|per_page|perpage|page_size|pagesize|size|count|max|take|top)$");

  /** Paths of webhook or callback receivers. */
  public static final Pattern WEBHOOK =
      Pattern.compile("(?i).*(?:webhook|callback|/hooks?/|/events?$|notify).*");

  private Naming() {}

  public static boolean privileged(String path) {
    return PRIVILEGED.matcher(path).find();
  }

  public static boolean stateChanging(String path) {
    return STATE_CHANGING.matcher(path).find();
  }
}
