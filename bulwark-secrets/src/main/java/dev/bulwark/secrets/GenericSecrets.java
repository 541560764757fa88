package dev.bulwark.secrets;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

  private static final java.util.Set<String> FILE_EXTENSIONS =
      java.util.Set.of(
          "pem", "key", "json", "txt", "crt", "cer", "p12", "pfx", "yaml", "yml", "env", "cfg",
          "ini", "py");
  private static final java.util.regex.Pattern DOTTED_IDENTIFIER =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private static final java.util.regex.Pattern UUID =
      java.util.regex.Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private GenericSecrets() {}

  /**
   * Parses the assignment around a keyword hit at {@code hit} in {@code text}: the identifier that
   * holds the keyword, then (past an optional closing quote or bracket) a separator ({@code =},
   * {@code :}, {@code :=}, {@code =>}, never {@code ==}), then a quoted or bare value. Hand-written
   * rather than a regex: it runs on every line that mentions "key" or "token", which in real code
   * is a lot of lines, and it touches each character at most twice.
   */
  static Optional<SecretMatch> atHit(CharSequence text, int from, int to, int hit) {
    int nameStart = hit;
    while (nameStart > from && nameChar(text.charAt(nameStart - 1))) {
      nameStart--;
    }
    if (nameStart > from && text.charAt(nameStart - 1) == ':') {
      return Optional.empty(); // AWS::IAM::AccessKey, a type name used as a key
    }
    int nameEnd = hit;
    while (nameEnd < to && nameChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    int i = nameEnd;
    if (i < to && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
      i++;
    }
    if (i < to && text.charAt(i) == ']') {
      i++;
    }
    i = skipSpaces(text, i, to);
    if (i >= to) {
      return Optional.empty();
    }
    char c = text.charAt(i);
    if (c == ':' && i + 1 < to && text.charAt(i + 1) == '=') {
      i += 2;
    } else if (c == '=' && i + 1 < to && text.charAt(i + 1) == '>') {
      i += 2;
    } else if (c == '=' && (i + 1 >= to || text.charAt(i + 1) != '=')) {
      i++;
    } else if (c == ':' && (i + 1 >= to || text.charAt(i + 1) != ':')) {
      i++;
    } else {
      return Optional.empty();
    }
    i = skipSpaces(text, i, to);
    int prefix = i;
    while (prefix < to && prefix - i < 2 && "rRbBuU".indexOf(text.charAt(prefix)) >= 0) {
      prefix++;
    }
    if (prefix > i && prefix < to && (text.charAt(prefix) == '"' || text.charAt(prefix) == '\'')) {
      i = prefix;
    }
    if (i >= to) {
      return Optional.empty();
    }
    char quote = text.charAt(i);
    boolean quoted = quote == '"' || quote == '\'' || quote == '`';
    int valueStart = quoted ? i + 1 : i;
    int valueEnd = valueStart;
    while (valueEnd < to && valueEnd - valueStart <= 300) {
      char v = text.charAt(valueEnd);
      if (quoted ? v == quote || v == '\n' : v <= ' ' || BARE_STOP.indexOf(v) >= 0) {
        break;
      }
      if (v == ' ' || v == '\t') {
        return Optional.empty(); // a sentence or an expression, not a secret
      }
      valueEnd++;
    }
    if (quoted && (valueEnd >= to || text.charAt(valueEnd) != quote)) {
      return Optional.empty();
    }
    if (!quoted
        && valueEnd < to
        && (text.charAt(valueEnd) == '(' || text.charAt(valueEnd) == '.')) {
      return Optional.empty(); // a call or an attribute: code, not a literal
    }
    if (!quoted && followedByCode(text, valueEnd, to)) {
      return Optional.empty(); // private_key: PKCS7PrivateKeyTypes, -- an annotation, an argument
    }
    String name = text.subSequence(nameStart, nameEnd).toString();
    String value = text.subSequence(valueStart, valueEnd).toString();
    int start = valueStart;
    int end = valueEnd;
    return judge(name, value, quoted)
        .map(conf -> new SecretMatch(RULE, value, start, end, 0, conf));
  }

  private static final String BARE_STOP = "\"'`,;()[]{}<>";

  /**
   * Whether a bare value ends where code goes on: a comma, a closing parenthesis, or a default
   * ({@code = None}) after it, as in a signature's {@code token: TokenType = None}. A config file's
   * bare value ends its line.
   */
  private static boolean followedByCode(CharSequence text, int valueEnd, int to) {
    int i = skipSpaces(text, valueEnd, to);
    if (i >= to) {
      return false;
    }
    char c = text.charAt(i);
    return c == ')' || (c == ',' && i == valueEnd) || (c == '=' && i > valueEnd);
  }

  private static boolean nameChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
  }

  private static int skipSpaces(CharSequence text, int i, int to) {
    int at = i;
    while (at < to && at - i < 4 && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  /** Whether {@code value} assigned to {@code name} is a secret, and how sure that is. */
  static Optional<Confidence> judge(String name, String value, boolean quoted) {
    List<String> words = SecretNames.words(name);
    if (!SecretNames.secretName(words) || !secretValue(value, quoted, words)) {
      return Optional.empty();
    }
    boolean password = words.stream().anyMatch(w -> w.startsWith("pass") || w.equals("pwd"));
    double entropy = Entropy.of(value);
    if (UUID.matcher(value).matches()) {
      return Optional.of(Confidence.LOW);
    }
    if (ValueShape.hasRandomRun(value)) {
      return Optional.of(Confidence.HIGH); // acme-admin-0d1e2f…: a readable prefix, a random tail
    }
    if (ValueShape.wordsAndCounter(value)) {
      return Optional.of(Confidence.LOW); // acme-customer-key-2: guessable, maybe not a secret
    }
    if (value.length() >= 16 && entropy >= 3.5) {
      return Optional.of(Confidence.HIGH);
    }
    if (entropy >= 3.0 || password) {
      return Optional.of(Confidence.MEDIUM);
    }
    return Optional.of(Confidence.LOW);
  }

  private static boolean secretValue(String value, boolean quoted, List<String> nameWords) {
    if (value.length() < 6 || value.length() > 300 || Placeholders.isPlaceholder(value)) {
      return false;
    }
    if (value.chars().anyMatch(c -> c > 126)) {
      return false; // "sk_live_…" in prose, non-ASCII text: generated secrets are ASCII
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
        || fileName(lower)) {
      return false;
    }
    if (!ValueShape.hasRandomRun(value)
        && nameWords.stream().anyMatch(w -> w.length() > 3 && lower.contains(w))) {
      return false; // the value repeats the name (api_key = "admin-api-key"), unless a random
      // run beside the words carries the secret
    }
    if (wordLike(value)) {
      return false; // NextToken, DistributionList.NextMarker, my-secret-name: names, not secrets
    }
    if (constantName(value) || shortNumber(value)) {
      return false;
    }
    if (!quoted && ValueShape.pathLike(value)) {
      return false; // Credential=akid/20220524/us-east-1/s3/aws4_request in prose: a path
    }
    boolean identifier = DOTTED_IDENTIFIER.matcher(value).matches();
    if (!quoted && ((value.contains(".") && identifier) || !hasDigit(value))) {
      return false;
    }
    if (!quoted && (value.length() < 12 || Entropy.of(value) < 3.3)) {
      return false;
    }
    return classes(value) >= 2 && Entropy.of(value) >= 2.5;
  }

  // Hand-written shape tests: they run on every candidate value, where java.util.regex costs more
  // than the rest of the judgement.

  /** {@code id_rsa.pem}, {@code creds.json}: a file name, not a secret. */
  private static boolean fileName(String lower) {
    int dot = lower.lastIndexOf('.');
    return dot >= 0 && FILE_EXTENSIONS.contains(lower.substring(dot + 1));
  }

  /** Letters, then letters and {@code _ . : -}: NextToken, my-secret-name, repo:applicationId. */
  private static boolean wordLike(String v) {
    if (v.isEmpty() || !asciiLetter(v.charAt(0))) {
      return false;
    }
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!asciiLetter(c) && c != '_' && c != '.' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code AWS_SECRET_ACCESS_KEY}: an upper-case constant's name. */
  private static boolean constantName(String v) {
    if (v.isEmpty() || v.charAt(0) < 'A' || v.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /** Up to eleven digits: a port, a count, an id. */
  private static boolean shortNumber(String v) {
    return !v.isEmpty() && v.length() <= 11 && v.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean hasDigit(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
}
