package dev.bulwark.server.web;

import dev.bulwark.core.RuleDocs;
import dev.bulwark.core.RuleRegistry;
import dev.bulwark.store.ScanDetail;
import dev.bulwark.store.ScanStore;
import dev.bulwark.store.ScanSummary;
import dev.bulwark.store.StoreException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Wires the pages, the REST API and the login gate into a Javalin configuration. */
public final class WebApp {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

  private final ScanStore store;
  private final RuleRegistry rules;
  private final Auth auth;
  private final RestApi rest;

  public WebApp(ScanStore store, RuleRegistry rules, boolean secureCookies, long maxUploadBytes) {
    this.store = store;
    this.rules = rules;
    Clock clock = Clock.systemUTC();
    this.auth =
        new Auth(new Sessions(clock), store.accounts(), secureCookies, new LoginThrottle(clock));
    this.rest = new RestApi(store, maxUploadBytes);
  }

  public void configure(JavalinConfig config) {
    var r = config.routes;
    r.before(auth::gate);
    r.get("/health", this::health);
    r.get("/login", auth::loginPage);
    r.post("/login", auth::login);
    r.post("/logout", auth::logout);
    r.get("/", ctx -> ctx.html(OverviewPage.render(store.apis(), Auth.session(ctx))));
    r.get("/apis/<name>", this::apiPage);
    r.get("/scans/{id}", this::scanPage);
    r.get(
        "/scans/{id}/compliance",
        ctx -> withScan(ctx, s -> ctx.html(CompliancePage.render(s, false, Auth.session(ctx)))));
    r.get(
        "/scans/{id}/compliance.pdf",
        ctx ->
            withScan(
                ctx,
                s -> {
                  ctx.contentType("application/pdf");
                  ctx.header(
                      "Content-Disposition",
                      "inline; filename=\"bulwark-compliance-" + s.summary().id() + ".pdf\"");
                  ctx.result(PdfRenderer.render(CompliancePage.render(s, true, Optional.empty())));
                }));
    r.get("/diff", this::diffPage);
    r.get("/rules", ctx -> ctx.html(RulePage.index(rules.rules(), Auth.session(ctx))));
    r.get("/rules/{id}", this::rulePage);
    r.get(
        "/settings/tokens",
        ctx ->
            ctx.html(TokensPage.render(store.accounts().tokens(), Optional.empty(), session(ctx))));
    r.post("/settings/tokens", this::createToken);
    r.post(
        "/settings/tokens/{id}/revoke",
        ctx -> {
          idParam(ctx.pathParam("id")).ifPresent(store.accounts()::revokeToken);
          ctx.redirect("/settings/tokens", HttpStatus.SEE_OTHER);
        });
    r.get("/api/v1/apis", rest::apis);
    r.get("/api/v1/apis/<name>", rest::api);
    r.get("/api/v1/scans/{id}", rest::scan);
    r.get("/api/v1/scans/{id}/report", rest::report);
    r.get("/api/v1/diff", rest::diff);
    r.post("/api/v1/scans", rest::upload);
    r.exception(
        StoreException.class,
        (e, ctx) ->
            failure(
                ctx,
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unavailable: " + e.getMessage()));
    r.error(
        404,
        ctx -> {
          if (ctx.result() == null
              || ctx.result().isEmpty()
              || ctx.result().startsWith("Endpoint")) {
            notFound(ctx, "There is no such page.");
          }
        });
  }

  /** Public, so says nothing but whether the dashboard and its database answer. */
  private void health(Context ctx) {
    boolean ok = store.healthy();
    ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).contentType("application/json");
    ctx.result(ok ? "{\"status\":\"ok\"}" : "{\"status\":\"database unavailable\"}");
  }

  private void apiPage(Context ctx) {
    String name = ctx.pathParam("name");
    var history = store.history(name);
    if (history.isEmpty() || history.get().scans().isEmpty()) {
      notFound(ctx, "No API named " + name + " has been scanned.");
      return;
    }
    List<ScanSummary> scans = history.get().scans();
    ScanDetail latest = store.scan(scans.get(scans.size() - 1).id()).orElseThrow();
    ctx.html(ApiPage.render(history.get(), latest, Auth.session(ctx)));
  }

  private void scanPage(Context ctx) {
    withScan(
        ctx,
        scan -> {
          List<ScanSummary> scans =
              store.history(scan.summary().api()).map(h -> h.scans()).orElse(List.of());
          Optional<ScanSummary> previous = Optional.empty();
          for (ScanSummary s : scans) {
            if (s.id() == scan.summary().id()) {
              break;
            }
            previous = Optional.of(s);
          }
          ctx.html(ScanPage.render(scan, previous, Auth.session(ctx)));
        });
  }

  private void diffPage(Context ctx) {
    Optional<Long> from = idParam(ctx.queryParam("from"));
    Optional<Long> to = idParam(ctx.queryParam("to"));
    var diff = from.flatMap(f -> to.flatMap(t -> store.diff(f, t)));
    if (diff.isEmpty()) {
      notFound(ctx, "Give two stored scans to compare: /diff?from=ID&to=ID.");
      return;
    }
    ctx.html(DiffPage.render(diff.get(), Auth.session(ctx)));
  }

  private void rulePage(Context ctx) {
    String id = ctx.pathParam("id");
    if (!RULE_ID.matcher(id).matches()) {
      notFound(ctx, "No rule " + id + ".");
      return;
    }
    var meta = rules.find(id);
    var doc = RuleDocs.load(id);
    if (meta.isEmpty() && doc.isEmpty()) {
      notFound(ctx, "No rule " + id + " is known to this dashboard.");
      return;
    }
    ctx.html(RulePage.render(id, meta, doc, Auth.session(ctx)));
  }

  private void createToken(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).map(String::strip).orElse("");
    if (name.isEmpty() || name.length() > 100) {
      ctx.status(HttpStatus.BAD_REQUEST);
      ctx.html(TokensPage.render(store.accounts().tokens(), Optional.empty(), session(ctx)));
      return;
    }
    String token = store.accounts().createToken(name);
    ctx.html(TokensPage.render(store.accounts().tokens(), Optional.of(token), session(ctx)));
  }

  private void withScan(Context ctx, java.util.function.Consumer<ScanDetail> page) {
    Optional<ScanDetail> scan = idParam(ctx.pathParam("id")).flatMap(store::scan);
    if (scan.isEmpty()) {
      notFound(ctx, "No scan " + ctx.pathParam("id") + ".");
      return;
    }
    page.accept(scan.get());
  }

  private static Session session(Context ctx) {
    return Auth.session(ctx)
        .orElseThrow(() -> new IllegalStateException("the gate requires a session"));
  }

  private static void notFound(Context ctx, String message) {
    failure(ctx, HttpStatus.NOT_FOUND, message);
  }

  private static void failure(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      RestApi.error(ctx, status, message);
      return;
    }
    Html h = new Html().el("h1", status.getCode() + " " + status.getMessage()).el("p", message);
    h.el("a", "Back to the APIs", "href", "/");
    ctx.html(Layout.page(status.getMessage(), Auth.session(ctx), h));
  }

  static Optional<Long> idParam(String text) {
    return text != null && ID.matcher(text).matches()
        ? Optional.of(Long.parseLong(text))
        : Optional.empty();
  }
}
