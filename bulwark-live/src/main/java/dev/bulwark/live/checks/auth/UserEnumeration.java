package dev.bulwark.live.checks.auth;

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
import dev.bulwark.live.checks.authz.SchemaSamples;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Header;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User enumeration, in {@code --active} mode only: a login or password-reset operation the spec
 * declares (POST with a body schema) answers differently for a surely-unknown account than for a
 * likely-known one ({@code admin}, or an email address seen earlier in the scan). Two requests per
 * operation, at most two operations, one fixed wrong password: never a brute force. Paths that
 * register, create or change accounts are left alone.
 */
public final class UserEnumeration implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-user-enumeration")
          .title("Login or password reset reveals which accounts exist")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(204, 203)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Answer unknown accounts exactly like known ones: same status, same message"
                  + " (\"invalid credentials\", \"if the account exists, we sent an email\").")
          .build();

  private static final Pattern AUTH_PATH =
      Pattern.compile(
          "(?i)(login|log-in|signin|sign-in|sign_in|session|token|auth|password|forgot|reset"
              + "|recover)");

  /** Operations that would create or change an account: never probed. */
  private static final Pattern STATE_CHANGING_PATH =
      Pattern.compile("(?i)(register|signup|sign-up|sign_up|join|invite|create|change|update|new)");

  private static final Pattern ACCOUNT_FIELD =
      Pattern.compile("(?i)^(user(name)?|user_?name|email|e-mail|login|account|identifier)$");
  private static final Pattern PASSWORD_FIELD = Pattern.compile("(?i)pass(word)?|pwd|secret");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}");
  private static final int MAX_OPERATIONS = 2;
  static final String UNKNOWN_NAME = "bulwark-no-such-user-7f3q";
  static final String WRONG_PASSWORD = "bulwark-Wrong-Passw0rd";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!context.active()) {
      return;
    }
    int probed = 0;
    for (Endpoint endpoint : context.surface().endpoints()) {
      if (probed >= MAX_OPERATIONS || context.stopped()) {
        return;
      }
      Optional<JsonNode> schema = endpoint.operation().flatMap(o -> o.requestBodySchema());
      if (!endpoint.method().equals("POST")
          || schema.isEmpty()
          || !AUTH_PATH.matcher(endpoint.template()).find()
          || STATE_CHANGING_PATH.matcher(endpoint.template()).find()
          || !(SchemaSamples.sample(schema.get()) instanceof ObjectNode sample)) {
        continue;
      }
      Optional<String> field = accountField(sample);
      if (field.isEmpty()) {
        continue;
      }
      probed++;
      boolean email = field.get().toLowerCase(Locale.ROOT).contains("mail");
      String known = email ? seenEmail(log).orElse("admin@" + hostOf(context)) : "admin";
      String unknown = email ? UNKNOWN_NAME + "@example.invalid" : UNKNOWN_NAME;
      Optional<Exchange> forUnknown = send(context, endpoint, sample, field.get(), unknown);
      Optional<Exchange> forKnown = send(context, endpoint, sample, field.get(), known);
      if (forUnknown.isEmpty() || forKnown.isEmpty()) {
        continue;
      }
      Optional<String> difference =
          ResponseComparison.difference(forUnknown.get(), unknown, forKnown.get(), known);
      if (difference.isPresent()) {
        context
            .finding(META, forKnown.get())
            .message(
                "POST "
                    + endpoint.template()
                    + " answers an unknown account differently from \""
                    + known
                    + "\": "
                    + difference.get())
            .excerpt(
                "unknown: "
                    + Excerpts.head(forUnknown.get().body())
                    + " | known: "
                    + Excerpts.head(forKnown.get().body()))
            .parameter(field.get())
            .anchor("user-enumeration")
            .report();
      }
    }
  }

  private static Optional<Exchange> send(
      ProbeContext context, Endpoint endpoint, ObjectNode sample, String field, String account) {
    ObjectNode body = sample.deepCopy();
    body.put(field, account);
    for (Iterator<String> it = sample.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (PASSWORD_FIELD.matcher(name).find()) {
        body.put(name, WRONG_PASSWORD);
      }
    }
    return context.send(
        new ProbeRequest(
            "POST",
            endpoint.concretePath(),
            Optional.of(endpoint.template()),
            List.of(new Header("Content-Type", "application/json")),
            Optional.of(body.toString()),
            Identity.ANONYMOUS,
            META.id()));
  }

  private static Optional<String> accountField(ObjectNode sample) {
    List<String> names = new ArrayList<>();
    sample.fieldNames().forEachRemaining(names::add);
    return names.stream().filter(n -> ACCOUNT_FIELD.matcher(n).matches()).findFirst();
  }

  /** An email address an earlier response of the scan showed: a likely-known account. */
  private static Optional<String> seenEmail(ExchangeLog log) {
    for (Exchange e : log.all()) {
      if (e.request().purpose().equals(META.id())) {
        continue;
      }
      Matcher m = EMAIL.matcher(e.body());
      while (m.find()) {
        if (!m.group().endsWith(".invalid") && !m.group().endsWith("example.com")) {
          return Optional.of(m.group());
        }
      }
    }
    return Optional.empty();
  }

  private static String hostOf(ProbeContext context) {
    String host = context.base().getHost();
    return host == null || host.matches("[0-9.:\\[\\]]+") ? "localhost" : host;
  }
}
