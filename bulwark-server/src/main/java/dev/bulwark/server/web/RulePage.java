package dev.bulwark.server.web;

import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
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
    h.open("div", "class", "crumbs")
        .el("a", "APIs", "href", "/")
        .text(" / rules / " + ruleId)
        .close("div");
    h.el("h1", meta.map(RuleMeta::title).orElse(ruleId));
    h.open("div", "class", "actions").el("span", ruleId, "class", "pill");
    meta.ifPresent(
        m -> {
          Ui.severity(h, m.severity());
          h.el("span", Ui.categoryTitle(m.category().id()), "class", "pill");
          h.el(
              "span",
              m.owasp().stream().map(OwaspApi2023::id).collect(Collectors.joining(", ")),
              "class",
              "pill");
          h.el(
              "span",
              m.cwe().stream().map(c -> "CWE-" + c).collect(Collectors.joining(", ")),
              "class",
              "pill");
        });
    h.close("div");
    h.open("div", "class", "card doc");
    if (doc.isPresent()) {
      h.raw(markdown(doc.get()));
    } else {
      h.el("p", meta.map(RuleMeta::remediation).orElse("No documentation for this rule."));
    }
    h.close("div");
    return Layout.page(ruleId, session, h);
  }
}
