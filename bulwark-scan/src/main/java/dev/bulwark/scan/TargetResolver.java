package dev.bulwark.scan;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.live.LiveLens;
import dev.bulwark.scan.cache.CachedSourceRunner;
import dev.bulwark.source.SourceLens;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.SpecLens;
import dev.bulwark.spec.SpecLoader;
import dev.bulwark.spec.model.ApiModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which lens looks at each target: a directory is source, a file (or a URL ending in {@code
 * .json}/{@code .yaml}/{@code .yml}) is an API document, any other {@code http(s)} URL is a live
 * API.
 */
public final class TargetResolver {
  private TargetResolver() {}

  /** The lens runners for the settings' targets; source scans use the cache when it is set. */
  public static List<LensRunner> resolve(ScanSettings settings, ToolInfo tool, Clock clock)
      throws BadTargetException {
    List<LensRunner> runners = new ArrayList<>();
    // The --spec document is loaded once: the live lens probes its operations, the spec lens
    // audits it.
    Optional<SpecDocument> spec = Optional.empty();
    if (settings.spec().isPresent()) {
      spec = Optional.of(SpecLoader.loadDocument(settings.spec().get(), settings.specOptions()));
    }
    Optional<ApiModel> model = spec.map(SpecDocument::model);
    for (String target : settings.targets()) {
      if (isUrl(target) && !looksLikeDocument(target)) {
        runners.add(LiveLens.runner(parseUrl(target), model, settings.live()));
      } else if (isUrl(target)) {
        runners.add(SpecLens.runner(target, settings.specOptions()));
      } else {
        Path path = localPath(target);
        if (Files.isDirectory(path)) {
          LensRunner source = SourceLens.runner(path, settings.source());
          Optional<String> build = CachedSourceRunner.jarBuild(tool);
          if (settings.cache().isPresent()
              && build.isPresent()
              && CachedSourceRunner.applies(settings.source())) {
            source =
                new CachedSourceRunner(
                    source,
                    path,
                    settings.source(),
                    settings.cache().get(),
                    tool,
                    build.get(),
                    clock);
          }
          runners.add(source);
        } else if (Files.isRegularFile(path)) {
          if (!Files.isReadable(path)) {
            throw new BadTargetException(target + ": file is not readable");
          }
          runners.add(SpecLens.runner(target, settings.specOptions()));
        } else {
          throw new BadTargetException(target + ": no such file or directory");
        }
      }
    }
    // A --spec given with a live target is scanned by the spec lens too, unless already a target.
    if (spec.isPresent() && !settings.targets().contains(settings.spec().get())) {
      runners.add(SpecLens.runner(spec.get()));
    }
    return runners;
  }

  static boolean isUrl(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  static boolean looksLikeDocument(String url) {
    String path = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    return path.endsWith(".json") || path.endsWith(".yaml") || path.endsWith(".yml");
  }

  private static URI parseUrl(String target) throws BadTargetException {
    try {
      URI uri = new URI(target);
      if (uri.getHost() == null) {
        throw new BadTargetException(target + ": URL has no host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new BadTargetException(target + ": not a valid URL (" + e.getReason() + ")");
    }
  }

  private static Path localPath(String target) throws BadTargetException {
    try {
      return Path.of(target);
    } catch (InvalidPathException e) {
      throw new BadTargetException(target + ": not a valid path");
    }
  }
}
