package dev.bulwark.source.python.flow;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises names that hold keys, and the calls that read or neutralise them. */
public final class Sources {
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(api[_-]?key|apikey|secret|token|passw(or)?d|passwd|private[_-]?key|access[_-]?key"
              + "|auth[_-]?key|credential|bearer|signing[_-]?key|x-api-key|authorization"
              + "|session[_-]?key|jwt[_-]?key)");
  private static final Pattern NOT_A_SECRET =
      Pattern.compile(
          "(_|-)(url|uri|path|file|dir|name|id|type|header|env|var|len|length|count|expiry|expires"
              + "|ttl|timeout|field|prefix|endpoint|location|format|regex|pattern)s?$"
              + "|^(tokens?|tokenize[r]?|token_type|csrf_token_name)$|tokeniz|^n_?tokens|max_tokens");

  private static final Set<String> SANITIZERS =
      Set.of(
          "len",
          "bool",
          "hash",
          "isinstance",
          "type",
          "id",
          "int",
          "callable",
          "hasattr",
          "any",
          "all",
          "sorted",
          "min",
          "max",
          "hmac.compare_digest",
          "secrets.compare_digest");
  private static final Set<String> PASS_THROUGH =
      Set.of(
          "str",
          "repr",
          "bytes",
          "dict",
          "list",
          "tuple",
          "set",
          "base64.b64encode",
          "base64.b64decode",
          "base64.urlsafe_b64encode",
          "base64.standard_b64encode",
          "urllib.parse.quote",
          "urllib.parse.quote_plus",
          "urllib.parse.urlencode",
          "json.dumps",
          "codecs.encode",
          "format",
          "f",
          "print_function");
  private static final Set<String> STRING_METHODS =
      Set.of(
          "strip",
          "lstrip",
          "rstrip",
          "upper",
          "lower",
          "encode",
          "decode",
          "replace",
          "format",
          "join",
          "removeprefix",
          "removesuffix",
          "title",
          "casefold",
          "ljust",
          "rjust",
          "zfill",
          "copy",
          "to_dict",
          "items",
          "values",
          "get");

  private Sources() {}

  /** True when a variable, key or header name looks like it holds a credential. */
  public static boolean isSecretName(String raw) {
    String name = raw.toLowerCase(Locale.ROOT).strip();
    if (name.length() < 3 || name.length() > 80) {
      return false;
    }
    return SECRET_NAME.matcher(name).find() && !NOT_A_SECRET.matcher(name).find();
  }

  /** True for calls whose result says nothing about the key's value (length, hash, a boolean). */
  public static boolean isSanitizer(String qualified) {
    if (SANITIZERS.contains(qualified) || qualified.startsWith("hashlib.")) {
      return true;
    }
    String last = qualified.substring(qualified.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return last.contains("mask")
        || last.contains("redact")
        || last.contains("hash")
        || last.contains("digest")
        || last.contains("fingerprint")
        || last.startsWith("is_")
        || last.startsWith("has_")
        || last.startsWith("verify")
        || last.startsWith("check");
  }

  /** True for builtins and library calls whose result still carries their argument's value. */
  public static boolean passesThrough(String qualified) {
    return PASS_THROUGH.contains(qualified);
  }

  /** True for methods of a string, bytes or dict that carry the receiver's value. */
  public static boolean isCarryingMethod(String method) {
    return STRING_METHODS.contains(method);
  }
}
