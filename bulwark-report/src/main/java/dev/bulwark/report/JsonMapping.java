package dev.bulwark.report;

import dev.bulwark.core.BaselineSummary;
import dev.bulwark.core.CategoryScore;
import dev.bulwark.core.Finding;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Location;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Score;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.core.SpecLocation;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link ScanResult} to the JSON report model. */
final class JsonMapping {

  private JsonMapping() {}

  static JsonDoc.Report toDoc(ScanResult r) {
    return new JsonDoc.Report(
        r.schemaVersion(),
        new JsonDoc.Tool(r.tool().name(), r.tool().version()),
        new JsonDoc.Scan(
            r.scanId(),
            r.startedAt().toString(),
            r.durationMs(),
            r.targets().stream().map(t -> new JsonDoc.Target(t.kind().id(), t.ref())).toList()),
        r.api().map(a -> new JsonDoc.Api(a.name(), a.version())).orElse(null),
        score(r.score()),
        r.baseline().map(JsonMapping::baseline).orElse(null),
        r.findings().stream().map(f -> finding(f, null)).toList(),
        r.suppressed().stream().map(JsonMapping::suppressed).toList(),
        r.errors().stream().map(e -> new JsonDoc.ErrorEntry(e.source(), e.message())).toList(),
        new JsonDoc.Stats(
            r.stats().files(),
            r.stats().bytes(),
            r.stats().requests(),
            r.stats().operations(),
            r.stats().requestBudget() > 0 ? r.stats().requestBudget() : null));
  }

  static JsonDoc.Score score(Score s) {
    SortedMap<String, JsonDoc.CategoryScore> categories = new TreeMap<>();
    s.categories().forEach((category, cs) -> categories.put(category.id(), categoryScore(cs)));
    return new JsonDoc.Score(s.value(), s.grade().name(), categories, s.caps());
  }

  private static JsonDoc.CategoryScore categoryScore(CategoryScore cs) {
    Integer value = cs.score().isPresent() ? cs.score().getAsInt() : null;
    return new JsonDoc.CategoryScore(cs.assessed(), value, cs.findings());
  }

  private static JsonDoc.Baseline baseline(BaselineSummary b) {
    return new JsonDoc.Baseline(b.file(), b.newFindings(), b.acceptedFindings(), score(b.score()));
  }

  private static JsonDoc.Finding suppressed(SuppressedFinding s) {
    Suppression sup = s.suppression();
    return finding(
        s.finding(),
        new JsonDoc.Suppression(
            sup.kind().id(),
            sup.reason(),
            sup.expires().map(Object::toString).orElse(null),
            sup.origin()));
  }

  static JsonDoc.Finding finding(Finding f, JsonDoc.Suppression suppression) {
    SortedMap<String, List<String>> compliance = new TreeMap<>();
    f.compliance().forEach((framework, controls) -> compliance.put(framework.id(), controls));
    return new JsonDoc.Finding(
        f.fingerprint(),
        f.ruleId(),
        f.title(),
        f.category().id(),
        f.rule().lens().id(),
        f.owasp().stream().map(OwaspApi2023::id).toList(),
        f.cwe(),
        f.severity().id(),
        f.confidence().id(),
        location(f.location()),
        f.message(),
        f.evidence().map(e -> e.text()).orElse(null),
        f.evidence()
            .flatMap(e -> e.secret())
            .map(s -> new JsonDoc.RedactedSecret(s.prefix(), s.length(), s.hmac()))
            .orElse(null),
        f.remediation(),
        compliance,
        f.flow().isEmpty()
            ? null
            : f.flow().stream()
                .map(step -> new JsonDoc.FlowStep(step.file(), step.line(), step.note()))
                .toList(),
        f.proof()
            .map(p -> new JsonDoc.Proof(p.request(), p.status(), p.excerpt(), p.curl()))
            .orElse(null),
        suppression);
  }

  static JsonDoc.Location location(Location location) {
    if (location instanceof SourceLocation s) {
      return new JsonDoc.Location(
          s.kind(),
          s.file(),
          s.line(),
          s.column(),
          null,
          null,
          null,
          null,
          null,
          s.history().map(h -> h.commit()).orElse(null),
          s.history().map(h -> h.author()).orElse(null),
          s.history().map(h -> h.date().toString()).orElse(null),
          s.history().map(h -> h.presentAtHead()).orElse(null));
    }
    if (location instanceof SpecLocation s) {
      return new JsonDoc.Location(
          s.kind(),
          s.file(),
          s.line(),
          null,
          s.pointer(),
          s.method().orElse(null),
          null,
          s.path().orElse(null),
          null,
          null,
          null,
          null,
          null);
    }
    HttpLocation h = (HttpLocation) location;
    return new JsonDoc.Location(
        h.kind(),
        null,
        null,
        null,
        null,
        h.method(),
        h.url(),
        h.path(),
        h.parameter().orElse(null),
        null,
        null,
        null,
        null);
  }
}
