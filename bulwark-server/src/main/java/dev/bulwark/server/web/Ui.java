package dev.bulwark.server.web;

import dev.bulwark.core.Category;
import dev.bulwark.core.Severity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small pieces many pages use: badges, dates, links. */
final class Ui {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MMM d").withZone(ZoneOffset.UTC);

  private Ui() {}

  static Html grade(Html h, String grade, boolean big) {
    String letter = grade.matches("[A-F]") ? grade : "F";
    return h.el("span", grade, "class", "grade g-" + letter + (big ? " big" : ""));
  }

  static Html severity(Html h, Severity severity) {
    return h.el("span", severity.id(), "class", "sev s-" + severity.id());
  }

  static Html delta(Html h, int delta) {
    if (delta > 0) {
      return h.el("span", "▲ " + delta, "class", "up");
    }
    if (delta < 0) {
      return h.el("span", "▼ " + -delta, "class", "down");
    }
    return h.el("span", "–", "class", "flat");
  }

  static String when(Instant instant) {
    return WHEN.format(instant);
  }

  static String day(Instant instant) {
    return DAY.format(instant);
  }

  static String categoryTitle(String id) {
    return Category.parse(id).map(Category::title).orElse(id);
  }

  static String apiHref(String name) {
    return "/apis/"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
  }

  static String scoreColor(int score) {
    if (score >= 90) {
      return "#15803d";
    }
    if (score >= 80) {
      return "#65a30d";
    }
    if (score >= 70) {
      return "#d97706";
    }
    return score >= 60 ? "#ea580c" : "#dc2626";
  }

  /** A horizontal bar for a 0-100 score. */
  static Html bar(Html h, int score) {
    return h.open("div", "class", "bar")
        .open("span", "style", "width:" + Math.max(2, score) + "%;background:" + scoreColor(score))
        .close("span")
        .close("div");
  }
}
