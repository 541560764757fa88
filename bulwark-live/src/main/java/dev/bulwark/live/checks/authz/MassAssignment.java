package dev.bulwark.live.checks.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.discovery.JsonLinks;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Header;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mass assignment, in {@code --active} mode only: a create/update body built from the operation's
 * schema, plus privileged properties the schema does not offer ({@code is_admin}, {@code role}),
 * comes back with those properties set. One request per operation, at most three operations.
 */
public final class MassAssignment implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-mass-assignment")
          .title("Privileged properties accepted from the client (mass assignment)")
          .lens(Lens.LIVE)
          .category(Category.PROPERTY_AUTHORIZATION)
          .owasp(OwaspApi2023.API3)
          .cwe(915, 269)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Load request bodies through a schema that lists writable fields (marshmallow"
                  + " load_only/dump_only, or explicit assignments), never Model(**request.json).")
          .build();

  static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
  private static final int MAX_OPERATIONS = 3;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!context.active()) {
      return;
    }
    Identity identity =
        context.hasIdentity(Identity.PRIMARY) ? Identity.PRIMARY : Identity.ANONYMOUS;
    int sent = 0;
    for (Endpoint endpoint : context.surface().endpoints()) {
      Optional<JsonNode> schema = endpoint.operation().flatMap(o -> o.requestBodySchema());
      if (!METHODS.contains(endpoint.method()) || schema.isEmpty() || sent >= MAX_OPERATIONS) {
        continue;
      }
      JsonNode body = SchemaSamples.sample(schema.get());
      if (!(body instanceof ObjectNode object)) {
        continue;
      }
      object.put("is_admin", true);
      object.put("role", "admin");
      sent++;
      Optional<Exchange> answer =
          context.send(
              new ProbeRequest(
                  endpoint.method(),
                  endpoint.concretePath(),
                  Optional.of(endpoint.template()),
                  List.of(new Header("Content-Type", "application/json")),
                  Optional.of(object.toString()),
                  identity,
                  META.id()));
      if (answer.isPresent() && answer.get().succeeded() && echoesPrivilege(answer.get().body())) {
        context
            .finding(META, answer.get())
            .message(
                endpoint.method()
                    + " "
                    + endpoint.template()
                    + " stored is_admin/role sent by the client")
            .excerpt(Excerpts.head(answer.get().body()))
            .anchor("mass-assignment")
            .report();
      }
    }
  }

  private static boolean echoesPrivilege(String body) {
    return JsonLinks.parse(body)
        .map(n -> n.path("is_admin").asBoolean(false) || n.path("role").asText("").equals("admin"))
        .orElse(false);
  }
}
