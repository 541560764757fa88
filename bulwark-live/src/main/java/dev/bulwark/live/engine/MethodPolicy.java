package dev.bulwark.live.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Which requests are safe to send. By default only GET, HEAD and OPTIONS, plus short text-only
 * POSTs to endpoints that look like LLM chat endpoints; in active mode, any method on an operation
 * the spec declares.
 */
public final class MethodPolicy {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern LLM_PATH =
      Pattern.compile(
          "(?i).*(chat|complet|prompt|llm|assistant|ask|conversation|generate|gpt|ai/).*");
  private static final int MAX_LLM_BODY = 2048;

  private final boolean active;
  private final BiPredicate<String, String> declared;

  /**
   * @param declared whether the spec declares an operation (method, path template)
   */
  public MethodPolicy(boolean active, BiPredicate<String, String> declared) {
    this.active = active;
    this.declared = declared;
  }

  public static boolean looksLikeLlmPath(String path) {
    return LLM_PATH.matcher(path).matches();
  }

  /** Why the request may not go, or empty when it may. */
  public Optional<String> refusal(ProbeRequest request, String path) {
    String method = request.method().toUpperCase(Locale.ROOT);
    if (SAFE.contains(method)) {
      return Optional.empty();
    }
    if (method.equals("POST") && isTextChat(request, path)) {
      return Optional.empty();
    }
    if (active && declared.test(method, request.pathTemplate().orElse(path))) {
      return Optional.empty();
    }
    return Optional.of(
        active
            ? method + " is sent only to operations the spec declares"
            : method + " needs --active");
  }

  private static boolean isTextChat(ProbeRequest request, String path) {
    return looksLikeLlmPath(path)
        && request.body().map(b -> b.length() <= MAX_LLM_BODY).orElse(false)
        && request.headers().stream()
            .filter(h -> h.name().equalsIgnoreCase("content-type"))
            .allMatch(
                h -> h.value().startsWith("application/json") || h.value().startsWith("text/"));
  }
}
