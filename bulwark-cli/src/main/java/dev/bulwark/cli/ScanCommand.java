package dev.bulwark.cli;

import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Baseline;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.live.LiveOptions;
import dev.bulwark.scan.AllRules;
import dev.bulwark.scan.ScanOutcome;
import dev.bulwark.scan.ScanService;
import dev.bulwark.scan.ScanSettings;
import dev.bulwark.secrets.PatternSpec;
import dev.bulwark.secrets.SecretPattern;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.spec.SpecOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark scan TARGET...}: one scan of source trees, API documents and live APIs. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scan source directories, OpenAPI documents (file or URL) and running APIs (base URL).",
      "Several targets make one result and one score."
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "TARGET",
      description = "A directory (source), an OpenAPI file or URL (spec), or a base URL (live).")
  List<String> targets = new ArrayList<>();

  @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "%nReports:%n")
  List<OutputSpec> outputs = new ArrayList<>();

  @Option(
      names = "--fail-below",
      paramLabel = "SCORE",
      description = "Exit 1 when the score is below SCORE (0-100).")
  Optional<Integer> failBelow = Optional.empty();

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a finding is at least SEVERITY (critical, high, medium, low, info).")
  Optional<String> failOn = Optional.empty();

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Accept the findings listed in FILE; only new findings judge the thresholds.")
  Optional<Path> baseline = Optional.empty();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: ./bulwark.yaml, else bulwark.yaml in the first directory target).")
  Optional<Path> config = Optional.empty();

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress, and no text report unless a --format asks for it.")
  boolean quiet;

  @Option(
      names = "--no-color",
      description = "No ANSI colours (also when NO_COLOR is set or stdout is not a terminal).")
  boolean noColor;

  @Option(
      names = "--no-cache",
      description =
          "Source: analyse the directory even if nothing changed since the last scan (the last"
              + " result per directory is kept under $XDG_CACHE_HOME/bulwark).")
  boolean noCache;

  @Option(
      names = "--api",
      paramLabel = "NAME",
      description = "The API's name, for history (default: the spec's title).")
  Optional<String> apiName = Optional.empty();

  @Option(
      names = "--api-version",
      paramLabel = "VERSION",
      description = "The API's version, for history (default: the spec's info.version).")
  Optional<String> apiVersion = Optional.empty();

  @Option(names = "--store", description = "Keep the scan in the history database (see --db).")
  boolean store;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "History database for --store (default: SQLite under $XDG_DATA_HOME/bulwark; or jdbc:postgresql://…).")
  Optional<String> db = Optional.empty();

  @Option(
      names = "--upload",
      paramLabel = "URL",
      description = "Send the scan to a running dashboard ('bulwark serve').")
  Optional<String> upload = Optional.empty();

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "Upload token for --upload: env:VAR or @file (default: env:BULWARK_TOKEN).")
  String token = "env:BULWARK_TOKEN";

  // Source lens
  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "Source: only paths matching GLOB (repeatable).")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Source: skip paths matching GLOB (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--history",
      description = "Source: also scan every commit of the git history for secrets.")
  boolean history;

  @Option(
      names = "--since",
      paramLabel = "REF",
      description = "Source: only what changed since git REF.")
  Optional<String> since = Optional.empty();

  @Option(
      names = "--staged",
      description = "Source: only what is staged in git (for a pre-commit hook).")
  boolean staged;

  @Option(
      names = "--secrets-only",
      description =
          "Source: only the secrets engine (no Python analysis), e.g. in a pre-commit hook.")
  boolean secretsOnly;

  // Live lens
  @Option(
      names = "--spec",
      paramLabel = "FILE|URL",
      description = "Live: the API's OpenAPI document (also audited by the spec lens).")
  Optional<String> specRef = Optional.empty();

  @Mixin LiveFlags liveFlags = new LiveFlags();

  @Option(
      names = "--allow-remote-refs",
      description = "Spec: fetch $refs that point at other hosts.")
  boolean allowRemoteRefs;

  private final Map<String, String> env = System.getenv();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConfigFile cfg = ConfigLoader.load(config, firstDirectory());
    ScanSettings settings = settings(cfg);
    Thresholds thresholds =
        new Thresholds(
            failBelow.or(cfg::failBelowValue).map(ScanCommand::checkScore),
            failOn.or(cfg::failOnValue).map(ScanCommand::severity));
    List<OutputSpec> reports = ReportOutputs.validate(outputs, quiet);
    Optional<String> uploadToken = upload.map(u -> CredentialValue.resolve(token, env, "--token"));

    boolean interactive = System.console() != null && !quiet;
    TerminalProgress progress = new TerminalProgress(err, interactive);
    ScanService service =
        new ScanService(
            new ToolInfo("bulwark", VersionProvider.version()),
            InstallKey.redactor(env),
            Clock.systemUTC());
    CountDownLatch reported = new CountDownLatch(1);
    Thread onCtrlC =
        new Thread(
            () -> {
              progress.context().ifPresent(c -> c.cancel());
              try {
                reported.await(15, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "bulwark-interrupt");
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    try {
      ScanOutcome outcome;
      try {
        outcome = service.scan(settings, progress);
      } catch (BadTargetException e) {
        throw UserError.badInput(e.getMessage());
      }
      ScanResult result = outcome.result();
      ReportOutputs.write(result, reports, color(), out);
      reported.countDown();
      if (store || db.isPresent()) {
        History.store(result, History.databaseUrl(db, env), err);
      }
      if (upload.isPresent()) {
        History.upload(result, upload.get(), uploadToken.orElseThrow(), err);
      }
      if (!outcome.complete()) {
        outcome
            .lensFailures()
            .forEach(f -> err.println("bulwark: " + f.source() + ": " + f.message()));
        return ExitCode.SCAN_FAILED;
      }
      List<String> failures = thresholds.failures(result);
      failures.forEach(f -> err.println("bulwark: threshold failed: " + f));
      return failures.isEmpty() ? ExitCode.OK : ExitCode.THRESHOLD_FAILED;
    } finally {
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C arrived: the hook is already running and waits for the report above.
      }
    }
  }

  private ScanSettings settings(ConfigFile cfg) {
    Set<String> disabled = new HashSet<>(cfg.rules().disable());
    Map<String, Severity> overrides = new HashMap<>();
    cfg.rules().severity().forEach((rule, sev) -> overrides.put(rule, severity(sev)));
    List<PatternSpec> customPatterns = CustomPatterns.from(cfg);
    // the team's own secret patterns are rules too: secret-<id>, as their findings say
    Set<String> customRules = new HashSet<>();
    customPatterns.forEach(p -> customRules.add(SecretPattern.ruleId(p.id())));
    for (String rule : disabled) {
      requireKnownRule(rule, customRules);
    }
    overrides.keySet().forEach(rule -> requireKnownRule(rule, customRules));
    Optional<Baseline> accepted =
        baseline.or(() -> cfg.baselineValue().map(Path::of)).map(ReportOutputs::readBaseline);

    List<String> inc = new ArrayList<>(cfg.include());
    inc.addAll(include);
    List<String> exc = new ArrayList<>(cfg.exclude());
    exc.addAll(exclude);
    SourceOptions source =
        new SourceOptions(inc, exc, history || Boolean.TRUE.equals(cfg.history()), since, staged)
            .withCustomPatterns(customPatterns)
            .withSecretsOnly(secretsOnly);

    LiveOptions liveOptions = liveFlags.options(cfg.live(), env);

    Optional<ApiIdentity> api =
        apiName
            .or(() -> Optional.ofNullable(cfg.api()).map(ConfigFile.Api::name))
            .map(
                name ->
                    new ApiIdentity(
                        name,
                        apiVersion
                            .or(() -> Optional.ofNullable(cfg.api()).map(ConfigFile.Api::version))
                            .orElse("unversioned")));
    return new ScanSettings(
        targets,
        specRef,
        source,
        SpecOptions.defaults().withAllowRemoteRefs(allowRemoteRefs),
        liveOptions,
        new RulePolicy(disabled, overrides),
        accepted,
        api,
        noCache ? Optional.empty() : Optional.of(cacheDir(env)));
  }

  /** $XDG_CACHE_HOME/bulwark, else ~/.cache/bulwark. */
  static Path cacheDir(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "bulwark");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "bulwark");
  }

  private Optional<Path> firstDirectory() {
    return targets.stream().map(Path::of).filter(Files::isDirectory).findFirst();
  }

  private boolean color() {
    return !noColor
        && !env.containsKey("NO_COLOR")
        && System.console() != null
        && !"dumb".equals(env.get("TERM"));
  }

  private static void requireKnownRule(String rule, Set<String> customRules) {
    if (!AllRules.registry().contains(rule) && !customRules.contains(rule)) {
      throw UserError.badInput(ExplainCommand.unknownRule(rule));
    }
  }

  static Severity severity(String text) {
    return Severity.parse(text)
        .orElseThrow(
            () ->
                UserError.badInput(
                    "unknown severity '" + text + "' (use critical, high, medium, low or info)"));
  }

  static int checkScore(int score) {
    if (score < 0 || score > 100) {
      throw UserError.badInput("--fail-below must be between 0 and 100, not " + score);
    }
    return score;
  }
}
