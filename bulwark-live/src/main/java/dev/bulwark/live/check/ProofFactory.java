package dev.bulwark.live.check;

import dev.bulwark.core.Evidence;
import dev.bulwark.core.Proof;
import dev.bulwark.core.Redactor;
import dev.bulwark.live.engine.Credentials;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.Header;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.secrets.SecretMatch;
import java.util.Locale;

/**
 * Builds proofs (request line, status, excerpt, curl) and cleans excerpts: no credential the scan
 * holds and no secret the secrets engine recognises ever reaches a finding whole.
 */
public final class ProofFactory {
  private final Credentials credentials;
  private final Redactor redactor;
  private final SecretEngine secrets;

  public ProofFactory(Credentials credentials, Redactor redactor, SecretEngine secrets) {
    this.credentials = credentials;
    this.redactor = redactor;
    this.secrets = secrets;
  }

  public String scrub(String text) {
    return credentials.scrub(text);
  }

  /** Credentials scrubbed, recognised secrets redacted. */
  public String clean(String text) {
    String out = credentials.scrub(text);
    for (SecretMatch match : secrets.findIn(out)) {
      out = redactor.redactIn(out, match.secret(), match.vendorPrefixLength());
    }
    return out;
  }

  public Evidence secretEvidence(String context, String secret, int vendorPrefix) {
    return Evidence.secret(redactor, credentials.scrub(context), secret, vendorPrefix);
  }

  public Proof proof(Exchange exchange, String excerpt) {
    String requestLine =
        exchange.method() + " " + credentials.scrub(exchange.pathAndQuery()) + " HTTP/1.1";
    return new Proof(requestLine, exchange.status(), excerpt, curl(exchange));
  }

  /** A curl command that reproduces the request, credentials replaced by placeholders. */
  public String curl(Exchange exchange) {
    StringBuilder out = new StringBuilder("curl -i");
    if (!exchange.method().equals("GET")) {
      out.append(exchange.method().equals("HEAD") ? " -I" : " -X " + exchange.method());
    }
    out.append(' ').append(quote(credentials.scrub(exchange.uri().toString())));
    for (Header h : exchange.sentHeaders()) {
      if (h.name().equalsIgnoreCase("user-agent")) {
        continue;
      }
      String scrubbed = credentials.scrub(h.value());
      // A credential becomes its placeholder; a probe's own value ("null", "*") stays readable.
      String value = scrubbed.equals(h.value()) ? h.value() : h.placeholder();
      out.append(" -H ").append(quote(h.name() + ": " + value));
    }
    exchange
        .request()
        .body()
        .ifPresent(b -> out.append(" --data-raw ").append(quote(credentials.scrub(b))));
    return out.toString();
  }

  private static String quote(String text) {
    String safe = text.replaceAll("[\\r\\n]", " ");
    if (safe.toLowerCase(Locale.ROOT).matches("[a-z0-9:/._%-]+")) { // no ?, &, = or spaces
      return safe;
    }
    return "'" + safe.replace("'", "'\\''") + "'";
  }
}
