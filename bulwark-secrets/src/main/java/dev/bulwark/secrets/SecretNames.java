package dev.bulwark.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a variable, key or setting name reads like a secret's: {@code API_KEY}, {@code
 * db_password}, {@code clientSecret}, {@code auth_token} do; {@code next_token}, {@code
 * password_hash}, {@code publicKeyToken}, {@code SECRET_KEY_FILE} do not.
 */
final class SecretNames {
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

  /** Words that make a following "key" a credential: api key, signing key, master key. */
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

  /** A last word that names something about a secret, not the secret: its url, file, hash. */
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
          "encoding",
          "arn",
          "blob",
          "ciphertext",
          "encrypted",
          "generation",
          "generator",
          "lifetime",
          "age",
          "duration",
          "status",
          "state",
          "fingerprint",
          "checksum",
          "sha",
          "md5",
          "uuid",
          "ref",
          "reference",
          "used",
          "date",
          "time",
          "at",
          "updated",
          "created",
          "history",
          "hint",
          "question",
          "rotation",
          "manager");

  /** Words that, right before "token", name something that is not a credential. */
  private static final Set<String> NON_SECRET_TOKEN_QUALIFIERS =
      Set.of(
          "next",
          "page",
          "pagination",
          "continuation",
          "request",
          "client",
          "idempotency",
          "purchase",
          "update",
          "sync",
          "cancel",
          "cancellation",
          "marker",
          "cursor",
          "csrf",
          "xsrf",
          "start",
          "end",
          "stop",
          "eos",
          "bos",
          "pad",
          "unk",
          "cls",
          "sep",
          "mask",
          "special",
          "output",
          "input",
          "lexer",
          "parser",
          "policy",
          "change",
          "resume",
          "continue",
          "last");

  private static final java.util.regex.Pattern CAMEL_HUMP =
      java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");
  private static final java.util.regex.Pattern WORD_SEPARATORS =
      java.util.regex.Pattern.compile("[_\\-\\s\"']+");

  private SecretNames() {}

  static boolean secretName(List<String> words) {
    if (words.contains("public")
        || words.isEmpty()
        || NON_SECRET_LAST_WORDS.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("token") && i > 0 && NON_SECRET_TOKEN_QUALIFIERS.contains(words.get(i - 1))) {
        return false;
      }
      if (SECRET_WORDS.contains(w)) {
        return true;
      }
      if (w.equals("key") && i > 0 && KEY_QUALIFIERS.contains(words.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Splits {@code self.apiKey}, {@code DB_PASSWORD}, {@code client-secret} into lower words. */
  static List<String> words(String name) {
    int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
    String last = dot >= 0 ? name.substring(dot + 1) : name;
    String spaced = CAMEL_HUMP.matcher(last).replaceAll("$1_$2");
    List<String> out = new ArrayList<>();
    for (String w : WORD_SEPARATORS.split(spaced.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
