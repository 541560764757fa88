package dev.bulwark.report;

import dev.bulwark.core.Category;
import dev.bulwark.core.CategoryScore;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SuppressedFinding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML so any CI lists the findings: one testsuite per assessed category, one testcase per
 * rule and location, a failure per finding, suppressed findings as skipped.
 */
public final class JunitReporter implements Reporter {

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String extension() {
    return "xml";
  }

  /** The cases of one category: rule + location to the findings and suppressions there. */
  private record Case(List<Finding> failures, List<SuppressedFinding> skipped) {}

  @Override
  public void write(ScanResult result, ReportContext ctx, OutputStream out) throws IOException {
    Map<Category, Map<String, Case>> suites = new EnumMap<>(Category.class);
    result
        .score()
        .categories()
        .forEach(
            (category, cs) -> {
              if (cs.assessed()) {
                suites.put(category, new LinkedHashMap<>());
              }
            });
    for (Finding f : result.findings()) {
      caseFor(suites, f).failures().add(f);
    }
    for (SuppressedFinding s : result.suppressed()) {
      caseFor(suites, s.finding()).skipped().add(s);
    }
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "bulwark");
      xml.writeAttribute("tests", String.valueOf(countCases(suites)));
      xml.writeAttribute("failures", String.valueOf(result.findings().size()));
      xml.writeAttribute("errors", String.valueOf(result.errors().size()));
      xml.writeAttribute("skipped", String.valueOf(result.suppressed().size()));
      for (Map.Entry<Category, Map<String, Case>> suite : suites.entrySet()) {
        writeSuite(xml, suite.getKey(), suite.getValue(), result);
      }
      if (!result.errors().isEmpty()) {
        writeErrors(xml, result.errors());
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
    }
    out.flush();
  }

  private static Case caseFor(Map<Category, Map<String, Case>> suites, Finding f) {
    return suites
        .computeIfAbsent(f.category(), c -> new LinkedHashMap<>())
        .computeIfAbsent(caseName(f), k -> new Case(new ArrayList<>(), new ArrayList<>()));
  }

  private static String caseName(Finding f) {
    return f.ruleId() + " @ " + Texts.where(f);
  }

  private static int countCases(Map<Category, Map<String, Case>> suites) {
    return suites.values().stream().mapToInt(cases -> Math.max(1, cases.size())).sum();
  }

  private static void writeSuite(
      XMLStreamWriter xml, Category category, Map<String, Case> cases, ScanResult result)
      throws XMLStreamException {
    int failures = cases.values().stream().mapToInt(c -> c.failures().size()).sum();
    int skipped =
        (int)
            cases.values().stream()
                .filter(c -> c.failures().isEmpty() && !c.skipped().isEmpty())
                .count();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", category.id());
    xml.writeAttribute("tests", String.valueOf(Math.max(1, cases.size())));
    xml.writeAttribute("failures", String.valueOf(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(skipped));
    xml.writeAttribute("timestamp", result.startedAt().toString());
    CategoryScore cs = result.score().categories().get(category);
    if (cs != null && cs.score().isPresent()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("properties");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", "score");
      xml.writeAttribute("value", String.valueOf(cs.score().getAsInt()));
      xml.writeEndElement();
    }
    if (cases.isEmpty()) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("testcase");
      xml.writeAttribute("name", "no findings");
      xml.writeAttribute("classname", "bulwark." + category.id());
    }
    for (Map.Entry<String, Case> c : cases.entrySet()) {
      writeCase(xml, category, c.getKey(), c.getValue());
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void writeCase(XMLStreamWriter xml, Category category, String name, Case c)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", XmlText.clean(name));
    xml.writeAttribute("classname", "bulwark." + category.id());
    for (Finding f : c.failures()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("message", XmlText.clean(f.title() + ": " + Texts.line(f.message())));
      xml.writeAttribute("type", f.severity().id());
      xml.writeCharacters(XmlText.clean(body(f)));
      xml.writeEndElement();
    }
    if (c.failures().isEmpty()) {
      for (SuppressedFinding s : c.skipped()) {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("skipped");
        xml.writeAttribute(
            "message",
            XmlText.clean(
                "suppressed ("
                    + s.suppression().kind().id()
                    + "): "
                    + Texts.line(s.suppression().reason())));
      }
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static String body(Finding f) {
    StringBuilder b = new StringBuilder();
    b.append(f.severity().id())
        .append(' ')
        .append(f.ruleId())
        .append(" at ")
        .append(Texts.where(f));
    b.append("\nfingerprint: ").append(f.fingerprint());
    b.append('\n').append(Texts.line(f.message()));
    f.evidence().ifPresent(e -> b.append("\nevidence: ").append(Texts.line(e.text())));
    b.append("\nremediation: ").append(Texts.line(f.remediation()));
    return b.toString();
  }

  private static void writeErrors(XMLStreamWriter xml, List<ScanError> errors)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "scan-errors");
    xml.writeAttribute("tests", "0");
    xml.writeAttribute("failures", "0");
    xml.writeAttribute("errors", String.valueOf(errors.size()));
    xml.writeAttribute("skipped", "0");
    xml.writeCharacters("\n    ");
    xml.writeStartElement("system-err");
    StringBuilder text = new StringBuilder();
    for (ScanError e : errors) {
      text.append('\n').append(Texts.line(e.source())).append(": ").append(Texts.line(e.message()));
    }
    text.append("\n    ");
    xml.writeCharacters(XmlText.clean(text.toString()));
    xml.writeEndElement();
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }
}
