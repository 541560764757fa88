package dev.bulwark.server.web;

import dev.bulwark.store.ScanDiff;
import dev.bulwark.store.StoredFinding;
import java.util.List;
import java.util.Optional;

/** New, fixed and unchanged findings between two scans, matched by fingerprint. */
final class DiffPage {
  private DiffPage() {}

  static String render(ScanDiff diff, Optional<Session> session) {
    Html h = new Html();
    h.open("div", "class", "crumbs").el("a", "APIs", "href", "/").text(" / ");
    h.el("a", diff.to().api(), "href", Ui.apiHref(diff.to().api())).text(" / diff").close("div");
    h.el("h1", "Scan " + diff.from().id() + " → scan " + diff.to().id());
    h.open("div", "class", "sub");
    h.text(Ui.when(diff.from().startedAt()) + " (" + diff.from().score() + ", ");
    h.text(
        diff.from().grade()
            + ") → "
            + Ui.when(diff.to().startedAt())
            + " ("
            + diff.to().score()
            + ", "
            + diff.to().grade()
            + ")  ");
    Ui.delta(h, diff.to().score() - diff.from().score());
    h.close("div");
    h.open("div", "class", "counts");
    count(h, "new", "New", diff.added().size());
    count(h, "fixed", "Fixed", diff.fixed().size());
    count(h, "same", "Unchanged", diff.unchanged().size());
    h.close("div");
    section(h, "new-findings", "New findings", diff.added(), "Nothing new since the earlier scan.");
    section(h, "fixed-findings", "Fixed findings", diff.fixed(), "Nothing was fixed.");
    h.open("div", "class", "card", "id", "unchanged-findings");
    h.el("h2", "Unchanged findings (" + diff.unchanged().size() + ")");
    if (diff.unchanged().isEmpty()) {
      h.el("div", "No finding is in both scans.", "class", "empty");
    } else {
      // Collapsed: what both scans share is rarely what a reviewer came to see.
      h.open("details").el("summary", "Show the findings both scans have");
      diff.unchanged().forEach(f -> FindingView.render(h, f));
      h.close("details");
    }
    h.close("div");
    return Layout.page("Diff", session, h);
  }

  private static void count(Html h, String css, String label, int n) {
    h.open("div", "class", css)
        .el("div", label, "class", "label")
        .el("div", String.valueOf(n), "class", "n")
        .close("div");
  }

  private static void section(
      Html h, String id, String title, List<StoredFinding> findings, String none) {
    h.open("div", "class", "card", "id", id).el("h2", title + " (" + findings.size() + ")");
    if (findings.isEmpty()) {
      h.el("div", none, "class", "empty");
    }
    findings.forEach(f -> FindingView.render(h, f));
    h.close("div");
  }
}
