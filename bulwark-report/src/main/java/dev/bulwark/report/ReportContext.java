package dev.bulwark.report;

import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleDocs;
import dev.bulwark.core.RuleRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reporter needs besides the result.
 *
 * @param rules rule metadata (SARIF {@code tool.driver.rules} prefers it over a finding's copy)
 * @param docs a rule's long markdown doc by rule id (SARIF help, HTML)
 * @param color whether the text report may use ANSI colour (the CLI decides: tty, NO_COLOR)
 * @param informationUri where the tool's home page is, for SARIF
 * @param sourceRoot the scanned directory relative to the repository root (e.g. {@code
 *     services/api}), or empty: SARIF prefixes source file paths with it so that GitHub places
 *     alerts on the right files when a subdirectory was scanned
 */
public record ReportContext(
    RuleRegistry rules,
    Function<String, Optional<String>> docs,
    boolean color,
    String informationUri,
    String sourceRoot) {

  public static final String DEFAULT_INFORMATION_URI = "https://github.com/bulwark-scanner/bulwark";

  public ReportContext {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(informationUri, "informationUri");
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    sourceRoot = normaliseRoot(sourceRoot);
  }

  private static String normaliseRoot(String root) {
    String r = root.replace('\\', '/');
    while (r.startsWith("./")) {
      r = r.substring(2);
    }
    if (r.equals(".")) {
      r = "";
    }
    return r.isEmpty() || r.endsWith("/") ? r : r + "/";
  }

  /** A context over {@code rules} with docs from the classpath and no colour. */
  public static ReportContext of(RuleRegistry rules) {
    return new ReportContext(rules, RuleDocs::load, false, DEFAULT_INFORMATION_URI, "");
  }

  /**
   * A context over every rule of {@code catalogs}, each rule's doc read through its own catalog
   * (data-driven catalogs such as the secret patterns build docs from their data), no colour.
   */
  public static ReportContext of(List<? extends RuleCatalog> catalogs) {
    RuleRegistry registry = RuleRegistry.of(catalogs);
    Map<String, RuleCatalog> owner = new HashMap<>();
    for (RuleCatalog catalog : catalogs) {
      catalog.rules().forEach(rule -> owner.putIfAbsent(rule.id(), catalog));
    }
    Map<String, RuleCatalog> index = Map.copyOf(owner);
    Function<String, Optional<String>> docs =
        id -> {
          RuleCatalog catalog = index.get(id);
          return catalog == null ? RuleDocs.load(id) : catalog.doc(id);
        };
    return new ReportContext(registry, docs, false, DEFAULT_INFORMATION_URI, "");
  }

  /** No registered rules and no docs: reports fall back to each finding's own rule metadata. */
  public static ReportContext minimal() {
    return new ReportContext(
        RuleRegistry.of(List.of()), id -> Optional.empty(), false, DEFAULT_INFORMATION_URI, "");
  }

  public ReportContext withColor(boolean value) {
    return new ReportContext(rules, docs, value, informationUri, sourceRoot);
  }

  public ReportContext withDocs(Function<String, Optional<String>> value) {
    return new ReportContext(rules, value, color, informationUri, sourceRoot);
  }

  public ReportContext withSourceRoot(String value) {
    return new ReportContext(rules, docs, color, informationUri, value);
  }
}
