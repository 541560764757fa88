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
 * A server on a private address or an internal-only name ({@code 10.0.3.7}, {@code
 * api.corp.internal}) reveals internal infrastructure, and is often a staging or admin deployment
 * that should not be in the public document. Loopback servers are reported as info.
 */
public final class PrivateServer implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-private-server")
          .title("Server points at a private or internal host")
          .lens(Lens.SPEC)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9, OwaspApi2023.API8)
          .cwe(200)
          .severity(Severity.LOW)
          .confidence(Confidence.HIGH)
          .remediation(
              "Publish only public servers in the shared document; keep internal ones in a"
                  + " separate, internal document.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (ServerHosts.DeclaredServer server : ServerHosts.declared(document.openApi())) {
      Optional<String> host = server.host();
      if (host.isEmpty()) {
        continue;
      }
      boolean loopback = ServerHosts.loopback(host.get());
      if (loopback || ServerHosts.privateHost(host.get())) {
        reporter.report(
            META,
            server.pointer(),
            Optional.empty(),
            "server "
                + server.url()
                + " points at "
                + (loopback ? "a loopback" : "a private")
                + " host",
            b -> b.severity(loopback ? Severity.INFO : Severity.LOW));
      }
    }
  }
}
