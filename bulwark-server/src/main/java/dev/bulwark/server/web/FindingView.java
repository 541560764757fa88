package dev.bulwark.server.web;

import dev.bulwark.store.StoredFinding;
import java.util.stream.Collectors;

/** One finding as a card: severity, title, rule, location, message, redacted evidence, fix. */
final class FindingView {
  private FindingView() {}

  static void render(Html h, StoredFinding f) {
    h.open("div", "class", "finding " + f.severity().id());
    h.open("div", "class", "head");
    Ui.severity(h, f.severity());
    h.el("span", f.title(), "class", "title");
    h.el("a", f.ruleId(), "class", "pill", "href", "/rules/" + f.ruleId());
    for (String owasp : f.owasp()) {
      h.el("span", owasp, "class", "pill");
    }
    h.close("div");
    String cwe = f.cwe().stream().map(id -> "CWE-" + id).collect(Collectors.joining(", "));
    h.open("div", "class", "meta").el("span", f.location(), "class", "loc");
    h.text("  ·  confidence " + f.confidence() + (cwe.isEmpty() ? "" : "  ·  " + cwe));
    h.close("div");
    if (!f.message().isBlank()) {
      h.el("p", f.message());
    }
    if (!f.evidence().isBlank()) {
      h.el("pre", f.evidence(), "class", "evidence");
    }
    if (!f.remediation().isBlank()) {
      h.open("div", "class", "fix").el("strong", "Fix: ").text(f.remediation()).close("div");
    }
    h.close("div");
  }
}
