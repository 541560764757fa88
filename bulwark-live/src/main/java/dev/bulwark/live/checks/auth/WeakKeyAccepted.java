package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Header;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A key check that an empty, {@code null}, wildcard or case-changed key passes (a truthiness test,
 * a {@code startswith}, a case-insensitive compare). Sent only to an operation that refuses
 * anonymous calls.
 */
public final class WeakKeyAccepted implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-weak-key-accepted")
          .title("Key check accepts an empty, null, wildcard or case-changed key")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(287, 1390, 697)
          .severity(Severity.CRITICAL)
          .remediation(
              "Compare the whole key with hmac.compare_digest against the stored value, after"
                  + " rejecting missing or empty keys.")
          .build();

  private static final List<String> VALUES = List.of("", "null", "*", "undefined");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    List<Exchange> refused = ProtectedEndpoints.refusedAnonymously(log);
    if (refused.isEmpty()) {
      return;
    }
    Exchange target = refused.get(0);
    for (String name : headerNames(context)) {
      for (String value : values(name, context)) {
        ProbeRequest probe =
            ProbeRequest.get(target.pathAndQuery(), META.id())
                .withTemplate(target.template())
                .withHeader(name, value);
        Optional<Exchange> answer = context.send(probe);
        if (answer.isPresent() && answer.get().hasData()) {
          context
              .finding(META, answer.get())
              .message(
                  name
                      + " with a "
                      + describe(value, context)
                      + " value is accepted (anonymous: "
                      + target.status()
                      + ")")
              .excerpt(Excerpts.head(answer.get().body()))
              .parameter(name)
              .anchor(name)
              .report();
          return;
        }
      }
    }
  }

  private static Set<String> headerNames(ProbeContext context) {
    Set<String> names = new LinkedHashSet<>();
    context.surface().apiKeyName("header").ifPresent(names::add);
    for (Header h : primaryHeaders(context)) {
      names.add(h.name());
    }
    if (names.isEmpty()) {
      names.add("X-API-Key");
      names.add("Authorization");
    }
    return names.stream()
        .limit(2)
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
  }

  private static List<Header> primaryHeaders(ProbeContext context) {
    return context instanceof dev.bulwark.live.check.ScanSession s
        ? s.credentials().headersFor(Identity.PRIMARY)
        : List.of();
  }

  private static List<String> values(String name, ProbeContext context) {
    boolean bearer = name.equalsIgnoreCase("authorization");
    List<String> out = new ArrayList<>();
    for (String v : VALUES) {
      out.add(bearer ? ("Bearer " + v).strip() : v);
    }
    for (Header h : primaryHeaders(context)) {
      if (h.name().equalsIgnoreCase(name)) {
        String swapped = swapCase(h.value());
        if (!swapped.equals(h.value())) {
          context.registerDerived(swapped);
          out.add(swapped);
        }
      }
    }
    return out;
  }

  private static String describe(String value, ProbeContext context) {
    String v = value.replaceFirst("^Bearer ?", "");
    if (v.isEmpty()) {
      return "empty";
    }
    if (!context.scrub(value).equals(value)) {
      return "case-changed";
    }
    return "\"" + v + "\"";
  }

  static String swapCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }
}
