package dev.bulwark.server.web;

import java.util.Optional;

/** The sign-in form, the one page besides /health that needs no session. */
final class LoginPage {
  private LoginPage() {}

  static String render(String csrf, Optional<String> error) {
    Html body = new Html();
    body.open("div", "class", "login").open("div", "class", "card");
    body.el("h1", "Sign in to Bulwark");
    body.el("div", "API security history for your team.", "class", "sub");
    error.ifPresent(e -> body.el("div", e, "class", "error"));
    body.open("form", "method", "post", "action", "/login");
    body.empty("input", "type", "hidden", "name", "csrf", "value", csrf);
    body.el("label", "User name", "for", "username");
    body.empty(
        "input",
        "type",
        "text",
        "id",
        "username",
        "name",
        "username",
        "autocomplete",
        "username",
        "required",
        "required");
    body.el("label", "Password", "for", "password");
    body.empty(
        "input",
        "type",
        "password",
        "id",
        "password",
        "name",
        "password",
        "autocomplete",
        "current-password",
        "required",
        "required");
    body.open("div", "style", "margin-top:18px")
        .el("button", "Sign in", "class", "btn", "type", "submit")
        .close("div");
    body.close("form").close("div").close("div");
    return Layout.page("Sign in", Optional.empty(), body);
  }
}
