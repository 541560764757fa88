package dev.bulwark.secrets;

import java.util.List;
import java.util.Optional;

/**
 * The secrets engine: the catalog of credential formats plus the generic-secret heuristic.
 *
 * <p>PLACEHOLDER (to be replaced by the secrets work, issue 4): the signatures are the contract
 * other modules code against; the bodies find nothing yet.
 */
public final class SecretEngine {
  private SecretEngine() {}

  /** The engine with the built-in catalog. Thread-safe and reusable. */
  public static SecretEngine builtIn() {
    return new SecretEngine();
  }

  /** Every catalog pattern match in {@code text} (a file's content, a folded literal, a body). */
  public List<SecretMatch> findIn(CharSequence text) {
    return List.of();
  }

  /**
   * Judges a literal assigned to a name, as in {@code API_KEY = "..."}: a secret when the name
   * looks like a secret's, the value looks like one, and the value is not a placeholder.
   */
  public Optional<SecretMatch> judgeAssignment(String name, String value) {
    return Optional.empty();
  }
}
