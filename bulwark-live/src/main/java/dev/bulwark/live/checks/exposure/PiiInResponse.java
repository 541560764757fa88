package dev.bulwark.live.checks.exposure;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data (emails, phone numbers, card numbers, US SSNs) in a response to an anonymous
 * caller. Card numbers must pass the Luhn check; matches are masked in the evidence.
 */
public final class PiiInResponse implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-pii-in-response")
          .title("Personal data returned to an anonymous caller")
          .lens(Lens.LIVE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API3)
          .cwe(359, 200)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Require authentication for personal data, return only the fields the caller needs,"
                  + " and mask identifiers (j***@example.com, **** 4242).")
          .build();

  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,12}");
  private static final Pattern CARD =
      Pattern.compile("(?<![0-9])(?:[0-9][ -]?){12,18}[0-9](?![0-9])");
  private static final Pattern SSN =
      Pattern.compile("(?<![0-9-])(?!000|666|9)[0-9]{3}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}(?![0-9-])");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![0-9A-Za-z])\\+[1-9][0-9]{0,2}[ .-]?\\(?[0-9]{2,4}\\)?[ .-]?[0-9]{3,4}[ .-]?[0-9]{3,4}(?![0-9])");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (exchange.identity() != Identity.ANONYMOUS
        || !exchange.succeeded()
        || exchange.response().get().contentType().contains("html")) { // contact lines in pages
      return;
    }
    String body = exchange.body();
    List<String> kinds = new ArrayList<>();
    List<String> samples = new ArrayList<>();
    collect(EMAIL.matcher(body), "email", kinds, samples, false);
    collect(CARD.matcher(body), "card number", kinds, samples, true);
    collect(SSN.matcher(body), "SSN", kinds, samples, false);
    collect(PHONE.matcher(body), "phone number", kinds, samples, false);
    if (kinds.isEmpty()) {
      return;
    }
    context
        .finding(META, exchange)
        .message("Anonymous response contains " + String.join(", ", kinds))
        .excerpt(String.join(" ", samples))
        .severity(
            kinds.contains("card number") || kinds.contains("SSN")
                ? Severity.CRITICAL
                : Severity.HIGH)
        .anchor(String.join(",", kinds))
        .report();
  }

  private static void collect(
      Matcher m, String kind, List<String> kinds, List<String> samples, boolean luhn) {
    while (m.find()) {
      String value = m.group();
      if (luhn && !Luhn.valid(value.replaceAll("[ -]", ""))) {
        continue;
      }
      if (kind.equals("email") && value.toLowerCase(java.util.Locale.ROOT).endsWith(".invalid")) {
        continue;
      }
      kinds.add(kind);
      samples.add(kind + "=" + mask(value));
      return;
    }
  }

  /** Keeps the first character and the last two, so the kind is clear and the value is not. */
  static String mask(String value) {
    if (value.length() <= 4) {
      return "****";
    }
    return value.charAt(0) + "*".repeat(value.length() - 3) + value.substring(value.length() - 2);
  }
}
