package dev.bulwark.secrets;

import dev.bulwark.core.Confidence;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One credential format of the catalog, compiled and validated.
 *
 * @param regex re2j (linear time), compiled on first use; the secret is the group named {@code
 *     secret} when there is one, else the whole match. A leading {@code \b} is taken off and
 *     checked by the engine instead ({@code leadingBoundary}): without it re2j sees the literal
 *     prefix and jumps between its occurrences instead of stepping its automaton over every
 *     character, about ten times faster
 * @param leadingBoundary whether the written regex began with {@code \b}
 * @param keywords prefilter words: all-lowercase ones match case-insensitively, others exactly
 * @param entropyFloor the least Shannon entropy (bits/char) of the secret's body, if any
 * @param prefixLength how many leading characters are the format's public prefix
 * @param multiline whether the secret spans lines (PEM blocks): the regex then sees the lines that
 *     follow the keyword too
 * @param requires a literal that must follow the keyword on the line for the regex to be worth
 *     running (the {@code @} of a URL with credentials): a cheap check that spares re2j long lines
 * @param provider the vendor's name, as shown in explanations
 * @param rotate how to revoke and rotate this key at its provider
 */
public record SecretPattern(
    String id,
    String title,
    String provider,
    LazyRegex regex,
    boolean leadingBoundary,
    List<String> keywords,
    OptionalDouble entropyFloor,
    Severity severity,
    Confidence confidence,
    int prefixLength,
    boolean multiline,
    Optional<String> requires,
    List<Integer> cwe,
    String rotate,
    List<String> positiveSamples,
    List<String> negativeSamples,
    RuleMeta rule) {

  public SecretPattern {
    Objects.requireNonNull(id, "id");
    keywords = List.copyOf(keywords);
    cwe = List.copyOf(cwe);
    positiveSamples = List.copyOf(positiveSamples);
    negativeSamples = List.copyOf(negativeSamples);
  }

  /** The rule id of a pattern: {@code secret-<pattern-id>}. */
  public static String ruleId(String patternId) {
    return "secret-" + patternId;
  }

  int secretGroup() {
    return regex.secretGroup();
  }
}
