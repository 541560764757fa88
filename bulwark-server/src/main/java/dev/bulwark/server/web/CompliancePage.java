package dev.bulwark.server.web;

import dev.bulwark.core.Category;
import dev.bulwark.core.ComplianceMap;
import dev.bulwark.core.Framework;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.store.ScanDetail;
import dev.bulwark.store.ScanSummary;
import dev.bulwark.store.StoredFinding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The compliance report of one scan: one section per framework (OWASP API Top 10 2023, PCI DSS 4.0,
 * SOC 2), each finding listed under every control that core's {@link ComplianceMap} maps it to. The
 * same XHTML feeds the PDF renderer, so it stays self-contained (inline styles, no links needed).
 */
final class CompliancePage {
  static final List<Framework> FRAMEWORKS =
      List.of(Framework.OWASP_API_2023, Framework.PCI_DSS_4_0, Framework.SOC2);

  private CompliancePage() {}

  /** Framework to control (sorted) to the findings under it. */
  static Map<Framework, Map<String, List<StoredFinding>>> byControl(List<StoredFinding> findings) {
    Map<Framework, Map<String, List<StoredFinding>>> result = new EnumMap<>(Framework.class);
    FRAMEWORKS.forEach(f -> result.put(f, new TreeMap<>(CompliancePage::compareControls)));
    for (StoredFinding f : findings) {
      Optional<Category> category = Category.parse(f.category());
      if (category.isEmpty()) {
        continue;
      }
      List<OwaspApi2023> owasp = new ArrayList<>();
      for (String id : f.owasp()) {
        for (OwaspApi2023 entry : OwaspApi2023.values()) {
          if (entry.id().equals(id)) {
            owasp.add(entry);
          }
        }
      }
      if (owasp.isEmpty()) {
        owasp.add(category.get().defaultOwasp());
      }
      ComplianceMap.controlsFor(category.get(), owasp, f.cwe())
          .forEach(
              (framework, controls) -> {
                Map<String, List<StoredFinding>> section = result.get(framework);
                if (section != null) {
                  controls.forEach(c -> section.computeIfAbsent(c, k -> new ArrayList<>()).add(f));
                }
              });
    }
    return result;
  }

  /** "API2:2023" before "API10:2023", "6.4.1" before "8.3.1": numbers compare as numbers. */
  private static int compareControls(String a, String b) {
    String[] x = a.split("[^0-9]+");
    String[] y = b.split("[^0-9]+");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].isEmpty() && !y[i].isEmpty() && !x[i].equals(y[i])) {
        return Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      }
    }
    return a.compareTo(b);
  }

  static String render(ScanDetail scan, boolean forPdf, Optional<Session> session) {
    ScanSummary s = scan.summary();
    Html h = new Html();
    if (!forPdf) {
      h.open("div", "class", "crumbs").el("a", "APIs", "href", "/").text(" / ");
      h.el("a", s.api(), "href", Ui.apiHref(s.api())).text(" / ");
      h.el("a", "scan " + s.id(), "href", "/scans/" + s.id()).text(" / compliance").close("div");
    }
    h.el("h1", "Compliance report: " + s.api() + " " + s.version());
    h.el(
        "div",
        "Scan "
            + s.scanUid()
            + " of "
            + Ui.when(s.startedAt())
            + " · score "
            + s.score()
            + " ("
            + s.grade()
            + ") · "
            + s.findingCount()
            + " findings",
        "class",
        "sub");
    if (!forPdf) {
      h.open("div", "class", "actions")
          .el("a", "Download PDF", "class", "btn", "href", "/scans/" + s.id() + "/compliance.pdf")
          .close("div");
    }
    h.open("div", "class", "notice")
        .text(
            "Each finding is listed under every control it is evidence against. A control without findings here was not shown to fail by this scan; it is not thereby shown to pass.")
        .close("div");
    byControl(scan.findings())
        .forEach(
            (framework, controls) -> {
              h.open("div", "class", "card framework", "id", framework.id())
                  .el("h2", framework.title());
              if (controls.isEmpty()) {
                h.el(
                    "div",
                    "No finding of this scan maps to a control of this framework.",
                    "class",
                    "empty");
              }
              controls.forEach(
                  (control, findings) -> {
                    h.el(
                        "h3",
                        control
                            + title(framework, control)
                            + " — "
                            + findings.size()
                            + (findings.size() == 1 ? " finding" : " findings"));
                    h.open("table", "class", "controls").open("tbody");
                    for (StoredFinding f : findings) {
                      h.open("tr");
                      Ui.severity(h.open("td", "style", "width:90px"), f.severity()).close("td");
                      h.el("td", f.title())
                          .el("td", f.ruleId(), "class", "loc")
                          .el("td", f.location(), "class", "loc");
                      h.close("tr");
                    }
                    h.close("tbody").close("table");
                  });
              h.close("div");
            });
    if (forPdf) {
      return pdfDocument(s, h);
    }
    return Layout.page("Compliance " + s.api(), session, h);
  }

  private static String title(Framework framework, String control) {
    if (framework == Framework.OWASP_API_2023) {
      for (OwaspApi2023 entry : OwaspApi2023.values()) {
        if (entry.id().equals(control)) {
          return " " + entry.title();
        }
      }
    }
    return ControlTitles.of(framework, control).map(t -> " " + t).orElse("");
  }

  private static String pdfDocument(ScanSummary s, Html body) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n")
        .open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en")
        .open("head");
    h.empty("meta", "charset", "utf-8");
    h.el("title", "Compliance report " + s.api());
    h.open("style")
        .raw(Layout.CSS)
        .raw(
            "body{background:#fff}main{padding:0}.card{page-break-inside:auto}@page{size:A4;margin:14mm}")
        .close("style");
    h.close("head")
        .open("body")
        .open("main")
        .append(body)
        .close("main")
        .close("body")
        .close("html");
    return h.toString();
  }
}
