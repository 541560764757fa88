package dev.bulwark.report;

import static dev.bulwark.report.MarkdownText.html;
import static dev.bulwark.report.MarkdownText.md;

import dev.bulwark.core.Category;
import dev.bulwark.core.CategoryScore;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SuppressedFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A markdown summary for pull-request comments. */
public final class MarkdownReporter implements Reporter {

  /** Past this many findings (or suppressions), the table is cut. */
  static final int MAX_ROWS = 100;

  /**
   * GitHub refuses comments over 65,536 characters; details stop well before, leaving room for the
   * suppressed and error sections.
   */
  static final int DETAILS_BUDGET = 45_000;

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public void write(ScanResult r, ReportContext ctx, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder(8_192);
    b.append("## Bulwark: ")
        .append(r.score().value())
        .append("/100 (grade ")
        .append(r.score().grade())
        .append(")\n\n");
    r.baseline()
        .ifPresent(
            base ->
                b.append("> Baseline ")
                    .append(md(base.file()))
                    .append(": ")
                    .append(base.newFindings())
                    .append(" new, ")
                    .append(base.acceptedFindings())
                    .append(" accepted; score of the new findings ")
                    .append(base.score().value())
                    .append("/100 (grade ")
                    .append(base.score().grade())
                    .append(")\n\n"));
    for (String cap : r.score().caps()) {
      b.append("- ").append(md(cap)).append('\n');
    }
    if (!r.score().caps().isEmpty()) {
      b.append('\n');
    }
    categories(b, r);
    findings(b, r);
    suppressed(b, r);
    errors(b, r);
    b.append("<sub>")
        .append(html(r.tool().name() + " " + r.tool().version()))
        .append(" · scan ")
        .append(html(r.scanId()))
        .append("</sub>\n");
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void categories(StringBuilder b, ScanResult r) {
    b.append("| Category | Score | Findings |\n|---|---:|---:|\n");
    for (Category c : Category.values()) {
      CategoryScore cs = r.score().categories().get(c);
      if (cs == null) {
        continue;
      }
      b.append("| ")
          .append(md(c.title()))
          .append(" | ")
          .append(cs.score().isPresent() ? String.valueOf(cs.score().getAsInt()) : "_not assessed_")
          .append(" | ")
          .append(cs.findings())
          .append(" |\n");
    }
    b.append('\n');
  }

  private static void findings(StringBuilder b, ScanResult r) {
    b.append("### Findings (").append(r.findings().size()).append(")\n\n");
    if (r.findings().isEmpty()) {
      b.append("No findings.\n\n");
      return;
    }
    b.append("| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
    int shown = Math.min(MAX_ROWS, r.findings().size());
    for (Finding f : r.findings().subList(0, shown)) {
      b.append("| **")
          .append(f.severity().id())
          .append("** | ")
          .append(md(f.ruleId()))
          .append(" | ")
          .append(md(Texts.where(f)))
          .append(" | ")
          .append(md(f.message()))
          .append(" |\n");
    }
    if (shown < r.findings().size()) {
      b.append("\n_").append(r.findings().size() - shown).append(" more not shown._\n");
    }
    b.append('\n');
    int detailed = 0;
    for (Finding f : r.findings().subList(0, shown)) {
      if (b.length() > DETAILS_BUDGET) {
        break;
      }
      details(b, f);
      detailed++;
    }
    if (detailed < r.findings().size()) {
      b.append("_Details of ")
          .append(r.findings().size() - detailed)
          .append(" more findings are in the full report._\n\n");
    }
  }

  private static void details(StringBuilder b, Finding f) {
    b.append("<details><summary>")
        .append(f.severity().name())
        .append(' ')
        .append(html(f.ruleId()))
        .append(" at ")
        .append(html(Texts.where(f)))
        .append("</summary>\n\n");
    b.append("**").append(md(f.title())).append("**: ").append(md(f.message())).append("\n\n");
    f.evidence().ifPresent(e -> b.append("Evidence: ").append(md(e.text())).append("\n\n"));
    b.append("Fix: ").append(md(f.remediation())).append("\n\n");
    for (FlowStep s : f.flow()) {
      b.append("1. ").append(md(s.file() + ":" + s.line() + " " + s.note())).append('\n');
    }
    if (!f.flow().isEmpty()) {
      b.append('\n');
    }
    f.proof()
        .ifPresent(
            p ->
                b.append("Proof: ")
                    .append(md(p.request() + " → " + p.status() + ": " + p.excerpt()))
                    .append("\n\n"));
    b.append("Fingerprint: ").append(md(f.fingerprint())).append("\n\n</details>\n\n");
  }

  private static void suppressed(StringBuilder b, ScanResult r) {
    if (r.suppressed().isEmpty()) {
      return;
    }
    b.append("### Suppressed (").append(r.suppressed().size()).append(")\n\n");
    b.append("| Rule | Location | How | Reason | Expires |\n|---|---|---|---|---|\n");
    for (SuppressedFinding s :
        r.suppressed().subList(0, Math.min(MAX_ROWS, r.suppressed().size()))) {
      b.append("| ")
          .append(md(s.finding().ruleId()))
          .append(" | ")
          .append(md(Texts.where(s.finding())))
          .append(" | ")
          .append(s.suppression().kind().id())
          .append(" | ")
          .append(md(s.suppression().reason()))
          .append(" | ")
          .append(s.suppression().expires().map(Object::toString).orElse("never"))
          .append(" |\n");
    }
    b.append('\n');
  }

  private static void errors(StringBuilder b, ScanResult r) {
    if (r.errors().isEmpty()) {
      return;
    }
    b.append("### Errors (").append(r.errors().size()).append(")\n\n");
    for (ScanError e : r.errors()) {
      b.append("- ").append(md(e.source())).append(": ").append(md(e.message())).append('\n');
    }
    b.append('\n');
  }
}
