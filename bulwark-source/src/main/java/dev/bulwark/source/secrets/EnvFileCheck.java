package dev.bulwark.source.secrets;

import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.secrets.SecretRules;
import dev.bulwark.source.files.FileKinds;
import dev.bulwark.source.git.GitRepo;
import java.util.Optional;

/**
 * A real {@code .env} file in the tree is itself a finding: either git already tracks it, or no
 * {@code .gitignore} rule covers it (the walk skips ignored files, so every env file it sees is
 * uncovered) and the next {@code git add .} will commit it.
 */
public final class EnvFileCheck {
  private EnvFileCheck() {}

  public static void check(String relative, Optional<GitRepo> repo, ScanContext context) {
    if (!FileKinds.isCommittableSecretsFile(relative)) {
      return;
    }
    boolean tracked = repo.map(r -> r.tracked(relative)).orElse(false);
    String message =
        tracked
            ? relative + " is tracked by git: its values are in every clone and in history"
            : relative + " is not covered by .gitignore: the next `git add .` commits it";
    context.report(
        Finding.builder(SecretRules.ENV_FILE_COMMITTED, SourceLocation.of(relative, 1, 1))
            .message(message)
            .evidence(Evidence.snippet(FileKinds.name(relative)))
            .anchor(FileKinds.name(relative))
            .build());
  }
}
