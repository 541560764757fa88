package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Locale;
import java.util.Set;

/** Anyone who knows a webhook URL can post to it; only the signature proves the sender. */
public final class WebhookSignature implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-webhook-signature-not-verified",
          "Webhook route acts on the body without verifying its signature, or without a replay window",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.HIGH,
          Confidence.MEDIUM,
          "Verify an HMAC of the raw body with hmac.compare_digest, and reject requests whose"
              + " signed timestamp is older than a few minutes.",
          345,
          294);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("function_definition");
  }

  @Override
  public void visit(int fn, FileScope s) {
    PyTree t = s.tree();
    String decorator = Py.routeDecorator(t, fn);
    if (decorator.isEmpty()) {
      return;
    }
    String body = t.text(t.child(fn, "body")).toLowerCase(Locale.ROOT);
    String name = t.text(t.child(fn, "name")).toLowerCase(Locale.ROOT);
    String route = decorator.toLowerCase(Locale.ROOT);
    boolean readsSignature = body.contains("signature") && body.contains("headers");
    boolean webhook =
        route.contains("webhook")
            || name.contains("webhook")
            || route.contains("callback") && route.contains("post")
            || readsSignature;
    boolean readsBody =
        body.contains("request.data")
            || body.contains("get_json")
            || body.contains("request.json")
            || body.contains("get_data")
            || body.contains("request.form");
    if (!webhook || !readsBody) {
      return;
    }
    boolean verifies =
        body.contains("compare_digest")
            || body.contains("construct_event")
            || body.contains("verify_signature")
            || body.contains("validate_signature")
            || body.contains("verify_webhook")
            || body.contains("verify(");
    if (!verifies) {
      s.report(META, t.parent(fn), "the webhook acts on the body without verifying a signature");
    } else if (body.contains("compare_digest")
        && !body.contains("timestamp")
        && !body.contains("tolerance")
        && !body.contains("time.time")) {
      s.emit(
          s.finding(META, t.parent(fn))
              .message("the signature is verified but no timestamp window stops replays")
              .severity(Severity.MEDIUM)
              .build());
    }
  }
}
