package dev.bulwark.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.BaselineSummary;
import dev.bulwark.core.Category;
import dev.bulwark.core.CategoryScore;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.Grade;
import dev.bulwark.core.HistoryRef;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Lens;
import dev.bulwark.core.Location;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.Proof;
import dev.bulwark.core.RedactedSecret;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RuleRegistry;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.ScanStats;
import dev.bulwark.core.Score;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.core.SpecLocation;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import dev.bulwark.core.Target;
import dev.bulwark.core.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a JSON report back into a {@link ScanResult} (for the dashboard and uploads). Rules unknown
 * to this build still load: their metadata is rebuilt from the report's own fields.
 */
public final class ScanResultJson {

  private ScanResultJson() {}

  /** Reads a report, rebuilding every rule's metadata from the report itself. */
  public static ScanResult read(InputStream in) throws IOException {
    return read(in, RuleRegistry.of(List.of()));
  }

  /**
   * Reads a report; rules known to {@code registry} use its metadata, others are rebuilt from the
   * report's fields.
   *
   * @throws MalformedReportException when the input is not JSON or not a Bulwark report
   */
  public static ScanResult read(InputStream in, RuleRegistry registry) throws IOException {
    JsonDoc.Report doc;
    try {
      doc = Json.MAPPER.readValue(in, JsonDoc.Report.class);
    } catch (JsonProcessingException e) {
      throw new MalformedReportException("not a Bulwark JSON report: " + oneLine(e), e);
    }
    if (doc == null) {
      throw new MalformedReportException("not a Bulwark JSON report: empty input");
    }
    try {
      return new Reader(registry).result(doc);
    } catch (RuntimeException e) {
      throw new MalformedReportException("invalid Bulwark JSON report: " + oneLine(e), e);
    }
  }

  private static String oneLine(Exception e) {
    String text =
        e instanceof JacksonException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    String first = text.lines().findFirst().orElse(text);
    return first.length() > 200 ? first.substring(0, 200) + "…" : first;
  }

  /** One conversion; fails with a message naming the missing or bad field. */
  private static final class Reader {
    private final RuleRegistry registry;

    Reader(RuleRegistry registry) {
      this.registry = registry;
    }

    ScanResult result(JsonDoc.Report d) {
      if (d.schemaVersion() != ScanResult.SCHEMA_VERSION) {
        throw new IllegalArgumentException(
            "schemaVersion " + d.schemaVersion() + " is not supported (expected 1)");
      }
      JsonDoc.Scan scan = need(d.scan(), "scan");
      JsonDoc.Tool tool = need(d.tool(), "tool");
      JsonDoc.Stats stats = need(d.stats(), "stats");
      return new ScanResult(
          d.schemaVersion(),
          new ToolInfo(need(tool.name(), "tool.name"), need(tool.version(), "tool.version")),
          need(scan.id(), "scan.id"),
          Instant.parse(need(scan.startedAt(), "scan.startedAt")),
          scan.durationMs(),
          list(scan.targets()).stream()
              .map(t -> new Target(lens(t.kind()), need(t.ref(), "target.ref")))
              .toList(),
          Optional.ofNullable(d.api()).map(a -> new ApiIdentity(a.name(), a.version())),
          score(need(d.score(), "score")),
          Optional.ofNullable(d.baseline())
              .map(
                  b ->
                      new BaselineSummary(
                          need(b.file(), "baseline.file"),
                          b.newFindings(),
                          b.acceptedFindings(),
                          score(need(b.score(), "baseline.score")))),
          list(d.findings()).stream().map(this::finding).toList(),
          list(d.suppressed()).stream().map(this::suppressed).toList(),
          list(d.errors()).stream()
              .map(
                  e ->
                      new ScanError(
                          need(e.source(), "error.source"), need(e.message(), "error.message")))
              .toList(),
          new ScanStats.Snapshot(
              stats.files(),
              stats.bytes(),
              stats.requests(),
              stats.operations(),
              stats.requestBudget() == null ? 0 : stats.requestBudget()));
    }

    private static Score score(JsonDoc.Score s) {
      Map<Category, CategoryScore> categories = new EnumMap<>(Category.class);
      if (s.categories() != null) {
        s.categories()
            .forEach(
                (id, cs) ->
                    categories.put(
                        parse(Category.parse(id), "category", id),
                        new CategoryScore(
                            cs.assessed(),
                            cs.score() == null ? OptionalInt.empty() : OptionalInt.of(cs.score()),
                            cs.findings())));
      }
      Grade grade = Grade.valueOf(need(s.grade(), "score.grade").toUpperCase(Locale.ROOT));
      return new Score(s.value(), grade, categories, list(s.caps()));
    }

