package dev.bulwark.report;

import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.Baseline;
import dev.bulwark.core.Category;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.HistoryRef;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.Proof;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.RuleRegistry;
import dev.bulwark.core.ScanAssembler;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.core.SpecLocation;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.Target;
import dev.bulwark.core.ToolInfo;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sample scan results built through the real {@link ScanAssembler} with a fixed clock, then given a
 * fixed scan id, so golden files do not change between runs.
 */
final class SampleResults {

  static final Instant STARTED = Instant.parse("2026-06-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(STARTED.plusMillis(1234), ZoneOffset.UTC);
  static final String SCAN_ID = "00000000-0000-4000-8000-000000000001";
  static final ToolInfo TOOL = new ToolInfo("bulwark", "0.0.0-test");

  /** A fixed install key, so redacted evidence (its HMAC) is the same on every run. */
  static final Redactor REDACTOR =
      new Redactor("fixed-test-install-key-0123456789".getBytes(StandardCharsets.UTF_8));

  static final RuleMeta FLASK_DEBUG =
      RuleMeta.builder("flask-debug-enabled")
          .title("Flask debug mode enabled")
          .lens(Lens.SOURCE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(215, 489)
          .severity(Severity.HIGH)
          .confidence(Confidence.HIGH)
          .remediation("Never pass debug=True in production. Read it from the environment.")
          .build();

  static final RuleMeta HARDCODED_KEY =
      RuleMeta.builder("hardcoded-stripe-key")
          .title("Stripe secret key in source")
          .lens(Lens.SOURCE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(798)
          .severity(Severity.CRITICAL)
          .remediation("Revoke the key and load it from a secret store.")
          .build();

  static final RuleMeta KEY_IN_LOG =
      RuleMeta.builder("api-key-logged")
          .title("API key written to a log")
          .lens(Lens.SOURCE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API3)
          .cwe(532)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation("Log a key id, never the key.")
          .build();

  static final RuleMeta KEY_IN_QUERY =
      RuleMeta.builder("api-key-in-query")
          .title("API key accepted in the query string")
          .lens(Lens.SPEC)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(598)
          .severity(Severity.MEDIUM)
          .remediation("Accept keys in a header only.")
          .build();

  static final RuleMeta NO_RATE_LIMIT =
      RuleMeta.builder("no-rate-limit")
          .title("No rate limiting on a login endpoint")
          .lens(Lens.LIVE)
          .category(Category.RATE_LIMITING)
          .owasp(OwaspApi2023.API4)
          .cwe(770)
          .severity(Severity.LOW)
          .remediation("Return 429 after a burst of requests.")
          .build();

  static final RuleMeta SERVER_BANNER =
      RuleMeta.builder("server-version-banner")
          .title("Server version disclosed")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(200)
          .severity(Severity.INFO)
          .confidence(Confidence.LOW)
          .remediation("Drop the Server header's version.")
          .build();

  static final List<RuleMeta> RULES =
      List.of(FLASK_DEBUG, HARDCODED_KEY, KEY_IN_LOG, KEY_IN_QUERY, NO_RATE_LIMIT, SERVER_BANNER);

  static final RuleRegistry REGISTRY = RuleRegistry.of(List.of((RuleCatalog) () -> RULES));

  /** A context whose docs are fixed strings, so SARIF help does not depend on the classpath. */
  static ReportContext context() {
    return new ReportContext(
        REGISTRY,
        id ->
            id.equals(FLASK_DEBUG.id())
                ? Optional.of("# Flask debug mode\n\nThe debugger runs code for anyone.\n")
                : Optional.empty(),
        false,
        ReportContext.DEFAULT_INFORMATION_URI,
        "");
  }

  private SampleResults() {}

  static ScanResult empty() {
    CollectingScanContext ctx = context(Set.of(Category.DATA_EXPOSURE, Category.AUTHENTICATION));
    return assemble(ctx, List.of(new Target(Lens.SOURCE, "examples/clean")), Optional.empty());
  }

  static ScanResult one() {
    CollectingScanContext ctx = context(Set.of(Category.DATA_EXPOSURE, Category.AUTHENTICATION));
    ctx.report(flaskDebug());
    ctx.stats().addFile(120);
    return assemble(ctx, List.of(new Target(Lens.SOURCE, "examples/flask-app")), Optional.empty());
  }

  /** Every kind of location, history, flow, proof, suppressions of every kind, and errors. */
  static ScanResult many() {
    return assemble(manyContext(), manyTargets(), Optional.empty());
  }

  /** {@link #many()} judged against a baseline that accepts the Flask debug finding. */
  static ScanResult withBaseline() {
    Baseline baseline =
        new Baseline(
            "bulwark-baseline.json",
            List.of(
                new Baseline.Entry(
                    flaskDebug().fingerprint(),
                    FLASK_DEBUG.id(),
                    "app.py:12:5",
                    "dev-only entry point",
                    Optional.of(LocalDate.parse("2026-12-31")))));
    return assemble(manyContext(), manyTargets(), Optional.of(baseline));
  }

  static ScanResult withFindings(List<Finding> findings) {
    CollectingScanContext ctx = context(Set.of(Category.values()));
    findings.forEach(ctx::report);
    return assemble(ctx, List.of(new Target(Lens.SOURCE, ".")), Optional.empty());
  }

  private static List<Target> manyTargets() {
    return List.of(
        new Target(Lens.SOURCE, "examples/flask-app"),
        new Target(Lens.SPEC, "examples/flask-app/openapi.yaml"),
        new Target(Lens.LIVE, "http://127.0.0.1:5000"));
  }

  private static CollectingScanContext manyContext() {
    CollectingScanContext ctx =
        context(
            Set.of(
                Category.DATA_EXPOSURE,
                Category.AUTHENTICATION,
                Category.RATE_LIMITING,
                Category.INVENTORY));
    ctx.report(flaskDebug());
    ctx.report(hardcodedKey("config.py", 3, Optional.empty()));
    ctx.report(
        hardcodedKey(
            "settings/old.py",
            8,
            Optional.of(
                new HistoryRef(
                    "3f9a0c1d2e4b5a6978675645342312f0e1d2c3b4",
                    "Dev Example <dev@example.com>",
                    Instant.parse("2025-03-04T05:06:07Z"),
                    false))));
    ctx.report(
        Finding.builder(KEY_IN_LOG, SourceLocation.of("app.py", 30, 9))
            .message("The API key from request.headers reaches logger.info")
            .evidence(Evidence.snippet("logger.info(\"key=%s\", api_key)"))
            .flow(
                List.of(
                    new FlowStep("app.py", 27, "api_key = request.headers[\"X-API-Key\"]"),
                    new FlowStep("app.py", 30, "logger.info(..., api_key)")))
            .build());
    ctx.report(
        Finding.builder(
                KEY_IN_QUERY,
                new SpecLocation(
                    "examples/flask-app/openapi.yaml",
                    "/paths/~1users/get/parameters/0",
                    41,
                    Optional.of("GET"),
                    Optional.of("/users")))
            .message("Operation GET /users takes the API key in query parameter api_key")
            .evidence(Evidence.snippet("in: query, name: api_key"))
            .build());
    ctx.report(
        Finding.builder(
                NO_RATE_LIMIT,
                new HttpLocation("POST", "http://127.0.0.1:5000/login", "/login", Optional.empty()))
            .message("30 requests in 2 s were all answered; none with 429")
            .proof(
                new Proof(
                    "POST /login",
                    401,
                    "{\"error\": \"bad credentials\"}",
                    "curl -X POST http://127.0.0.1:5000/login -H 'X-API-Key: <redacted>'"))
            .build());
    ctx.report(
        Finding.builder(
                SERVER_BANNER,
                new HttpLocation(
                    "GET", "http://127.0.0.1:5000/users?id=1", "/users", Optional.of("Server")))
            .message("The Server header names Werkzeug/3.1.3")
            .evidence(Evidence.snippet("Server: Werkzeug/3.1.3 Python/3.11"))
            .build());
    ctx.suppress(
        Finding.builder(FLASK_DEBUG, SourceLocation.of("dev_server.py", 4, 1))
            .message("app.run(debug=True)")
            .build(),
        new Suppression(
            Suppression.Kind.INLINE,
            "local development only",
            Optional.empty(),
            "dev_server.py:3"));
    ctx.suppress(
        Finding.builder(KEY_IN_LOG, SourceLocation.of("tests/test_app.py", 10, 5))
            .message("The API key reaches print")
            .build(),
        new Suppression(
            Suppression.Kind.CONFIG,
            "tests use a fake key",
            Optional.of(LocalDate.parse("2026-12-31")),
            "bulwark.yaml"));
    ctx.error(new ScanError("broken.py", "cannot parse: unexpected indent at line 3"));
    ctx.error(new ScanError("flask-cors-wildcard", "rule failed: NullPointerException"));
    ctx.stats().addFile(4_096);
    ctx.stats().addFile(2_048);
    ctx.stats().addRequest();
    ctx.stats().addRequest();
    ctx.stats().addOperations(3);
    return ctx;
  }

  static Finding flaskDebug() {
    return Finding.builder(FLASK_DEBUG, SourceLocation.of("app.py", 12, 5))
        .message("app.run() is called with debug=True")
        .evidence(Evidence.snippet("app.run(host=\"0.0.0.0\", debug=True)"))
        .build();
  }

  /** A Stripe-shaped test key, assembled from parts so no file holds one. */
  static String sampleSecret() {
    return "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc" + "Xq";
  }

  static Finding hardcodedKey(String file, int line, Optional<HistoryRef> history) {
    String secret = sampleSecret();
    return Finding.builder(HARDCODED_KEY, new SourceLocation(file, line, 14, history))
        .message("A Stripe live secret key is assigned to STRIPE_KEY")
        .evidence(Evidence.secret(REDACTOR, "STRIPE_KEY = \"" + secret + "\"", secret, 8))
        .anchor("STRIPE_KEY")
        .build();
  }

  static CollectingScanContext context(Set<Category> assessed) {
    CollectingScanContext ctx = new CollectingScanContext(REDACTOR, RulePolicy.DEFAULT);
    assessed.forEach(ctx::assessed);
    return ctx;
  }

  static ScanResult assemble(
      CollectingScanContext ctx, List<Target> targets, Optional<Baseline> baseline) {
    ScanResult r =
        new ScanAssembler(TOOL, CLOCK)
            .assemble(
                new ScanAssembler.Input(
                    STARTED,
                    targets,
                    targets.size() > 1
                        ? Optional.of(new ApiIdentity("flask-app", "1.2.0"))
                        : Optional.empty(),
                    ctx,
                    baseline));
    return new ScanResult(
        r.schemaVersion(),
        r.tool(),
        SCAN_ID,
        r.startedAt(),
        r.durationMs(),
        r.targets(),
        r.api(),
        r.score(),
        r.baseline(),
        r.findings(),
        r.suppressed(),
        r.errors(),
        r.stats());
  }
}
