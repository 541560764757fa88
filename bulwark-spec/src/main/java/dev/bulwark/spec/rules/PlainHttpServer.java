package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.ServerHosts;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Optional;

/**
 * A server reached over plain {@code http://}: everything on the wire, keys included, is readable.
 */
public final class PlainHttpServer implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-plain-http-server")
          .title("Server declared over plain HTTP")
          .lens(Lens.SPEC)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8)
          .cwe(319)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.HIGH)
          .remediation("Serve the API over HTTPS only and list only https:// servers.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (ServerHosts.DeclaredServer server : ServerHosts.declared(document.openApi())) {
      if (!server.plainHttp()) {
        continue;
      }
      boolean local = server.host().map(ServerHosts::loopback).orElse(false);
      reporter.report(
          META,
          server.pointer(),
          Optional.empty(),
          "server "
              + server.url()
              + " uses plain HTTP"
              + (local ? " (a local development URL)" : ""),
          b -> b.severity(local ? Severity.INFO : Severity.MEDIUM));
    }
  }
}
