package dev.bulwark.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a report needs to know about a rule, kept beside the rule's code as a constant. The
 * long explanation lives in {@code bulwark/rules/<id>.md} on the classpath (see {@link RuleDocs}).
 *
 * @param id kebab-case, never reused once published
 * @param title one line, sentence case, no trailing period
 * @param lens which lens runs the rule
 * @param category one of the 12 categories
 * @param owasp OWASP API Top 10 (2023) entries, most relevant first
 * @param cwe CWE ids, most specific first
 * @param severity default severity (a configuration may override it)
 * @param confidence default confidence
 * @param remediation one or two sentences saying how to fix it (the doc has the code example)
 */
public record RuleMeta(
    String id,
    String title,
    Lens lens,
    Category category,
    List<OwaspApi2023> owasp,
    List<Integer> cwe,
    Severity severity,
    Confidence confidence,
    String remediation) {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public RuleMeta {
    Objects.requireNonNull(id, "id");
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(category, "category");
    owasp = List.copyOf(owasp);
    cwe = List.copyOf(cwe);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(remediation, "remediation");
    if (owasp.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " names no OWASP entry");
    }
    if (cwe.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " names no CWE");
    }
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Builds a {@link RuleMeta}; every field but {@code owasp} (defaults to the category's) is
   * required.
   */
  public static final class Builder {
    private final String id;
    private String title;
    private Lens lens;
    private Category category;
    private List<OwaspApi2023> owasp = List.of();
    private List<Integer> cwe = List.of();
    private Severity severity;
    private Confidence confidence = Confidence.HIGH;
    private String remediation;

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder lens(Lens value) {
      this.lens = value;
      return this;
    }

    public Builder category(Category value) {
      this.category = value;
      return this;
    }

    public Builder owasp(OwaspApi2023... values) {
      this.owasp = List.of(values);
      return this;
    }

    public Builder cwe(Integer... values) {
      this.cwe = List.of(values);
      return this;
    }

    public Builder severity(Severity value) {
      this.severity = value;
      return this;
    }

    public Builder confidence(Confidence value) {
      this.confidence = value;
      return this;
    }

    public Builder remediation(String value) {
      this.remediation = value;
      return this;
    }

    public RuleMeta build() {
      List<OwaspApi2023> entries =
          owasp.isEmpty() && category != null ? List.of(category.defaultOwasp()) : owasp;
      return new RuleMeta(
          id, title, lens, category, entries, cwe, severity, confidence, remediation);
    }
  }
}
