package dev.bulwark.source.python;

import dev.bulwark.core.Finding;
import dev.bulwark.core.InlineIgnore;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.core.Suppression;
import dev.bulwark.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Hands each line of a {@code .env} / {@code .flaskenv} file to the rules that read them. */
final class EnvFiles {
  private static final long MAX_BYTES = 1024 * 1024;

  private EnvFiles() {}

  static void scan(SourceFile file, List<PythonRule> rules, ScanContext context) {
    List<String> lines;
    try {
      if (Files.size(file.absolute()) > MAX_BYTES) {
        return;
      }
      lines =
          new String(Files.readAllBytes(file.absolute()), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      context.error(ScanError.of(file.relative(), e));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String text = lines.get(i);
      for (PythonRule rule : rules) {
        rule.visitEnvLine(
            file.relative(),
            lineNo,
            text,
            (meta, line, message) -> {
              Finding f =
                  Finding.builder(meta, SourceLocation.of(file.relative(), line, 1))
                      .message(message)
                      .evidence(dev.bulwark.core.Evidence.snippet(text))
                      .build();
              Optional<InlineIgnore> ignore = ignore(lines, line, meta.id());
              if (ignore.isPresent()) {
                context.suppress(
                    f,
                    new Suppression(
                        Suppression.Kind.INLINE,
                        ignore.get().reason(),
                        ignore.get().expires(),
                        file.relative() + ":" + line));
              } else {
                context.report(f);
              }
            });
      }
    }
  }

  private static Optional<InlineIgnore> ignore(List<String> lines, int line, String ruleId) {
    for (int l = line; l >= Math.max(1, line - 1); l--) {
      Optional<InlineIgnore> i = InlineIgnore.parse(lines.get(l - 1)).filter(x -> x.covers(ruleId));
      if (i.isPresent()) {
        return i;
      }
    }
    return Optional.empty();
  }
}
