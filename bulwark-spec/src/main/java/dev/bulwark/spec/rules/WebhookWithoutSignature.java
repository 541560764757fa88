package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.Names;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.ParameterView;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Webhooks and callbacks without a signature: receivers cannot tell a genuine event from a forged
 * one. Covers the document's {@code webhooks} (3.1) and operations' {@code callbacks} (what this
 * API sends), and webhook-receiving routes of this API that take events anonymously with no
 * signature header (what this API consumes).
 */
public final class WebhookWithoutSignature implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-webhook-without-signature")
          .title("Webhook or callback without a signature scheme")
          .lens(Lens.SPEC)
          .category(Category.UNSAFE_CONSUMPTION)
          .owasp(OwaspApi2023.API10, OwaspApi2023.API8)
          .cwe(345, 347)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Sign every event with an HMAC over the raw body and a timestamp, send it in a"
                  + " signature header, and verify it with a constant-time comparison.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    Map<String, PathItem> webhooks = document.openApi().getWebhooks();
    if (webhooks != null) {
      for (var hook : webhooks.entrySet()) {
        outgoing(
            hook.getValue(),
            JsonPointers.child("/webhooks", hook.getKey()),
            "webhook '" + hook.getKey() + "'",
            Optional.empty(),
            reporter);
      }
    }
    for (OperationView op : document.operations()) {
      var callbacks = op.operation().getCallbacks();
      if (callbacks != null) {
        for (var callback : callbacks.entrySet()) {
          String base =
              JsonPointers.child(JsonPointers.child(op.pointer(), "callbacks"), callback.getKey());
          if (callback.getValue() == null) {
            continue;
          }
          for (var expression : callback.getValue().entrySet()) {
            outgoing(
                expression.getValue(),
                JsonPointers.child(base, expression.getKey()),
                "callback '" + callback.getKey() + "' of " + op.display(),
                Optional.of(op),
                reporter);
          }
        }
      }
      if (receivesWebhooks(op)
          && op.allowsAnonymous()
          && !signed(op.parameters().stream().map(ParameterView::parameter).toList())) {
        reporter.report(
            META,
            op.pointer(),
            Optional.of(op),
            op.display() + " receives webhook events anonymously with no signature header");
      }
    }
  }

  private static void outgoing(
      PathItem item,
      String pointer,
      String what,
      Optional<OperationView> op,
      SpecReporter reporter) {
    if (item == null) {
      return;
    }
    for (var entry : item.readOperationsMap().entrySet()) {
      Operation operation = entry.getValue();
      boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
      if (!secured && !signed(operation.getParameters()) && !signed(item.getParameters())) {
        reporter.report(
            META,
            JsonPointers.child(pointer, entry.getKey().name().toLowerCase(Locale.ROOT)),
            op,
            what + " documents no signature header or security scheme");
      }
    }
  }

  private static boolean signed(List<Parameter> parameters) {
    if (parameters == null) {
      return false;
    }
    return parameters.stream()
        .filter(
            p ->
                p != null
                    && p.getName() != null
                    && "header".equalsIgnoreCase(String.valueOf(p.getIn())))
        .anyMatch(p -> Names.squash(p.getName()).contains("signature"));
  }

  /**
   * {@code /webhook}, {@code /stripe/webhook}, {@code /webhooks/stripe}, {@code /callbacks/payment}
   * receive events; {@code /webhooks} and {@code /webhooks/{id}} manage subscriptions.
   */
  static boolean receivesWebhooks(OperationView op) {
    if (!op.changesState()) {
      return false;
    }
    String[] segments = op.path().toLowerCase(Locale.ROOT).split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.equals("webhook") || segment.equals("callback")) {
        return true;
      }
      boolean plural = segment.equals("webhooks") || segment.equals("callbacks");
      if (plural && i + 1 < segments.length && !segments[i + 1].startsWith("{")) {
        return true;
      }
    }
    return false;
  }
}
