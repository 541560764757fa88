package dev.bulwark.secrets;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A finding's message for a secret: what the rule title does not already say, namely the kind and
 * length of the credential and the kind of file it sits in ("a 20-character credential for the
 * database, in a .env file"). The caller appends the redacted value.
 */
public final class SecretMessages {
  private static final Map<String, String> PROVIDER_BY_RULE =
      SecretEngine.builtIn().patterns().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  p -> p.rule().id(), SecretPattern::provider, (a, b) -> a));

  private SecretMessages() {}

  /** The message for {@code match} found in {@code file} (a path; only its name is used). */
  public static String describe(SecretMatch match, String file) {
    return describe(match, file, rule -> Optional.ofNullable(PROVIDER_BY_RULE.get(rule)));
  }

  /** As {@link #describe(SecretMatch, String)}, with the providers of {@code engine}'s catalog. */
  public static String describe(SecretMatch match, String file, SecretEngine engine) {
    Map<String, String> providers =
        engine.patterns().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    p -> p.rule().id(), SecretPattern::provider, (a, b) -> a));
    return describe(match, file, rule -> Optional.ofNullable(providers.get(rule)));
  }

  private static String describe(
      SecretMatch match, String file, Function<String, Optional<String>> provider) {
    int length = match.secret().length();
    String what =
        provider
            .apply(match.rule().id())
            .map(p -> "a " + length + "-character credential for " + p)
            .orElse("a " + length + "-character secret-looking value");
    return what + ", in " + where(file);
  }

  /** The kind of file, in words: "a .env file", "a Python file", "documentation". */
  static String where(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
      return "a .env file";
    }
    if (lower.equals("dockerfile") || lower.endsWith(".dockerfile")) {
      return "a Dockerfile";
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot >= 0 ? lower.substring(dot + 1) : "";
    switch (ext) {
      case "py":
        return "a Python file";
      case "yaml":
      case "yml":
        return "a YAML file";
      case "json":
        return "a JSON file";
      case "toml":
      case "ini":
      case "cfg":
      case "conf":
      case "properties":
        return "a config file";
      case "js":
      case "ts":
      case "mjs":
        return "a JavaScript file";
      case "sh":
      case "bash":
        return "a shell script";
      case "md":
      case "rst":
      case "txt":
        return "documentation";
      default:
        return ext.isEmpty() ? "a file without extension" : "a ." + ext + " file";
    }
  }
}
