package dev.bulwark.report;

import dev.bulwark.core.Category;
import dev.bulwark.core.CategoryScore;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terminal report: score and category bars, findings worst first as {@code file:line:col}, then
 * suppressions and errors. Scanned text is stripped of control characters, so the only escapes in
 * the output are the colours this class adds when {@code ctx.color()}.
 */
public final class TextReporter implements Reporter {

  private static final int BAR_WIDTH = 20;

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public void write(ScanResult r, ReportContext ctx, OutputStream out) throws IOException {
    Ansi ansi = new Ansi(ctx.color());
    StringBuilder b = new StringBuilder(8_192);
    header(b, r, ansi);
    categories(b, r, ansi);
    findings(b, r.findings(), ansi);
    suppressed(b, r.suppressed());
    errors(b, r.errors(), ansi);
    b.append(
            ansi.dim(
                String.format(
                    Locale.ROOT,
                    "scanned %s, %s, %s, %s",
                    plural(r.stats().files(), "file"),
                    plural(r.stats().bytes(), "byte"),
                    plural(r.stats().requests(), "request")
                        + (r.stats().requestBudget() > 0
                            ? " (budget " + r.stats().requestBudget() + ")"
                            : ""),
                    plural(r.stats().operations(), "operation"))))
        .append('\n');
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void header(StringBuilder b, ScanResult r, Ansi ansi) {
    b.append(ansi.bold(Texts.line(r.tool().name() + " " + r.tool().version())))
        .append("  score ")
        .append(ansi.grade(r.score().grade(), r.score().value() + "/100"))
        .append("  grade ")
        .append(ansi.grade(r.score().grade(), r.score().grade().name()))
        .append('\n');
    b.append(
            ansi.dim(
                Texts.line(
                    "scan "
                        + r.scanId()
                        + " · "
                        + r.durationMs()
                        + " ms · "
                        + r.targets().stream()
                            .map(t -> t.kind().id() + " " + t.ref())
                            .collect(Collectors.joining(", ")))))
        .append('\n');
    for (String cap : r.score().caps()) {
      b.append("  capped: ").append(Texts.line(cap)).append('\n');
    }
    r.baseline()
        .ifPresent(
            base ->
                b.append(
                        Texts.line(
                            String.format(
                                Locale.ROOT,
                                "baseline %s: %d new, %d accepted; new findings score %d/100 (%s)",
                                base.file(),
                                base.newFindings(),
                                base.acceptedFindings(),
                                base.score().value(),
                                base.score().grade())))
                    .append('\n'));
    b.append('\n');
  }

  private static void categories(StringBuilder b, ScanResult r, Ansi ansi) {
    for (Category c : Category.values()) {
      CategoryScore cs = r.score().categories().get(c);
      if (cs == null) {
        continue;
      }
      b.append(String.format(Locale.ROOT, "  %-30s ", c.title()));
      if (cs.score().isPresent()) {
        int value = cs.score().getAsInt();
        int filled = Math.round(value * BAR_WIDTH / 100f);
        b.append('[')
            .append("#".repeat(filled))
            .append(ansi.dim(".".repeat(BAR_WIDTH - filled)))
            .append(']')
            .append(String.format(Locale.ROOT, " %3d", value));
        if (cs.findings() > 0) {
          b.append("  ").append(plural(cs.findings(), "finding"));
        }
      } else {
        b.append(ansi.dim("not assessed"));
      }
      b.append('\n');
    }
    b.append('\n');
  }

  private static void findings(StringBuilder b, List<Finding> findings, Ansi ansi) {
    if (findings.isEmpty()) {
      b.append("No findings.\n");
      return;
    }
    Map<Severity, List<Finding>> bySeverity = new EnumMap<>(Severity.class);
    findings.forEach(f -> bySeverity.computeIfAbsent(f.severity(), s -> new ArrayList<>()).add(f));
    for (Map.Entry<Severity, List<Finding>> group : bySeverity.entrySet()) {
      b.append(ansi.severity(group.getKey(), group.getKey().name()))
          .append(" (")
          .append(group.getValue().size())
          .append(")\n");
      for (Finding f : group.getValue()) {
        finding(b, f, ansi);
      }
      b.append('\n');
    }
    b.append(plural(findings.size(), "finding")).append('\n');
  }

  private static void finding(StringBuilder b, Finding f, Ansi ansi) {
    b.append("  ")
        .append(ansi.bold(Texts.where(f)))
        .append("  ")
        .append(ansi.severity(f.severity(), f.severity().id()))
        .append("  ")
        .append(Texts.line(f.title()))
        .append("  ")
        .append(ansi.dim("[" + f.ruleId() + "]"))
        .append('\n');
    b.append("      ").append(Texts.line(f.message())).append('\n');
    f.evidence()
        .ifPresent(e -> b.append("      evidence: ").append(Texts.line(e.text())).append('\n'));
    for (FlowStep s : f.flow()) {
      b.append("      flow: ")
          .append(Texts.line(s.file() + ":" + s.line() + " " + s.note()))
          .append('\n');
    }
    f.proof()
        .ifPresent(
            p ->
                b.append("      proof: ")
                    .append(Texts.line(p.request() + " -> " + p.status()))
                    .append('\n'));
    b.append("      fix: ").append(Texts.line(firstSentence(f.remediation()))).append('\n');
  }

  private static void suppressed(StringBuilder b, List<SuppressedFinding> suppressed) {
    if (suppressed.isEmpty()) {
      return;
    }
    Map<Suppression.Kind, Long> byKind =
        suppressed.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.suppression().kind(),
                    () -> new EnumMap<>(Suppression.Kind.class),
                    Collectors.counting()));
    b.append(suppressed.size())
        .append(" suppressed (")
        .append(
            byKind.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().id())
                .collect(Collectors.joining(", ")))
        .append(")\n");
  }

  private static void errors(StringBuilder b, List<ScanError> errors, Ansi ansi) {
    if (errors.isEmpty()) {
      return;
    }
    b.append(ansi.bold(plural(errors.size(), "error"))).append(":\n");
    for (ScanError e : errors) {
      b.append("  ")
          .append(Texts.line(e.source()))
          .append(": ")
          .append(Texts.line(e.message()))
          .append('\n');
    }
  }

  /** The first sentence: a period, a space, then a capital; "e.g." and "i.e." do not end one. */
  static String firstSentence(String text) {
    for (int i = 0; i + 2 < text.length(); i++) {
      if (text.charAt(i) == '.'
          && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))
          && !endsWithAbbreviation(text, i)) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  private static boolean endsWithAbbreviation(String text, int period) {
    if (period > 0 && text.charAt(period - 1) == '.') {
      return true; // an ellipsis, as in "ALTER USER ... PASSWORD"
    }
    String before = text.substring(Math.max(0, period - 3), period + 1);
    return before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith("etc.");
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
