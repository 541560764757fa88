package dev.bulwark.scan;

import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.Baseline;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.live.LiveOptions;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.spec.SpecOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one scan needs: its targets and each lens's options. Built by the CLI from flags and
 * {@code bulwark.yaml}, and by the MCP server from tool arguments.
 *
 * @param targets directories, OpenAPI files or URLs, and base URLs, in the user's order
 * @param spec the OpenAPI document of a live target, when given apart from the targets
 */
public record ScanSettings(
    List<String> targets,
    Optional<String> spec,
    SourceOptions source,
    SpecOptions specOptions,
    LiveOptions live,
    RulePolicy policy,
    Optional<Baseline> baseline,
    Optional<ApiIdentity> api,
    Optional<Path> cache) {

  public ScanSettings {
    targets = List.copyOf(targets);
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(specOptions, "specOptions");
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(cache, "cache");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a scan needs at least one target");
    }
  }

  /** Settings with every option at its default. */
  public static ScanSettings of(List<String> targets) {
    return new ScanSettings(
        targets,
        Optional.empty(),
        SourceOptions.defaults(),
        SpecOptions.defaults(),
        LiveOptions.defaults(),
        RulePolicy.DEFAULT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public ScanSettings withSpec(Optional<String> value) {
    return new ScanSettings(
        targets, value, source, specOptions, live, policy, baseline, api, cache);
  }

  public ScanSettings withSource(SourceOptions value) {
    return new ScanSettings(targets, spec, value, specOptions, live, policy, baseline, api, cache);
  }

  /** Where source scans keep their last result per directory (none: no cache). */
  public ScanSettings withCache(Optional<Path> value) {
    return new ScanSettings(targets, spec, source, specOptions, live, policy, baseline, api, value);
  }

  public ScanSettings withApi(Optional<ApiIdentity> value) {
    return new ScanSettings(
        targets, spec, source, specOptions, live, policy, baseline, value, cache);
  }
}
