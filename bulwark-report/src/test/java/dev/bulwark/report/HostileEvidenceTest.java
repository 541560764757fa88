package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileEvidenceTest {

  private static final int BOUND = 200_000;

  @Test
  void htmlEscapesMarkupAndDropsControlCharacters() {
    // given findings whose evidence, message, path and proof hold markup, ANSI escapes and 1 MB
    // when rendered as HTML
    String html = Render.render("html", HostileSamples.result());
    // then no planted tag survives, no escape character is written, and the size stays bounded
    assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<img", "<b>");
    assertThat(html).contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
    assertThat(html).doesNotContain("\u001b", "\u0007");
    assertThat(html).doesNotContain("A".repeat(Texts.MAX_FIELD + 10));
    assertThat(html.length()).isLessThan(BOUND);
    assertThat(html).doesNotContain("http://evil.example\"");
  }

  @Test
  void markdownEscapesPipesBackticksAndHtml() {
    String md = Render.render("markdown", HostileSamples.result());
    assertThat(md.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<img", "<b>");
    assertThat(md).doesNotContain("\u001b", "`code`", "@octocat", "[link](");
    assertThat(md).contains("\\`code\\` \\| pipe \\|");
    assertThat(md.length()).isLessThan(BOUND);
    // every table row keeps its four columns: no unescaped pipe inside a cell
    md.lines()
        .filter(l -> l.startsWith("| **"))
        .forEach(
            row -> assertThat(row.replace("\\|", "").chars().filter(c -> c == '|')).hasSize(5));
  }

  @Test
  void markdownStaysUnderGithubsCommentLimitForLargeResults() {
    // given a result with more findings than a comment can hold
    String md = Render.render("markdown", ReportBench.large(2_000));
    // then the comment fits and says where the rest is
    assertThat(md.length()).isLessThan(65_536);
    assertThat(md).contains("more not shown", "more findings are in the full report");
  }

  @Test
  void textWithoutColourIsOnlyPrintableText() {
    String text = Render.render("text", HostileSamples.result());
    assertThat(text.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    assertThat(text.length()).isLessThan(BOUND);
  }

  @Test
  void textWithColourHoldsOnlyItsOwnColourCodes() {
    String text =
        Render.render("text", HostileSamples.result(), SampleResults.context().withColor(true));
    // the only escapes are SGR colour codes this module writes: ESC [ digits/semicolons m
    String withoutOwnCodes = text.replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(withoutOwnCodes.chars().filter(c -> c != '\n' && Character.isISOControl(c)))
        .isEmpty();
    assertThat(text).doesNotContain("\u001b[2J", "\u001b]0;");
  }

  @Test
  void junitStaysWellFormedXml() throws Exception {
    String xml = Render.render("junit", HostileSamples.result());
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(xml).doesNotContain("<script", "\u001b");
    assertThat(xml.length()).isLessThan(BOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "sarif"})
  void structuredFormatsStayValidJson(String format) throws Exception {
    String json = Render.render(format, HostileSamples.result());
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)).isNotNull();
    // JSON escapes control characters; it carries the raw text as data, never as markup
    assertThat(json).doesNotContain("\u001b");
  }
}
