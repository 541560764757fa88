package dev.bulwark.server.web;

import dev.bulwark.store.Accounts.TokenInfo;
import java.util.List;
import java.util.Optional;

/** Upload tokens: list, create (shown once), revoke. */
final class TokensPage {
  private TokensPage() {}

  static String render(List<TokenInfo> tokens, Optional<String> created, Session session) {
    Html h = new Html();
    h.el("h1", "Upload tokens");
    h.el(
        "div",
        "CI jobs send reports with: bulwark scan PATH --upload URL, with BULWARK_TOKEN set to one of these tokens.",
        "class",
        "sub");
    created.ifPresent(
        t -> {
          h.open("div", "class", "notice")
              .el("strong", "New token — copy it now, it is not shown again:");
          h.el("pre", t, "id", "new-token").close("div");
        });
    h.open("div", "class", "card").open("table").open("thead").open("tr");
    h.el("th", "Name").el("th", "Created").el("th", "").close("tr").close("thead").open("tbody");
    for (TokenInfo token : tokens) {
      h.open("tr")
          .el("td", token.name())
          .el("td", Ui.when(token.createdAt()))
          .open("td", "class", "num");
      h.open("form", "method", "post", "action", "/settings/tokens/" + token.id() + "/revoke");
      h.empty("input", "type", "hidden", "name", "csrf", "value", session.csrfToken());
      h.el("button", "Revoke", "class", "btn light", "type", "submit").close("form");
      h.close("td").close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.open("div", "class", "card").el("h2", "New token");
    h.open("form", "method", "post", "action", "/settings/tokens", "class", "narrow");
    h.empty("input", "type", "hidden", "name", "csrf", "value", session.csrfToken());
    h.el("label", "Name (where it will be used)", "for", "name");
    h.empty(
        "input",
        "type",
        "text",
        "id",
        "name",
        "name",
        "name",
        "required",
        "required",
        "maxlength",
        "100");
    h.open("div", "style", "margin-top:12px")
        .el("button", "Create token", "class", "btn", "type", "submit")
        .close("div");
    h.close("form").close("div");
    return Layout.page("Upload tokens", Optional.of(session), h);
  }
}
