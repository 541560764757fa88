package dev.bulwark.secrets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * A secret pattern as written in the catalog file or in {@code bulwark.yaml}, before validation.
 * Every field but the samples, keywords and regex has a default, so a team's custom pattern can be
 * short.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PatternSpec(
    String id,
    String title,
    String provider,
    String regex,
    List<String> keywords,
    Double entropy,
    String severity,
    String confidence,
    Integer prefix,
    Boolean multiline,
    String requires,
    List<Integer> cwe,
    String rotate,
    Samples samples) {

  /** Strings the pattern must find (positive) and must not find (negative), as templates. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Samples(List<String> positive, List<String> negative) {
    public List<String> positiveOrEmpty() {
      return Optional.ofNullable(positive).orElse(List.of());
    }

    public List<String> negativeOrEmpty() {
      return Optional.ofNullable(negative).orElse(List.of());
    }
  }
}
