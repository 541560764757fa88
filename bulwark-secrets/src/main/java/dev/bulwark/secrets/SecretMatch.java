package dev.bulwark.secrets;

import dev.bulwark.core.Confidence;
import dev.bulwark.core.RuleMeta;
import java.util.Objects;

/**
 * A secret found in a text.
 *
 * @param rule the rule of the pattern that matched (one rule per catalog pattern, plus the generic
 *     rule)
 * @param secret the whole secret: use it only to redact, never put it in a finding
 * @param start offset of the secret in the searched text (UTF-16 chars)
 * @param end offset just past the secret
 * @param vendorPrefixLength how many leading chars are the format's public prefix (e.g. 8 for
 *     {@code sk_live_}), 0 when the format has none
 */
public record SecretMatch(
    RuleMeta rule,
    String secret,
    int start,
    int end,
    int vendorPrefixLength,
    Confidence confidence) {
  public SecretMatch {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(confidence, "confidence");
  }
}
