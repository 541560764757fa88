package dev.bulwark.live.checks.exposure;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files that must never be served: {@code .env}, the git metadata, database dumps. The content is
 * checked, so a catch-all route answering 200 to every path is not a finding.
 */
public final class SensitiveFileExposed implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-sensitive-file-exposed")
          .title("Sensitive file served over HTTP")
          .lens(Lens.LIVE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(538, 527)
          .severity(Severity.CRITICAL)
          .remediation(
              "Serve only a dedicated static directory, never the project root; keep .env and .git"
                  + " outside it and rotate any secret the file held.")
          .build();

  /** A path and what its content looks like when it really is that file. */
  record Probe(String path, Pattern content) {}

  static final List<Probe> PROBES =
      List.of(
          new Probe("/.env", Pattern.compile("(?m)^[A-Z][A-Z0-9_]{2,60}=\\S*")),
          new Probe("/.git/config", Pattern.compile("\\[core\\]|repositoryformatversion")),
          new Probe("/.git/HEAD", Pattern.compile("^ref: refs/")),
          new Probe("/backup.sql", Pattern.compile("(?i)CREATE TABLE|INSERT INTO")),
          new Probe("/.aws/credentials", Pattern.compile("aws_access_key_id")));

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    for (Probe probe : PROBES) {
      Optional<Exchange> answer = context.send(ProbeRequest.get(probe.path(), META.id()));
      if (answer.isEmpty() || !answer.get().succeeded()) {
        continue;
      }
      String body = answer.get().body();
      Matcher m = probe.content().matcher(body);
      if (m.find() && !answer.get().response().get().contentType().contains("html")) {
        context
            .finding(META, answer.get())
            .message(probe.path() + " is served")
            .excerpt(Excerpts.head(body.substring(m.start())).replaceAll("=(\\S{4})\\S*", "=$1…"))
            .anchor(probe.path())
            .report();
      }
    }
  }
}
