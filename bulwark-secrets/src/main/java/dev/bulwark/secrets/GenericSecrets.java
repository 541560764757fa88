package dev.bulwark.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Generic secrets: a name that reads like a secret's ({@code api_key}, {@code DB_PASSWORD}, {@code
 * clientSecret}) assigned a literal that looks like one: long enough, mixed enough, random enough,
 * and not a placeholder, a path, a URL, a reference or an identifier.
 */
final class GenericSecrets {
  static final RuleMeta RULE =
      RuleMeta.builder("hardcoded-secret-generic")
          .title("Hardcoded secret assigned to a secret-named variable")
          .lens(Lens.SOURCE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8, OwaspApi2023.API2)
          .cwe(798, 259, 321)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Rotate the secret wherever it is accepted, then read it from the environment or a"
                  + " secret manager at startup instead of writing it in the code.")
          .build();

  static final List<String> KEYWORDS =
      List.of("key", "secret", "token", "passw", "pwd", "bearer", "credential", "passphrase");

  /** name, then a separator, then a double-quoted, single-quoted or bare value. */
  static final Pattern ASSIGNMENT =
      Pattern.compile(
          "([A-Za-z_][A-Za-z0-9_.\\-]{0,80})[\"']?\\]?\\s{0,4}(?::=|=>|=|:)\\s{0,4}"
              + "(?:[rRbBuU]{1,2}(?:[\"']))?"
              + "(?:\"([^\"\\n]{4,300})\"|'([^'\\n]{4,300})'|([^\\s\"'`,;()\\[\\]{}<>]{6,300}))");

  private static final Set<String> SECRET_WORDS =
      Set.of(
          "secret",
          "secrets",
          "token",
          "password",
          "passwd",
          "pwd",
          "passphrase",
          "credential",
          "credentials",
          "apikey",
          "bearer",
          "privatekey",
          "secretkey",
          "accesstoken",
          "authtoken",
          "pass",
          "pw",
          "passwort",
          "clientsecret");
  private static final Set<String> KEY_QUALIFIERS =
      Set.of(
          "api",
          "private",
          "access",
          "secret",
          "auth",
          "signing",
          "sign",
          "encryption",
          "master",
          "client",
          "license",
          "service",
          "app",
          "consumer",
          "webhook",
          "hmac",
          "jwt",
          "session",
          "account",
          "admin",
          "deploy",
          "ssh",
          "gpg",
          "stripe",
          "openai",
          "aws",
          "subscription");
  private static final Set<String> NON_SECRET_LAST_WORDS =
      Set.of(
          "url",
          "uri",
          "file",
          "filename",
          "path",
          "dir",
          "name",
          "id",
          "ids",
          "len",
          "length",
          "size",
          "type",
          "types",
          "count",
          "header",
          "env",
          "var",
          "field",
          "prefix",
          "suffix",
          "pattern",
          "regex",
          "re",
          "format",
          "fmt",
          "endpoint",
          "expiry",
          "expires",
          "expiration",
          "ttl",
          "timeout",
          "max",
          "min",
          "limit",
          "hash",
          "digest",
          "label",
          "class",
          "cls",
          "kind",
          "mode",
          "policy",
          "version",
          "query",
          "param",
          "params",
          "location",
          "host",
          "port",
          "user",
          "username",
          "email",
          "method",
          "algorithm",
          "algo",
          "scheme",
          "scope",
          "scopes",
          "style",
          "text",
          "message",
          "msg",
          "template",
          "prompt",
          "description",
          "help",
          "title",
          "doc",
          "index",
          "idx",
          "column",
          "col",
          "table",
          "attr",
          "attribute",
          "option",
          "setting",
          "name_",
          "validator",
          "validators",
          "required",
          "enabled",
          "chars",
          "regexp",
          "separator",
          "sep",
          "delimiter",
          "source",
          "store",
          "storage",
          "provider",
          "backend",
          "class_",
          "func",
          "function",
          "callback",
          "handler",
          "cache",
          "reset",
          "changed",
          "display",
          "input",
          "widget",
          "char",
          "placeholder",
          "error",
          "errors",
          "valid",
          "invalid",
          "strength",
          "salt",
          "charset",
          "encoding");

  private GenericSecrets() {}

  /** Every generic secret assignment in {@code window}, as (name-free) matches. */
  static void findIn(String window, List<SecretMatch> out) {
    Matcher m = ASSIGNMENT.matcher(window);
    while (m.find()) {
      int group = m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
      String value = m.group(group);
      Optional<Confidence> judged = judge(m.group(1), value, group != 4);
      if (judged.isPresent()) {
        out.add(new SecretMatch(RULE, value, m.start(group), m.end(group), 0, judged.get()));
      }
    }
  }

  /** Whether {@code value} assigned to {@code name} is a secret, and how sure that is. */
  static Optional<Confidence> judge(String name, String value, boolean quoted) {
    List<String> words = words(name);
    if (!secretName(words) || !secretValue(value, quoted, words)) {
      return Optional.empty();
    }
    boolean password = words.stream().anyMatch(w -> w.startsWith("pass") || w.equals("pwd"));
    double entropy = Entropy.of(value);
    if (value.length() >= 16 && entropy >= 3.5) {
      return Optional.of(Confidence.HIGH);
    }
    if (entropy >= 3.0 || password) {
      return Optional.of(Confidence.MEDIUM);
    }
    return Optional.of(Confidence.LOW);
  }

  static boolean secretName(List<String> words) {
    if (words.isEmpty() || NON_SECRET_LAST_WORDS.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (SECRET_WORDS.contains(w)) {
        return true;
      }
      if (w.equals("key") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean secretValue(String value, boolean quoted, List<String> nameWords) {
    if (value.length() < 6 || value.length() > 300 || Placeholders.isPlaceholder(value)) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (value.chars().anyMatch(Character::isWhitespace)
        || lower.contains("://")
        || value.startsWith("/")
        || value.startsWith("./")
        || value.startsWith("~")
        || value.contains("\\")
        || value.contains("$")
        || value.contains("%")
        || value.contains("{")
        || lower.matches(".*\\.(pem|key|json|txt|crt|cer|p12|pfx|yaml|yml|env|cfg|ini|py)$")
        || nameWords.stream().anyMatch(w -> w.length() > 3 && lower.contains(w))) {
      return false;
    }
    boolean wordLike = value.matches("[A-Za-z][A-Za-z_.\\-]*");
    if (wordLike && (value.length() < 20 || value.equals(value.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (value.matches("[A-Z][A-Z0-9_]*") || value.matches("\\d{1,11}")) {
      return false;
    }
    boolean identifier = value.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    if (!quoted && (value.contains(".") && identifier || !value.matches(".*\\d.*"))) {
      return false;
    }
    if (!quoted && (value.length() < 12 || Entropy.of(value) < 3.3)) {
      return false;
    }
    return classes(value) >= 2 && Entropy.of(value) >= 2.5;
  }

  private static int classes(String v) {
    int lower = 0;
    int upper = 0;
    int digit = 0;
    int other = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = 1;
      } else if (Character.isUpperCase(c)) {
        upper = 1;
      } else if (Character.isDigit(c)) {
        digit = 1;
      } else {
        other = 1;
      }
    }
    return lower + upper + digit + other;
  }

  /** Splits {@code self.apiKey}, {@code DB_PASSWORD}, {@code client-secret} into lower words. */
  static List<String> words(String name) {
    int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
    String last = dot >= 0 ? name.substring(dot + 1) : name;
    String spaced = last.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    List<String> out = new ArrayList<>();
    for (String w : spaced.toLowerCase(Locale.ROOT).split("[_\\-\\s\"']+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
