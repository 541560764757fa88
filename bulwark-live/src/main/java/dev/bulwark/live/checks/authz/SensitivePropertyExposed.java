package dev.bulwark.live.checks.authz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.discovery.JsonLinks;
import dev.bulwark.live.engine.Exchange;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON responses carrying properties no client should see: password hashes, keys, client secrets,
 * MFA seeds, card numbers. The values never reach the finding, only the property names.
 */
public final class SensitivePropertyExposed implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-sensitive-property-exposed")
          .title("Response exposes sensitive object properties")
          .lens(Lens.LIVE)
          .category(Category.PROPERTY_AUTHORIZATION)
          .owasp(OwaspApi2023.API3)
          .cwe(213, 200)
          .severity(Severity.HIGH)
          .remediation(
              "Serialise through an explicit schema (marshmallow fields, a to_public_dict) instead"
                  + " of the model's __dict__, so new columns are private by default.")
          .build();

  static final Set<String> SENSITIVE =
      Set.of(
          "password",
          "passwd",
          "password_hash",
          "passwordhash",
          "hashed_password",
          "pwd_hash",
          "secret",
          "client_secret",
          "api_key",
          "apikey",
          "api_secret",
          "private_key",
          "secret_key",
          "mfa_secret",
          "otp_secret",
          "totp_secret",
          "reset_token",
          "password_reset_token",
          "ssn",
          "card_number",
          "cvv",
          "session_secret",
          "salt");
  private static final int MAX_NODES = 5000;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (!exchange.succeeded() || !exchange.response().get().isJson()) {
      return;
    }
    Optional<JsonNode> root = JsonLinks.parse(exchange.body());
    if (root.isEmpty()) {
      return;
    }
    Set<String> found = sensitiveNames(root.get());
    if (!found.isEmpty()) {
      context
          .finding(META, exchange)
          .message("The response carries " + String.join(", ", found))
          .excerpt("properties: " + String.join(", ", found))
          .anchor(String.join(",", found))
          .report();
    }
  }

  static Set<String> sensitiveNames(JsonNode root) {
    Set<String> found = new TreeSet<>();
    ArrayDeque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int visited = 0;
    while (!queue.isEmpty() && visited++ < MAX_NODES) {
      JsonNode node = queue.poll();
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String name = field.getKey().toLowerCase(Locale.ROOT).replace("-", "_");
          JsonNode value = field.getValue();
          boolean hasValue = value.isValueNode() && !value.isNull() && !value.asText().isEmpty();
          if (SENSITIVE.contains(name) && hasValue) {
            found.add(field.getKey());
          }
          queue.add(value);
        }
      } else if (node.isArray()) {
        node.forEach(queue::add);
      }
    }
    return found;
  }
}
