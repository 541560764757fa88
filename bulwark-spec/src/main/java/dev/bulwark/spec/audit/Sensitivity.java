package dev.bulwark.spec.audit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How much an operation matters, told from its path: admin-like, public by nature, or plain. */
public final class Sensitivity {
  private static final Set<String> SENSITIVE =
      Set.of(
          "admin",
          "admins",
          "administration",
          "internal",
          "private",
          "export",
          "exports",
          "debug",
          "manage",
          "management",
          "config",
          "configuration",
          "settings",
          "backup",
          "backups",
          "dump",
          "metrics",
          "actuator",
          "keys",
          "apikeys",
          "api-keys",
          "api_keys",
          "secrets",
          "credentials",
          "billing",
          "payments",
          "users",
          "accounts",
          "audit",
          "logs",
          "tokens",
          "roles",
          "permissions",
          "impersonate",
          "sudo");
  private static final Set<String> PUBLIC_BY_NATURE =
      Set.of(
          "login",
          "logout",
          "signin",
          "sign-in",
          "signup",
          "sign-up",
          "register",
          "token",
          "oauth",
          "oauth2",
          "authorize",
          "forgot-password",
          "reset-password",
          "password-reset",
          "health",
          "healthz",
          "livez",
          "readyz",
          "ready",
          "status",
          "ping",
          "openapi",
          "openapi.json",
          "openapi.yaml",
          "swagger",
          "swagger.json",
          "docs",
          "version",
          ".well-known",
          "jwks",
          "jwks.json");
  private static final Pattern SEGMENTS = Pattern.compile("[/{}]+");

  private Sensitivity() {}

  /** Admin, export, internal, key-management and similar paths. */
  public static boolean sensitivePath(String path) {
    for (String segment : SEGMENTS.split(path.toLowerCase(Locale.ROOT))) {
      if (SENSITIVE.contains(segment)) {
        return true;
      }
    }
    return false;
  }

  /** Login, token, health and documentation paths, which must be reachable without credentials. */
  public static boolean publicByNature(String path) {
    String[] segments = SEGMENTS.split(path.toLowerCase(Locale.ROOT));
    for (String segment : segments) {
      if (PUBLIC_BY_NATURE.contains(segment)) {
        return true;
      }
    }
    return false;
  }

  /**
   * State-changing, on an admin-like path, or fetching a URL the caller supplies: an operation that
   * must not be open to anonymous callers.
   */
  public static boolean sensitive(OperationView op) {
    return op.changesState() || sensitivePath(op.path()) || takesUrl(op);
  }

  /** A parameter typed or named as a URL: the server may fetch it for the caller. */
  public static boolean takesUrl(OperationView op) {
    for (ParameterView p : op.parameters()) {
      String name = Names.squash(p.name());
      String format = p.format().orElse("");
      if (format.equals("uri")
          || format.equals("url")
          || name.equals("url")
          || name.endsWith("url")) {
        return true;
      }
    }
    return false;
  }
}
