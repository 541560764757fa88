package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.Inputs;
import dev.bulwark.spec.audit.Names;
import dev.bulwark.spec.audit.Schemas;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An input that takes a URL (format {@code uri}/{@code url}, or named {@code url}, {@code
 * callback}, {@code webhook}, {@code image_url}…) is where the server may be made to fetch an
 * attacker's address, including cloud metadata and internal services.
 */
public final class SsrfParameter implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-ssrf-parameter")
          .title("Input takes a URL the server may fetch (SSRF surface)")
          .lens(Lens.SPEC)
          .category(Category.SSRF)
          .owasp(OwaspApi2023.API7)
          .cwe(918)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.LOW)
          .remediation(
              "Fetch only allow-listed hosts over https, resolve the name once and refuse private,"
                  + " loopback and link-local addresses.")
          .build();

  private static final Pattern ANCHORED_URL = Pattern.compile("^\\^https\\??://([^/$]*)[/$]");
  private static final Pattern WILDCARD = Pattern.compile("[*+\\[]|\\\\[SwdW]|(?<!\\\\)\\.|\\{");
  private static final Set<String> URL_FORMATS = Set.of("uri", "url", "iri", "uri-reference");
  private static final Set<String> URL_NAMES =
      Set.of(
          "url",
          "uri",
          "href",
          "link",
          "callback",
          "webhook",
          "endpoint",
          "target",
          "proxy",
          "feed",
          "fetch",
          "imagesource",
          "src",
          "source");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    Inputs.walk(
        document,
        (op, name, schema, pointer) -> {
          if (!Schemas.isType(schema, "string")
              || name.isEmpty()
              || schema.getEnum() != null
              || allowListed(schema.getPattern())) {
            return;
          }
          boolean byFormat = schema.getFormat() != null && URL_FORMATS.contains(schema.getFormat());
          if (byFormat || urlName(name.get())) {
            reporter.report(
                META,
                pointer,
                Optional.of(op),
                op.display() + " takes the URL input '" + name.get() + "'");
          }
        });
  }

  /**
   * A pattern anchored to fixed hosts ({@code ^https://(www|blog)\\.example\\.com/}) is an
   * allow-list written in the document: no wildcard, class or unescaped dot in the host part.
   */
  static boolean allowListed(String pattern) {
    if (pattern == null) {
      return false;
    }
    Matcher m = ANCHORED_URL.matcher(pattern);
    if (!m.find()) {
      return false;
    }
    String host = m.group(1);
    return !host.isEmpty() && !WILDCARD.matcher(host).find();
  }

  private static boolean urlName(String name) {
    String n = Names.squash(name);
    return URL_NAMES.contains(n)
        || n.endsWith("url")
        || n.endsWith("uri")
        || n.startsWith("callback")
        || n.startsWith("webhook");
  }
}
