package dev.bulwark.source.files;

import java.util.Locale;

/** Names the source lens treats specially. */
public final class FileKinds {
  private FileKinds() {}

  public static String name(String relative) {
    return relative.substring(relative.lastIndexOf('/') + 1);
  }

  public static boolean isPython(String relative) {
    return relative.endsWith(".py") || relative.endsWith(".pyw");
  }

  /** {@code .env}, {@code .env.production}, {@code .flaskenv}: read by python-dotenv and Flask. */
  public static boolean isEnvFile(String relative) {
    String name = name(relative);
    return name.startsWith(".env") || name.equals(".flaskenv");
  }

  /** Env files that are meant to be shared: examples and templates with placeholder values. */
  public static boolean isEnvTemplate(String relative) {
    String name = name(relative).toLowerCase(Locale.ROOT);
    return name.contains("example")
        || name.contains("sample")
        || name.contains("template")
        || name.contains("dist")
        || name.contains("default")
        || name.contains("schema")
        || name.endsWith(".tpl");
  }

  /** A real env file that should not be in the repository. */
  public static boolean isCommittableSecretsFile(String relative) {
    String name = name(relative);
    return (name.equals(".env") || name.startsWith(".env.")) && !isEnvTemplate(relative);
  }
}
