package dev.bulwark.server.web;

import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A rule's metadata and its long explanation (markdown from {@code RuleDocs}, raw HTML escaped).
 */
final class RulePage {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private RulePage() {}

  static String markdown(String source) {
    return RENDERER.render(PARSER.parse(source));
  }

  static String render(
      String ruleId, Optional<RuleMeta> meta, Optional<String> doc, Optional<Session> session) {
    Html h = new Html();
    h.open("div", "class", "crumbs").el("a", "Rules", "href", "/rules").text(" / " + ruleId);
    h.close("div");
    h.el("h1", meta.map(RuleMeta::title).orElse(ruleId));
    h.open("div", "class", "actions").el("span", ruleId, "class", "pill").close("div");
    meta.ifPresent(
        m -> {
          h.open("div", "class", "card").open("dl", "class", "meta");
          h.el("dt", "Severity").open("dd");
          Ui.severity(h, m.severity()).close("dd");
          h.el("dt", "Confidence")
              .el("dd", m.confidence().name().toLowerCase(java.util.Locale.ROOT));
          h.el("dt", "Category").el("dd", m.category().title());
          h.el("dt", "Lens").el("dd", m.lens().id());
          h.el("dt", "OWASP API 2023");
          h.el(
              "dd",
              m.owasp().stream()
                  .map(o -> o.id() + " " + o.title())
                  .collect(Collectors.joining(", ")));
          h.el("dt", "CWE")
              .el("dd", m.cwe().stream().map(c -> "CWE-" + c).collect(Collectors.joining(", ")));
          h.el("dt", "Fix").el("dd", m.remediation());
          h.close("dl").close("div");
        });
    h.open("div", "class", "card doc");
    if (doc.isPresent()) {
      h.raw(markdown(doc.get()));
    } else {
      h.el("p", "No long documentation ships with this rule.", "class", "empty");
    }
    h.close("div");
    return Layout.page(ruleId, session, h);
  }

  static String index(List<RuleMeta> rules, Optional<Session> session) {
    Html h = new Html();
    h.el("h1", "Rules");
    h.el("div", rules.size() + " rules in this Bulwark.", "class", "sub");
    h.open("div", "class", "card");
    if (rules.isEmpty()) {
      h.el("div", "No rule catalog was given to this dashboard.", "class", "empty");
    } else {
      h.open("table", "id", "rules").open("thead").open("tr");
      h.el("th", "Rule")
          .el("th", "Title")
          .el("th", "Category")
          .el("th", "OWASP")
          .el("th", "Severity");
      h.close("tr").close("thead").open("tbody");
      for (RuleMeta rule : rules) {
        h.open("tr").open("td").el("a", rule.id(), "href", "/rules/" + rule.id()).close("td");
        h.el("td", rule.title()).el("td", rule.category().title());
        h.el("td", rule.owasp().stream().map(OwaspApi2023::id).collect(Collectors.joining(", ")));
        Ui.severity(h.open("td"), rule.severity()).close("td").close("tr");
      }
      h.close("tbody").close("table");
    }
    h.close("div");
    return Layout.page("Rules", session, h);
  }
}
