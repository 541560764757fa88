package dev.bulwark.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every report format, by id. */
public final class Reporters {

  private static final List<Reporter> ALL =
      List.of(
          new TextReporter(),
          new JsonReporter(),
          new SarifReporter(),
          new JunitReporter(),
          new HtmlReporter(),
          new MarkdownReporter());

  private Reporters() {}

  /** The format ids in the order the CLI lists them: text, json, sarif, junit, html, markdown. */
  public static List<String> formats() {
    return ALL.stream().map(Reporter::format).toList();
  }

  public static Optional<Reporter> forFormat(String format) {
    String wanted = format.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(r -> r.format().equals(wanted)).findFirst();
  }

  public static List<Reporter> all() {
    return ALL;
  }
}
