package dev.bulwark.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code bulwark.yaml}. Every key is optional; unknown keys are an error. Flags on
 * the command line win over the file.
 */
record ConfigFile(
    @JsonProperty("version") Integer version,
    @JsonProperty("include") List<String> include,
    @JsonProperty("exclude") List<String> exclude,
    @JsonProperty("rules") Rules rules,
    @JsonProperty("secrets") Secrets secrets,
    @JsonProperty("fail-below") Integer failBelow,
    @JsonProperty("fail-on") String failOn,
    @JsonProperty("baseline") String baseline,
    @JsonProperty("history") Boolean history,
    @JsonProperty("api") Api api,
    @JsonProperty("live") Live live) {

  static final ConfigFile EMPTY =
      new ConfigFile(null, null, null, null, null, null, null, null, null, null, null);

  ConfigFile {
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    rules = rules == null ? new Rules(null, null) : rules;
    secrets = secrets == null ? new Secrets(null) : secrets;
    live = live == null ? Live.EMPTY : live;
  }

  Optional<Integer> failBelowValue() {
    return Optional.ofNullable(failBelow);
  }

  Optional<String> failOnValue() {
    return Optional.ofNullable(failOn);
  }

  Optional<String> baselineValue() {
    return Optional.ofNullable(baseline);
  }

  /** Rules to disable and severities to override, by rule id. */
  record Rules(
      @JsonProperty("disable") List<String> disable,
      @JsonProperty("severity") Map<String, String> severity) {
    Rules {
      disable = disable == null ? List.of() : List.copyOf(disable);
      severity = severity == null ? Map.of() : Map.copyOf(severity);
    }
  }

  /** Team-specific secret patterns, validated like the built-in catalog's. */
  record Secrets(@JsonProperty("patterns") List<Map<String, Object>> patterns) {
    Secrets {
      patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }
  }

  /** The API this scan concerns, for history on the dashboard. */
  record Api(@JsonProperty("name") String name, @JsonProperty("version") String version) {}

  /** Limits of the live lens; durations in seconds. */
  record Live(
      @JsonProperty("max-requests") Integer maxRequests,
      @JsonProperty("concurrency") Integer concurrency,
      @JsonProperty("rate") Double rate,
      @JsonProperty("timeout") Double timeout,
      @JsonProperty("max-duration") Double maxDuration,
      @JsonProperty("allow-hosts") List<String> allowHosts,
      @JsonProperty("active") Boolean active) {
    static final Live EMPTY = new Live(null, null, null, null, null, null, null);

    Live {
      allowHosts = allowHosts == null ? List.of() : List.copyOf(allowHosts);
    }
  }
}
