package dev.bulwark.server.web;

import dev.bulwark.store.ApiSummary;
import java.util.List;
import java.util.Optional;

/** All APIs with their latest grade and the trend of their recent scores. */
final class OverviewPage {
  private static final java.util.Set<String> NUMERIC =
      java.util.Set.of("Score", "Versions", "Scans", "Findings", "Latest score");

  private OverviewPage() {}

  static String render(List<ApiSummary> apis, Optional<Session> session) {
    Html h = new Html();
    h.el("h1", "APIs");
    h.el(
        "div",
        "The latest security grade of every API that has been scanned, and where it is heading.",
        "class",
        "sub");
    int scans = apis.stream().mapToInt(ApiSummary::scanCount).sum();
    long failing = apis.stream().filter(a -> a.latest().score() < 70).count();
    double average = apis.stream().mapToInt(a -> a.latest().score()).average().orElse(0);
    h.open("div", "class", "stats");
    stat(h, "APIs", String.valueOf(apis.size()));
    stat(h, "Scans stored", String.valueOf(scans));
    stat(h, "Average score", apis.isEmpty() ? "–" : String.valueOf(Math.round(average)));
    stat(h, "Below grade C", String.valueOf(failing));
    h.close("div");
    h.open("div", "class", "card");
    if (apis.isEmpty()) {
      h.open("div", "class", "empty").text("No scans yet. Create an upload token, then run ");
      h.el("code", "bulwark scan PATH --upload URL").text(" with BULWARK_TOKEN set.").close("div");
    } else {
      h.open("table", "id", "apis").open("thead").open("tr");
      for (String title :
          new String[] {
            "API", "Grade", "Score", "Change", "Trend", "Versions", "Scans", "Last scan"
          }) {
        h.el("th", title, "class", NUMERIC.contains(title) ? "num" : "");
      }
      h.close("tr").close("thead").open("tbody");
      for (ApiSummary api : apis) {
        h.open("tr");
        h.open("td").el("a", api.name(), "href", Ui.apiHref(api.name())).close("td");
        Ui.grade(h.open("td"), api.latest().grade(), false).close("td");
        h.el("td", String.valueOf(api.latest().score()), "class", "num");
        Ui.delta(h.open("td"), api.delta()).close("td");
        h.open("td").raw(Charts.sparkline(api.trend())).close("td");
        h.el("td", String.valueOf(api.versionCount()), "class", "num");
        h.el("td", String.valueOf(api.scanCount()), "class", "num");
        h.open("td")
            .el("a", Ui.when(api.latest().startedAt()), "href", "/scans/" + api.latest().id())
            .close("td");
        h.close("tr");
      }
      h.close("tbody").close("table");
    }
    h.close("div");
    return Layout.page("APIs", session, h);
  }

  static void stat(Html h, String label, String value) {
    h.open("div", "class", "stat")
        .el("div", label, "class", "label")
        .el("div", value, "class", "value")
        .close("div");
  }
}
