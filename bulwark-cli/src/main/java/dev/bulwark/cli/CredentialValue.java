package dev.bulwark.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Resolves a header value given as {@code env:VAR} or {@code @file}, so that credentials stay out
 * of shell history and CI logs. Any other value is taken literally.
 */
final class CredentialValue {
  private CredentialValue() {}

  /** Resolves {@code Name: value}, {@code Name: env:VAR} or {@code Name: @file}. */
  static String resolveHeader(String header, Map<String, String> env) {
    int colon = header.indexOf(':');
    if (colon <= 0) {
      throw UserError.badInput("header '" + nameOnly(header) + "' must look like 'Name: value'");
    }
    String name = header.substring(0, colon).strip();
    String value = resolve(header.substring(colon + 1).strip(), env, name);
    return name + ": " + value;
  }

  static String resolve(String value, Map<String, String> env, String what) {
    if (value.startsWith("env:")) {
      String var = value.substring(4);
      String resolved = env.get(var);
      if (resolved == null || resolved.isEmpty()) {
        throw UserError.badInput(what + ": environment variable " + var + " is not set");
      }
      return resolved.strip();
    }
    if (value.startsWith("@")) {
      Path file = Path.of(value.substring(1));
      try {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw UserError.badInput(what + ": cannot read " + file);
      }
    }
    return value;
  }

  /** Never echo a credential back in an error message. */
  private static String nameOnly(String header) {
    return header.length() > 20 ? header.substring(0, 8) + "…" : header;
  }
}
