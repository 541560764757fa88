package dev.bulwark.server.web;

import dev.bulwark.core.Severity;
import dev.bulwark.store.ScanDetail;
import dev.bulwark.store.ScanSummary;
import dev.bulwark.store.StoredFinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One scan: its scores, then its findings grouped by category and, within it, by severity. */
final class ScanPage {
  private ScanPage() {}

  static String render(ScanDetail scan, Optional<ScanSummary> previous, Optional<Session> session) {
    ScanSummary s = scan.summary();
    Html h = new Html();
    h.open("div", "class", "crumbs").el("a", "APIs", "href", "/").text(" / ");
    h.el("a", s.api(), "href", Ui.apiHref(s.api())).text(" / scan " + s.id()).close("div");
    h.open("div", "style", "display:flex;align-items:center;gap:16px;margin-bottom:12px");
    Ui.grade(h, s.grade(), true);
    h.open("div").el("h1", s.api() + " " + s.version());
    h.el(
        "div",
        "Scanned " + Ui.when(s.startedAt()) + " · " + s.target() + " · report " + s.scanUid(),
        "class",
        "sub",
        "style",
        "margin:0");
    h.close("div").close("div");
    h.open("div", "class", "actions");
    h.el("a", "Compliance report", "class", "btn", "href", "/scans/" + s.id() + "/compliance");
    h.el(
        "a",
        "Compliance PDF",
        "class",
        "btn light",
        "href",
        "/scans/" + s.id() + "/compliance.pdf");
    h.el("a", "JSON report", "class", "btn light", "href", "/api/v1/scans/" + s.id() + "/report");
    previous.ifPresent(
        p ->
            h.el(
                "a",
                "Diff with previous scan",
                "class",
                "btn light",
                "href",
                "/diff?from=" + p.id() + "&to=" + s.id()));
    h.close("div");
    h.open("div", "class", "stats");
    OverviewPage.stat(h, "Score", String.valueOf(s.score()));
    OverviewPage.stat(h, "Findings", String.valueOf(s.findingCount()));
    for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM)) {
      long n = scan.findings().stream().filter(f -> f.severity() == severity).count();
      OverviewPage.stat(h, severity.id(), String.valueOf(n));
    }
    h.close("div");
    h.open("div", "class", "grid two");
    h.open("div", "id", "findings");
    if (scan.findings().isEmpty()) {
      h.open("div", "class", "card")
          .el("div", "No findings in this scan.", "class", "empty")
          .close("div");
    }
    groups(scan.findings())
        .forEach(
            (category, bySeverity) -> {
              h.open("div", "class", "card").el("h2", Ui.categoryTitle(category));
              bySeverity.forEach(
                  (severity, findings) -> {
                    h.el("h3", severity.id() + " (" + findings.size() + ")");
                    findings.forEach(f -> FindingView.render(h, f));
                  });
              h.close("div");
            });
    h.close("div");
    h.open("div").open("div", "class", "card").el("h2", "Categories");
    ApiPage.categoryTable(h, scan.categories());
    h.close("div").close("div").close("div");
    return Layout.page(s.api() + " scan " + s.id(), session, h);
  }

  /** Category (in the order of the worst finding) to severity (worst first) to findings. */
  static Map<String, Map<Severity, List<StoredFinding>>> groups(List<StoredFinding> findings) {
    Map<String, Map<Severity, List<StoredFinding>>> groups = new LinkedHashMap<>();
    for (StoredFinding f : findings) { // already sorted worst first
      groups
          .computeIfAbsent(f.category(), k -> new TreeMap<>())
          .computeIfAbsent(f.severity(), k -> new java.util.ArrayList<>())
          .add(f);
    }
    return groups;
  }
}
