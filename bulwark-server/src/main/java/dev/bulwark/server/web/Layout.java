package dev.bulwark.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The page shell every dashboard page shares: head, styles, navigation, sign-out form. */
final class Layout {
  static final String CSS = load("bulwark/web/dashboard.css");

  private Layout() {}

  /** A signed-in page. */
  static String page(String title, Optional<Session> session, Html body) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n").open("html", "lang", "en").open("head");
    h.empty("meta", "charset", "utf-8");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.el("title", title + " · Bulwark");
    // An inline icon, so the browser asks the server for no /favicon.ico.
    h.empty("link", "rel", "icon", "href", "data:,");
    h.open("style").raw(CSS).close("style").close("head").open("body");
    h.open("header", "class", "top");
    h.open("a", "class", "brand", "href", "/").text("Bul").el("span", "wark").close("a");
    if (session.isPresent()) {
      h.open("nav").el("a", "APIs", "href", "/").el("a", "Rules", "href", "/rules");
      h.el("a", "Upload tokens", "href", "/settings/tokens");
      h.close("nav");
      h.open("div", "class", "who").text(session.get().username());
      h.open("form", "method", "post", "action", "/logout");
      h.empty("input", "type", "hidden", "name", "csrf", "value", session.get().csrfToken());
      h.el("button", "Sign out", "type", "submit").close("form").close("div");
    }
    h.close("header");
    h.open("main").append(body).close("main");
    h.close("body").close("html");
    return h.toString();
  }

  static String load(String resource) {
    try (InputStream in = Layout.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
