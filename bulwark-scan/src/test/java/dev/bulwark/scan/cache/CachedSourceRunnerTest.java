package dev.bulwark.scan.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Target;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.source.SourceLens;
import dev.bulwark.source.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedSourceRunnerTest {
  /** Built from parts: a test key of the Stripe live format, not a real one. */
  private static final String KEY = "sk_" + "live_" + "51Hq8ZtVxK3mN7pR2wY6cJ4d";

  @TempDir Path root;
  @TempDir Path cacheDir;

  private final Redactor redactor = Redactor.ephemeral();
  private int lensRuns;

  @BeforeEach
  void tree() throws Exception {
    Files.writeString(root.resolve("app.py"), "STRIPE_KEY = \"" + KEY + "\"\n");
    Files.writeString(root.resolve("README.md"), "# demo\n");
  }

  /** The source lens, counting how often it really runs. */
  private LensRunner countingLens() {
    LensRunner lens = SourceLens.runner(root, SourceOptions.defaults());
    return new LensRunner() {
      @Override
      public Target target() {
        return lens.target();
      }

      @Override
      public Set<Category> plannedCategories() {
        return lens.plannedCategories();
      }

      @Override
      public void run(ScanContext context) throws BadTargetException {
        lensRuns++;
        lens.run(context);
      }
    };
  }

  private CollectingScanContext scan() throws Exception {
    CollectingScanContext context = new CollectingScanContext(redactor, RulePolicy.DEFAULT);
    new CachedSourceRunner(
            countingLens(),
            root,
            SourceOptions.defaults(),
            cacheDir,
            new ToolInfo("bulwark", "test"),
            "test build",
            Clock.systemUTC())
        .run(context);
    return context;
  }

  private static List<String> hits(CollectingScanContext context) {
    return context.findings().stream()
        .map(f -> f.ruleId() + "@" + f.location().display() + " " + f.fingerprint())
        .sorted()
        .toList();
  }

  @Test
  void aRepeatScanOfAnUnchangedTreeReadsTheResultInsteadOfAnalysing() throws Exception {
    // given a tree scanned once
    CollectingScanContext first = scan();

    // when it is scanned again without a change
    CollectingScanContext second = scan();

    // then the lens ran once, and the second scan reports exactly what the first did
    assertThat(lensRuns).isEqualTo(1);
    assertThat(hits(first)).isNotEmpty().isEqualTo(hits(second));
    assertThat(second.assessedCategories()).isEqualTo(first.assessedCategories());
    assertThat(second.stats().snapshot()).isEqualTo(first.stats().snapshot());
  }

  @Test
  void aChangedFileMakesTheScanRunAgain() throws Exception {
    // given a tree scanned once
    scan();

    // when one file changes and the tree is scanned again
    Files.writeString(root.resolve("app.py"), "import os\nSTRIPE_KEY = os.environ['STRIPE_KEY']\n");
    CollectingScanContext second = scan();

    // then the lens ran again and the fixed secret is gone
    assertThat(lensRuns).isEqualTo(2);
    assertThat(hits(second)).noneMatch(h -> h.contains("stripe"));
  }

  @Test
  void aNewFileMakesTheScanRunAgain() throws Exception {
    // given a tree scanned once
    scan();

    // when a file is added
    Files.writeString(root.resolve("other.py"), "OTHER_KEY = \"" + KEY + "\"\n");
    CollectingScanContext second = scan();

    // then the lens ran again and sees the new file
    assertThat(lensRuns).isEqualTo(2);
    assertThat(hits(second)).anyMatch(h -> h.contains("other.py"));
  }

  @Test
  void theCacheHoldsNoSecret() throws Exception {
    // given a tree with a key, scanned
    scan();

    // when the cache directory is read
    String all;
    try (Stream<Path> files = Files.list(cacheDir)) {
      all =
          files
              .map(
                  f -> {
                    try {
                      return Files.readString(f);
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .reduce("", String::concat);
    }

    // then it holds the finding but neither the key nor its random part
    assertThat(all).contains("secret-stripe").doesNotContain(KEY).doesNotContain(KEY.substring(8));
  }

  @Test
  void aDamagedCacheEntryIsAMiss() throws Exception {
    // given a scanned tree whose cached report was damaged
    scan();
    try (Stream<Path> files = Files.list(cacheDir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        Files.writeString(f, "{ not json");
      }
    }

    // when it is scanned again
    CollectingScanContext second = scan();

    // then the lens runs and reports as before
    assertThat(lensRuns).isEqualTo(2);
    assertThat(hits(second)).anyMatch(h -> h.contains("secret-stripe"));
  }

  @Test
  void onlyFullTreeAnalysesUseTheCache() {
    // given the options of a full scan, and of the scans the cache does not serve
    SourceOptions full = SourceOptions.defaults();

    // then only the full scan uses the cache
    assertThat(CachedSourceRunner.applies(full)).isTrue();
    assertThat(CachedSourceRunner.applies(full.withSecretsOnly(true))).isFalse();
    assertThat(CachedSourceRunner.applies(full.withHistory(true))).isFalse();
  }

  @Test
  void codeRunFromClassDirectoriesHasNoBuildIdentityAndSoNoCache() {
    // given this test, which runs Bulwark from target/classes (a developer's build)
    // when the build identity is asked for
    // then there is none: a rebuilt module would not change it, so nothing may be reused
    assertThat(CachedSourceRunner.jarBuild(new ToolInfo("bulwark", "test"))).isEmpty();
  }
}