    private SuppressedFinding suppressed(JsonDoc.Finding f) {
      JsonDoc.Suppression s = need(f.suppression(), "suppressed[].suppression");
      Suppression.Kind kind =
          Suppression.Kind.valueOf(need(s.kind(), "suppression.kind").toUpperCase(Locale.ROOT));
      return new SuppressedFinding(
          finding(f),
          new Suppression(
              kind,
              need(s.reason(), "suppression.reason"),
              Optional.ofNullable(s.expires()).map(LocalDate::parse),
              need(s.origin(), "suppression.origin")));
    }

    private Finding finding(JsonDoc.Finding f) {
      String ruleId = need(f.ruleId(), "finding.ruleId");
      Location location = location(need(f.location(), "finding.location"));
      Severity severity =
          parse(Severity.parse(need(f.severity(), "severity")), "severity", f.severity());
      Confidence confidence =
          parse(Confidence.parse(need(f.confidence(), "confidence")), "confidence", f.confidence());
      RuleMeta rule =
          registry.find(ruleId).orElseGet(() -> rebuildRule(f, location, severity, confidence));
      Optional<Evidence> evidence =
          Optional.ofNullable(f.evidence())
              .map(
                  text ->
                      new Evidence(
                          text,
                          Optional.ofNullable(f.redactedSecret())
                              .map(s -> new RedactedSecret(s.prefix(), s.length(), s.hmac()))));
      return new Finding(
          need(f.fingerprint(), "finding.fingerprint"),
          rule,
          severity,
          confidence,
          location,
          need(f.message(), "finding.message"),
          evidence,
          Optional.ofNullable(f.remediation()).orElse(rule.remediation()),
          list(f.flow()).stream().map(s -> new FlowStep(s.file(), s.line(), s.note())).toList(),
          Optional.ofNullable(f.proof())
              .map(p -> new Proof(p.request(), p.status(), p.excerpt(), p.curl())));
    }

    private static RuleMeta rebuildRule(
        JsonDoc.Finding f, Location location, Severity severity, Confidence confidence) {
      Category category =
          parse(Category.parse(need(f.category(), "finding.category")), "category", f.category());
      List<OwaspApi2023> owasp = new ArrayList<>();
      for (String id : list(f.owasp())) {
        owasp.add(owasp(id));
      }
      if (owasp.isEmpty()) {
        owasp.add(category.defaultOwasp());
      }
      Lens lens =
          f.lens() != null
              ? lens(f.lens())
              : switch (location.kind()) {
                case "source" -> Lens.SOURCE;
                case "spec" -> Lens.SPEC;
                default -> Lens.LIVE;
              };
      return new RuleMeta(
          f.ruleId(),
          Optional.ofNullable(f.title()).orElse(f.ruleId()),
          lens,
          category,
          owasp,
          list(f.cwe()),
          severity,
          confidence,
          Optional.ofNullable(f.remediation()).orElse(""));
    }

    private static Location location(JsonDoc.Location l) {
      String kind = need(l.kind(), "location.kind");
      return switch (kind) {
        case "source" -> sourceLocation(l);
        case "spec" ->
            new SpecLocation(
                need(l.file(), "location.file"),
                need(l.pointer(), "location.pointer"),
                Optional.ofNullable(l.line()).orElse(0),
                Optional.ofNullable(l.method()),
                Optional.ofNullable(l.path()));
        case "http" ->
            new HttpLocation(
                need(l.method(), "location.method"),
                need(l.url(), "location.url"),
                need(l.path(), "location.path"),
                Optional.ofNullable(l.parameter()));
        default -> throw new IllegalArgumentException("unknown location kind: " + kind);
      };
    }

    private static SourceLocation sourceLocation(JsonDoc.Location l) {
      Optional<HistoryRef> history =
          l.commit() == null
              ? Optional.empty()
              : Optional.of(
                  new HistoryRef(
                      l.commit(),
                      Optional.ofNullable(l.author()).orElse(""),
                      Instant.parse(need(l.date(), "location.date")),
                      Boolean.TRUE.equals(l.presentAtHead())));
      return new SourceLocation(
          need(l.file(), "location.file"),
          need(l.line(), "location.line"),
          need(l.column(), "location.column"),
          history);
    }

    private static OwaspApi2023 owasp(String id) {
      for (OwaspApi2023 entry : OwaspApi2023.values()) {
        if (entry.id().equals(id)) {
          return entry;
        }
      }
      throw new IllegalArgumentException("unknown OWASP entry: " + id);
    }

    private static Lens lens(String id) {
      return Lens.valueOf(need(id, "kind").toUpperCase(Locale.ROOT));
    }

    private static <T> T parse(Optional<T> value, String what, String text) {
      return value.orElseThrow(() -> new IllegalArgumentException("unknown " + what + ": " + text));
    }

    private static <T> T need(T value, String field) {
      if (value == null) {
        throw new IllegalArgumentException("missing field " + field);
      }
      return value;
    }

    private static <T> List<T> list(List<T> value) {
      return value == null ? List.of() : value;
    }
  }
}
