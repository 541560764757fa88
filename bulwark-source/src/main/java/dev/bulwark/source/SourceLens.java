package dev.bulwark.source;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.Target;
import dev.bulwark.secrets.CatalogException;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.source.git.ChangeScan;
import dev.bulwark.source.git.GitRepo;
import dev.bulwark.source.git.HistoryScan;
import dev.bulwark.source.python.PythonAnalysis;
import dev.bulwark.source.secrets.TreeSecretScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The source lens: walks a directory (in parallel, streaming), runs the secrets engine over every
 * text file, optionally over the git history or only over what changed, then hands the Python and
 * env files to the Python analysis.
 */
public final class SourceLens {
  private SourceLens() {}

  public static LensRunner runner(Path root, SourceOptions options) {
    return new LensRunner() {
      @Override
      public Target target() {
        return new Target(Lens.SOURCE, root.toString());
      }

      @Override
      public Set<Category> plannedCategories() {
        return EnumSet.of(Category.DATA_EXPOSURE, Category.AUTHENTICATION);
      }

      @Override
      public void run(ScanContext context) throws BadTargetException {
        if (!Files.isDirectory(root)) {
          throw new BadTargetException(root + ": not a directory");
        }
        SecretEngine engine = engine(options);
        context.assessed(Category.DATA_EXPOSURE);
        Optional<GitRepo> repo = GitRepo.find(root);
        try {
          List<SourceFile> pythonFiles = scan(root, options, engine, context, repo);
          if (options.history()) {
            requireGit(repo, "--history");
            new HistoryScan(repo.get(), engine, context).run();
          }
          if (!options.secretsOnly()) {
            analyzePython(root, pythonFiles, context);
          }
        } catch (IOException e) {
          context.error(ScanError.of(root.toString(), e));
        } finally {
          repo.ifPresent(GitRepo::close);
        }
      }
    };
  }

  /** The secrets engine for these options: the built-in catalog plus the team's patterns. */
  public static SecretEngine engine(SourceOptions options) throws BadTargetException {
    try {
      return SecretEngine.builtIn().withCustom(options.customPatterns());
    } catch (CatalogException e) {
      throw new BadTargetException(e.getMessage());
    }
  }

  private static List<SourceFile> scan(
      Path root,
      SourceOptions options,
      SecretEngine engine,
      ScanContext context,
      Optional<GitRepo> repo)
      throws IOException, BadTargetException {
    if (options.staged() || options.since().isPresent()) {
      requireGit(repo, options.staged() ? "--staged" : "--since");
      ChangeScan changes = new ChangeScan(repo.get(), engine, context);
      return options.staged() ? changes.staged() : changes.since(options.since().get());
    }
    return new TreeSecretScan(root, engine, context, repo)
        .run(options.include(), options.exclude(), options.effectiveThreads());
  }

  private static void requireGit(Optional<GitRepo> repo, String option) throws BadTargetException {
    if (repo.isEmpty() || !repo.get().opens()) {
      throw new BadTargetException(option + " needs a git repository, and none holds this path");
    }
  }

  private static void analyzePython(Path root, List<SourceFile> files, ScanContext context) {
    try {
      PythonAnalysis.analyze(root, files, context);
    } catch (RuntimeException e) {
      context.error(ScanError.of("python-analysis", e));
    }
  }
}
