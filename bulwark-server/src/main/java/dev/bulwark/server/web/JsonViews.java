package dev.bulwark.server.web;

import dev.bulwark.store.ApiHistory;
import dev.bulwark.store.ApiSummary;
import dev.bulwark.store.CategoryResult;
import dev.bulwark.store.ScanDetail;
import dev.bulwark.store.ScanDiff;
import dev.bulwark.store.ScanSummary;
import dev.bulwark.store.StoredFinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The REST API's JSON shapes, built as ordered maps so field order is stable. */
final class JsonViews {
  private JsonViews() {}

  static Map<String, Object> summary(ScanSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("scanId", s.scanUid());
    m.put("api", s.api());
    m.put("version", s.version());
    m.put("startedAt", s.startedAt().toString());
    m.put("score", s.score());
    m.put("grade", s.grade());
    m.put("findings", s.findingCount());
    m.put("target", s.target());
    return m;
  }

  static Map<String, Object> api(ApiSummary a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("versions", a.versionCount());
    m.put("scans", a.scanCount());
    m.put("latest", summary(a.latest()));
    m.put("trend", a.trend());
    return m;
  }

  static Map<String, Object> history(ApiHistory h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", h.name());
    m.put("versions", h.versions());
    m.put("scans", h.scans().stream().map(JsonViews::summary).toList());
    return m;
  }

  static Map<String, Object> scan(ScanDetail d) {
    Map<String, Object> m = summary(d.summary());
    m.put("categories", d.categories().stream().map(JsonViews::category).toList());
    m.put("findingList", findings(d.findings()));
    return m;
  }

  static Map<String, Object> diff(ScanDiff d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", summary(d.from()));
    m.put("to", summary(d.to()));
    m.put("new", findings(d.added()));
    m.put("fixed", findings(d.fixed()));
    m.put("unchanged", findings(d.unchanged()));
    return m;
  }

  private static Map<String, Object> category(CategoryResult c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", c.category());
    m.put("assessed", c.assessed());
    m.put("score", c.score());
    m.put("findings", c.findings());
    return m;
  }

  private static List<Map<String, Object>> findings(List<StoredFinding> findings) {
    return findings.stream().map(JsonViews::finding).toList();
  }

  private static Map<String, Object> finding(StoredFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fingerprint", f.fingerprint());
    m.put("ruleId", f.ruleId());
    m.put("title", f.title());
    m.put("severity", f.severity().id());
    m.put("confidence", f.confidence());
    m.put("category", f.category());
    m.put("location", f.location());
    m.put("message", f.message());
    m.put("evidence", f.evidence());
    m.put("remediation", f.remediation());
    m.put("owasp", f.owasp());
    m.put("cwe", f.cwe());
    return m;
  }
}
