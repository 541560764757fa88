package dev.bulwark.server.web;

import dev.bulwark.store.Accounts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see what: everything needs a session cookie, except the login page and {@code /health};
 * the REST API also accepts an upload token ({@code Authorization: Bearer …}). Forms carry a CSRF
 * token; the cookie is HttpOnly and SameSite=Strict, and Secure unless the dashboard listens on a
 * loopback address over plain HTTP (where a browser would otherwise never send it back).
 */
final class Auth {
  static final String SESSION_COOKIE = "bulwark_session";
  static final String LOGIN_CSRF_COOKIE = "bulwark_login_csrf";
  private static final String SESSION_KEY = "bulwark.session";
  private static final String TOKEN_KEY = "bulwark.token";
  private static final Set<String> PUBLIC = Set.of("/login", "/health");

  private final Sessions sessions;
  private final Accounts accounts;
  private final boolean secureCookies;
  private final LoginThrottle throttle;

  Auth(Sessions sessions, Accounts accounts, boolean secureCookies, LoginThrottle throttle) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.secureCookies = secureCookies;
    this.throttle = throttle;
  }

  /** Runs before every request: lets it through, or answers 401 / redirects to the login page. */
  void gate(Context ctx) {
    SecurityHeaders.apply(ctx);
    if (PUBLIC.contains(ctx.path())) {
      return;
    }
    Optional<Session> session =
        Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).flatMap(sessions::find);
    session.ifPresent(s -> ctx.attribute(SESSION_KEY, s));
    if (ctx.path().startsWith("/api/")) {
      // Reads may ride on the browser session; writes (uploads) need a token, so that no page,
      // forged or not, can upload on a signed-in user's behalf.
      if (session.isEmpty() || isMutating(ctx)) {
        requireToken(ctx);
      }
      return;
    }
    if (session.isEmpty()) {
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    if (isMutating(ctx)) {
      String presented = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
      if (!Sessions.same(session.get().csrfToken(), presented)) {
        ctx.status(HttpStatus.FORBIDDEN).skipRemainingHandlers();
        ctx.result("The form expired or did not come from this dashboard; reload and retry.");
      }
    }
  }

  private void requireToken(Context ctx) {
    Optional<String> token = bearer(ctx).flatMap(accounts::verifyToken);
    if (token.isPresent()) {
      ctx.attribute(TOKEN_KEY, token.get());
      return;
    }
    ctx.header("WWW-Authenticate", "Bearer realm=\"bulwark\"");
    ctx.status(HttpStatus.UNAUTHORIZED).skipRemainingHandlers();
    ctx.contentType("application/json");
    ctx.result(
        "{\"error\":\"missing or invalid upload token (send Authorization: Bearer <token>)\"}");
  }

  private static boolean isMutating(Context ctx) {
    String method = ctx.method().name();
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  private static Optional<String> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).strip()).filter(t -> !t.isEmpty());
  }

  static Optional<Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION_KEY));
  }

  void loginPage(Context ctx) {
    // Reuse a pending token: a second tab (or a stray request redirected here) must not
    // invalidate the form already shown.
    String csrf =
        Optional.ofNullable(ctx.cookie(LOGIN_CSRF_COOKIE))
            .filter(c -> c.matches("[A-Za-z0-9_-]{43}"))
            .orElseGet(Sessions::randomToken);
    ctx.header("Set-Cookie", cookie(LOGIN_CSRF_COOKIE, csrf, 600));
    ctx.html(LoginPage.render(csrf, Optional.empty()));
  }

  void login(Context ctx) {
    String cookie = Optional.ofNullable(ctx.cookie(LOGIN_CSRF_COOKIE)).orElse("");
    String form = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
    if (cookie.isEmpty() || !Sessions.same(cookie, form)) {
      ctx.status(HttpStatus.FORBIDDEN);
      ctx.html(LoginPage.render(renewLoginCsrf(ctx), Optional.of("The form expired; try again.")));
      return;
    }
    String address = ctx.ip();
    if (!throttle.allowed(address)) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      ctx.html(
          LoginPage.render(
              renewLoginCsrf(ctx),
              Optional.of("Too many failed sign-ins from this address; wait 15 minutes.")));
      return;
    }
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (!accounts.checkPassword(username, password)) {
      throttle.failed(address);
      ctx.status(HttpStatus.UNAUTHORIZED);
      ctx.html(LoginPage.render(renewLoginCsrf(ctx), Optional.of("Wrong user name or password.")));
      return;
    }
    throttle.succeeded(address);
    Session session = sessions.create(username);
    ctx.res()
        .addHeader(
            "Set-Cookie",
            cookie(SESSION_COOKIE, session.id(), (int) Sessions.LIFETIME.toSeconds()));
    ctx.res().addHeader("Set-Cookie", cookie(LOGIN_CSRF_COOKIE, "", 0));
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private String renewLoginCsrf(Context ctx) {
    String csrf = Sessions.randomToken();
    ctx.header("Set-Cookie", cookie(LOGIN_CSRF_COOKIE, csrf, 600));
    return csrf;
  }

  void logout(Context ctx) {
    session(ctx).ifPresent(s -> sessions.remove(s.id()));
    ctx.header("Set-Cookie", cookie(SESSION_COOKIE, "", 0));
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  String cookie(String name, String value, int maxAgeSeconds) {
    return name
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secureCookies ? "; Secure" : "");
  }
}
