package dev.bulwark.live.checks.auth;

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
import dev.bulwark.live.engine.Identity;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plain anonymous GET hands out a token or key ({@code access_token}, {@code api_key}, …): anyone
 * can obtain credentials without proving who they are. The value is redacted in the evidence.
 */
public final class CredentialIssuedAnonymously implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-credential-issued-anonymously")
          .title("Token or key issued to an anonymous caller")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(287, 306)
          .severity(Severity.HIGH)
          .remediation(
              "Issue tokens only after authenticating the caller (a POST with credentials), never"
                  + " from a GET that anyone can call.")
          .build();

  static final Set<String> NAMES =
      Set.of(
          "token",
          "access_token",
          "accesstoken",
          "refresh_token",
          "id_token",
          "auth_token",
          "session_token",
          "api_key",
          "apikey",
          "api_token",
          "jwt",
          "bearer");
  private static final int MIN_LENGTH = 16;
  private static final int MAX_NODES = 5000;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (exchange.identity() != Identity.ANONYMOUS
        || !exchange.method().equals("GET")
        || !exchange.succeeded()
        || exchange.request().purpose().startsWith("live-")
        || !exchange.response().get().isJson()) {
      return;
    }
    JsonLinks.parse(exchange.body())
        .flatMap(CredentialIssuedAnonymously::issued)
        .ifPresent(
            field ->
                context
                    .finding(META, exchange)
                    .message("An anonymous GET returns a credential in \"" + field.getKey() + "\"")
                    .secret(field.getKey() + ": " + field.getValue(), field.getValue(), 0)
                    .parameter(field.getKey())
                    .anchor(field.getKey())
                    .report());
  }

  private static Optional<Map.Entry<String, String>> issued(JsonNode root) {
    ArrayDeque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int visited = 0;
    while (!queue.isEmpty() && visited++ < MAX_NODES) {
      JsonNode node = queue.poll();
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          JsonNode value = field.getValue();
          if (NAMES.contains(field.getKey().toLowerCase(Locale.ROOT))
              && value.isTextual()
              && value.asText().length() >= MIN_LENGTH
              && !value.asText().contains(" ")) {
            return Optional.of(Map.entry(field.getKey(), value.asText()));
          }
          queue.add(value);
        }
      } else if (node.isArray()) {
        node.forEach(queue::add);
      }
    }
    return Optional.empty();
  }
}
