package dev.bulwark.live.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A request a check wants sent. The engine decides whether it may go (scope, method policy, budget,
 * deadline) and adds the identity's credentials itself, so checks never handle them.
 *
 * @param target a path (resolved against the scan's base URL) or an absolute URL
 * @param pathTemplate the operation's path template when known, for the finding's location
 * @param headers extra headers of the probe itself (never credentials of an identity)
 * @param body a text body, for the POSTs the policy allows
 * @param purpose the rule or phase that sends it, shown in dry runs and errors
 */
public record ProbeRequest(
    String method,
    String target,
    Optional<String> pathTemplate,
    List<Header> headers,
    Optional<String> body,
    Identity identity,
    String purpose) {

  public ProbeRequest {
    method = method.toUpperCase(Locale.ROOT);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(purpose, "purpose");
  }

  public static ProbeRequest get(String target, String purpose) {
    return new ProbeRequest(
        "GET", target, Optional.empty(), List.of(), Optional.empty(), Identity.ANONYMOUS, purpose);
  }

  public ProbeRequest withIdentity(Identity value) {
    return new ProbeRequest(method, target, pathTemplate, headers, body, value, purpose);
  }

  public ProbeRequest withTemplate(String value) {
    return new ProbeRequest(method, target, Optional.of(value), headers, body, identity, purpose);
  }

  public ProbeRequest withHeader(String name, String value) {
    List<Header> more = new java.util.ArrayList<>(headers);
    more.add(new Header(name, value));
    return new ProbeRequest(method, target, pathTemplate, more, body, identity, purpose);
  }

  public ProbeRequest withMethod(String value) {
    return new ProbeRequest(value, target, pathTemplate, headers, body, identity, purpose);
  }

  public ProbeRequest withBody(String value) {
    return new ProbeRequest(
        method, target, pathTemplate, headers, Optional.of(value), identity, purpose);
  }

  public ProbeRequest withTarget(String value) {
    return new ProbeRequest(method, value, pathTemplate, headers, body, identity, purpose);
  }
}
