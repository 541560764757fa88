package dev.bulwark.live.checks.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.live.discovery.JsonLinks;
import dev.bulwark.live.engine.Exchange;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether two answers to the same login attempt differ in a way a caller can read: the status, the
 * JSON shape (its key set), or the length once the account name itself is taken out. A few bytes of
 * slack absorb request ids and timestamps of varying width.
 */
final class ResponseComparison {
  private static final int LENGTH_SLACK = 3;

  private ResponseComparison() {}

  static Optional<String> difference(
      Exchange unknown, String unknownName, Exchange known, String knownName) {
    if (unknown.status() >= 500 || known.status() >= 500 || known.status() == 429) {
      return Optional.empty(); // an error or a rate limit says nothing about accounts
    }
    if (unknown.status() != known.status()) {
      return Optional.of("status " + unknown.status() + " vs " + known.status());
    }
    String a = unknown.body().replace(unknownName, "");
    String b = known.body().replace(knownName, "");
    Optional<String> shapeA = JsonLinks.parse(a).map(ResponseComparison::shape);
    Optional<String> shapeB = JsonLinks.parse(b).map(ResponseComparison::shape);
    if (shapeA.isPresent() && shapeB.isPresent() && !shapeA.equals(shapeB)) {
      return Optional.of("body fields " + shapeA.get() + " vs " + shapeB.get());
    }
    if (Math.abs(a.length() - b.length()) > LENGTH_SLACK) {
      return Optional.of("body length " + a.length() + " vs " + b.length() + " bytes");
    }
    return Optional.empty();
  }

  private static String shape(JsonNode node) {
    TreeSet<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys.toString();
  }
}
