package dev.bulwark.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.HistoryRef;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitScanTest {
  @TempDir Path root;

  private final PersonIdent author = new PersonIdent("Dev One", "dev@example.test");

  private Git init() throws Exception {
    return Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
  }

  private RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit()
        .setMessage(message)
        .setAuthor(author)
        .setCommitter(author)
        .setSign(false)
        .call();
  }

  private void write(String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private CollectingScanContext scan(SourceOptions options) throws Exception {
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    SourceLens.runner(root, options).run(context);
    return context;
  }

  private static List<String> hits(CollectingScanContext context) {
    return context.findings().stream()
        .map(f -> f.ruleId() + "@" + f.location().file() + ":" + f.location().line())
        .sorted()
        .collect(Collectors.toList());
  }

  private static HistoryRef history(Finding f) {
    return ((SourceLocation) f.location()).history().orElseThrow();
  }

  @Test
  void historyFindsASecretThatWasCommittedThenDeleted() throws Exception {
    try (Git git = init()) {
      write("app.py", "print('hi')\n");
      commit(git, "start");
      write("config.py", "import os\n\nSTRIPE = \"" + Keys.STRIPE_LIVE + "\"\n");
      RevCommit leaked = commit(git, "add config");
      Files.delete(root.resolve("config.py"));
      commit(git, "remove config");

      CollectingScanContext context = scan(SourceOptions.defaults().withHistory(true));

      assertThat(hits(context)).containsExactly("secret-stripe-live-secret-key@config.py:3");
      HistoryRef ref = history(context.findings().get(0));
      assertThat(ref.commit()).isEqualTo(leaked.getName());
      assertThat(ref.author()).isEqualTo("Dev One");
      assertThat(ref.presentAtHead()).isFalse();
      assertThat(context.findings().get(0).toString()).doesNotContain(Keys.STRIPE_LIVE);
    }
  }

  @Test
  void historyCoversEveryBranchAndSaysWhenTheSecretIsStillAtHead() throws Exception {
    try (Git git = init()) {
      write("app.py", "TOKEN = \"" + Keys.GITHUB + "\"\n");
      commit(git, "start");
      git.checkout().setCreateBranch(true).setName("feature").call();
      write("feature.py", "x = 1\nKEY = \"" + Keys.AWS_ID + "\"\n");
      commit(git, "feature work");
      git.checkout().setName("main").call();

      CollectingScanContext context = scan(SourceOptions.defaults().withHistory(true));

      List<Finding> fromHistory =
          context.findings().stream()
              .filter(f -> ((SourceLocation) f.location()).history().isPresent())
              .toList();
      assertThat(fromHistory)
          .extracting(
              f ->
                  f.location().file()
                      + ":"
                      + f.location().line()
                      + ":"
                      + history(f).presentAtHead())
          .containsExactlyInAnyOrder("app.py:1:true", "feature.py:2:false");
    }
  }

  @Test
  void stagedScansOnlyWhatIsStaged() throws Exception {
    try (Git git = init()) {
      write("app.py", "x = 1\n");
      commit(git, "start");
      write("app.py", "x = 1\nKEY = \"" + Keys.STRIPE_LIVE + "\"\n");
      write("notes.txt", "token " + Keys.GITHUB + "\n");
      git.add().addFilepattern("app.py").call();

      CollectingScanContext context = scan(SourceOptions.defaults().withStaged(true));

      assertThat(hits(context)).containsExactly("secret-stripe-live-secret-key@app.py:2");
    }
  }

  @Test
  void sinceScansLinesAddedAfterTheRefCommittedOrNot() throws Exception {
    try (Git git = init()) {
      write("old.py", "KEY = \"" + Keys.AWS_ID + "\"\n");
      RevCommit base = commit(git, "base");
      write("new.py", "a = 1\nKEY = \"" + Keys.STRIPE_LIVE + "\"\n");
      commit(git, "more");
      write("old.py", "KEY = \"" + Keys.AWS_ID + "\"\nSLACK = \"" + Keys.SLACK_BOT + "\"\n");

      CollectingScanContext context = scan(SourceOptions.defaults().withSince(base.getName()));

      assertThat(hits(context))
          .containsExactly(
              "secret-slack-bot-token@old.py:2", "secret-stripe-live-secret-key@new.py:2");
    }
  }

  @Test
  void trackedEnvFileIsReportedAsTracked() throws Exception {
    try (Git git = init()) {
      write(".env", "DEBUG=1\n");
      commit(git, "oops");

      CollectingScanContext context = scan(SourceOptions.defaults());

      assertThat(context.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("env-file-committed");
                assertThat(f.message()).contains("tracked by git");
              });
    }
  }

  @Test
  void corruptObjectIsOneErrorAndTheScanFinishes() throws Exception {
    try (Git git = init()) {
      write("a.py", "x = 1\n");
      write("b.py", "KEY = \"" + Keys.GITHUB + "\"\n");
      commit(git, "start");
      String blob = git.getRepository().resolve("HEAD:a.py").getName();
      Path object = root.resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2));
      object.toFile().setWritable(true);
      Files.write(object, new byte[] {1, 2, 3, 4, 5});

      CollectingScanContext context = scan(SourceOptions.defaults().withHistory(true));

      assertThat(context.errors()).hasSize(1);
      assertThat(context.errors().get(0).source()).contains("a.py");
      assertThat(hits(context)).contains("secret-github-personal-access-token@b.py:1");
    }
  }

  @Test
  void historyWithoutARepositoryIsABadTarget() {
    assertThatThrownBy(() -> scan(SourceOptions.defaults().withHistory(true)))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("git repository");
  }

  @Test
  void fileCountIsKeptForTheWorkTree() throws Exception {
    try (Git git = init()) {
      write("a.py", "x = 1\n");
      commit(git, "start");
      try (Stream<Path> files = Files.list(root)) {
        assertThat(files.count()).isEqualTo(2);
      }
      assertThat(scan(SourceOptions.defaults()).stats().snapshot().files()).isEqualTo(1);
    }
  }
}
