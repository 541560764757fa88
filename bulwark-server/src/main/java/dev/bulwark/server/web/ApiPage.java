package dev.bulwark.server.web;

import dev.bulwark.store.ApiHistory;
import dev.bulwark.store.CategoryResult;
import dev.bulwark.store.ScanDetail;
import dev.bulwark.store.ScanSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One API: its score over time, per-category scores of the latest scan, versions and scans. */
final class ApiPage {
  private static final java.util.Set<String> NUMERIC =
      java.util.Set.of("Score", "Scans", "Findings", "Latest score");

  /** Enough history to read a trend; older scans stay in the REST API. */
  private static final int CHART_POINTS = 120;

  private static final int TABLE_ROWS = 50;

  private ApiPage() {}

  private static <T> List<T> lastOf(List<T> list, int n) {
    return list.subList(Math.max(0, list.size() - n), list.size());
  }

  static String render(ApiHistory api, ScanDetail latest, Optional<Session> session) {
    Html h = new Html();
    ScanSummary last = latest.summary();
    h.open("div", "class", "crumbs")
        .el("a", "APIs", "href", "/")
        .text(" / " + api.name())
        .close("div");
    h.open("div", "style", "display:flex;align-items:center;gap:16px;margin-bottom:18px");
    Ui.grade(h, last.grade(), true);
    h.open("div").el("h1", api.name());
    h.el(
        "div",
        "Score "
            + last.score()
            + " · version "
            + last.version()
            + " · last scanned "
            + Ui.when(last.startedAt()),
        "class",
        "sub",
        "style",
        "margin:0");
    h.close("div").close("div");
    h.open("div", "class", "grid two");
    h.open("div", "class", "card")
        .el("h2", "Score over time")
        .raw(Charts.scoreOverTime(lastOf(api.scans(), CHART_POINTS)))
        .close("div");
    h.open("div", "class", "card").el("h2", "Categories (latest scan)");
    categoryTable(h, latest.categories());
    h.close("div").close("div");
    versions(h, api);
    scans(h, api.scans());
    return Layout.page(api.name(), session, h);
  }

  static void categoryTable(Html h, List<CategoryResult> categories) {
    h.open("table", "class", "categories").open("tbody");
    for (CategoryResult c : categories) {
      h.open("tr");
      h.el("td", Ui.categoryTitle(c.category()));
      if (c.assessed()) {
        Ui.bar(h.open("td", "style", "width:40%"), c.score()).close("td");
        h.el("td", String.valueOf(c.score()), "class", "num");
      } else {
        h.el("td", "not assessed", "class", "flat").el("td", "", "class", "num");
      }
      h.close("tr");
    }
    h.close("tbody").close("table");
  }

  private static void versions(Html h, ApiHistory api) {
    h.open("div", "class", "card").el("h2", "Versions");
    h.open("table").open("thead").open("tr");
    for (String t :
        new String[] {"Version", "Scans", "Latest score", "Latest grade", "Latest scan"}) {
      h.el("th", t, "class", NUMERIC.contains(t) ? "num" : "");
    }
    h.close("tr").close("thead").open("tbody");
    for (String version : api.versions()) {
      List<ScanSummary> of = api.scans().stream().filter(s -> s.version().equals(version)).toList();
      if (of.isEmpty()) {
        continue;
      }
      ScanSummary newest = of.get(of.size() - 1);
      h.open("tr").el("td", version).el("td", String.valueOf(of.size()), "class", "num");
      h.el("td", String.valueOf(newest.score()), "class", "num");
      Ui.grade(h.open("td"), newest.grade(), false).close("td");
      h.open("td")
          .el("a", Ui.when(newest.startedAt()), "href", "/scans/" + newest.id())
          .close("td");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  /** A plain GET form: pick any two scans to diff (no state changes, so no CSRF token). */
  private static void compareForm(Html h, List<ScanSummary> scans) {
    h.open("form", "method", "get", "action", "/diff", "class", "compare");
    h.el("span", "Compare", "class", "flat");
    select(h, "from", scans, scans.size() - 2);
    h.el("span", "with", "class", "flat");
    select(h, "to", scans, scans.size() - 1);
    h.el("button", "Show diff", "class", "btn light", "type", "submit");
    h.close("form");
  }

  private static void select(Html h, String name, List<ScanSummary> scans, int selected) {
    h.open("select", "name", name, "aria-label", name);
    for (int i = scans.size() - 1; i >= Math.max(0, scans.size() - TABLE_ROWS); i--) {
      ScanSummary s = scans.get(i);
      String label = Ui.when(s.startedAt()) + " · " + s.version() + " · " + s.score();
      if (i == selected) {
        h.el("option", label, "value", String.valueOf(s.id()), "selected", "selected");
      } else {
        h.el("option", label, "value", String.valueOf(s.id()));
      }
    }
    h.close("select");
  }

  private static void scans(Html h, List<ScanSummary> oldestFirst) {
    List<ScanSummary> scans = new ArrayList<>(oldestFirst);
    h.open("div", "class", "card").el("h2", "Scans");
    if (scans.size() >= 2) {
      compareForm(h, scans);
    }
    h.open("table", "id", "scans").open("thead").open("tr");
    for (String t :
        new String[] {"Started", "Version", "Score", "Grade", "Findings", "Target", ""}) {
      h.el("th", t, "class", NUMERIC.contains(t) ? "num" : "");
    }
    h.close("tr").close("thead").open("tbody");
    int oldestShown = Math.max(0, scans.size() - TABLE_ROWS);
    for (int i = scans.size() - 1; i >= oldestShown; i--) {
      ScanSummary s = scans.get(i);
      h.open("tr");
      h.open("td").el("a", Ui.when(s.startedAt()), "href", "/scans/" + s.id()).close("td");
      h.el("td", s.version()).el("td", String.valueOf(s.score()), "class", "num");
      Ui.grade(h.open("td"), s.grade(), false).close("td");
      h.el("td", String.valueOf(s.findingCount()), "class", "num");
      h.el("td", s.target(), "class", "loc");
      h.open("td");
      if (i > 0) {
        h.el(
            "a",
            "diff with previous",
            "class",
            "diff-link",
            "href",
            "/diff?from=" + scans.get(i - 1).id() + "&to=" + s.id());
      }
      h.close("td").close("tr");
    }
    h.close("tbody").close("table");
    if (scans.size() > TABLE_ROWS) {
      h.el(
          "div",
          "Showing the latest "
              + TABLE_ROWS
              + " of "
              + scans.size()
              + " scans; all are in the REST API.",
          "class",
          "empty");
    }
    h.close("div");
  }
}
