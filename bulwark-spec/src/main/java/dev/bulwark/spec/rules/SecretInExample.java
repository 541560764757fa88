package dev.bulwark.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.secrets.SecretMatch;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.SecretFinder;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.load.JsonPointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Examples and defaults are copied from real traffic more often than anyone admits: a live key in
 * an example is published with the documentation. Walks the document as written (so lines are exact
 * in 2.0 and 3.x alike) and asks the secrets engine about every example and default value.
 */
public final class SecretInExample implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-secret-in-example")
          .title("Secret in an example or default value")
          .lens(Lens.SPEC)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8, OwaspApi2023.API3)
          .cwe(798, 540)
          .severity(Severity.HIGH)
          .confidence(Confidence.HIGH)
          .remediation(
              "Revoke the key, then replace the example with an obviously fake value"
                  + " (e.g. 'sk_test_XXXX').")
          .build();

  private static final Set<String> VALUE_KEYS =
      Set.of("example", "examples", "default", "x-example");
  private static final Set<String> NAMED_MAPS = Set.of("properties", "headers");
  private static final int MAX_DEPTH = 64;

  private final SecretFinder finder;

  public SecretInExample() {
    this(SecretFinder.engine());
  }

  public SecretInExample(SecretFinder finder) {
    this.finder = finder;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    new Walk(reporter).visit(document.source().root(), "", false, 0);
  }

  /** One pass over the document; a pointer is built only for a value that is reported. */
  private final class Walk {
    private final SpecReporter reporter;
    private final Deque<String> path = new ArrayDeque<>();

    Walk(SpecReporter reporter) {
      this.reporter = reporter;
    }

    void visit(JsonNode node, String name, boolean inValue, int depth) {
      if (depth > MAX_DEPTH) {
        return;
      }
      if (node.isObject()) {
        JsonNode own = node.get("name");
        String ownName = own != null && own.isTextual() ? own.asText() : name;
        boolean namedMap = !path.isEmpty() && NAMED_MAPS.contains(path.peekLast());
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          String key = field.getKey();
          JsonNode child = field.getValue();
          boolean value = inValue || VALUE_KEYS.contains(key);
          if (child.isContainerNode() || (value && child.isTextual())) {
            path.addLast(JsonPointers.escape(key));
            visit(child, inValue || namedMap ? key : ownName, value, depth + 1);
            path.removeLast();
          }
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          path.addLast(Integer.toString(i));
          visit(node.get(i), name, inValue, depth + 1);
          path.removeLast();
        }
      } else if (inValue && node.isTextual()) {
        check(node.asText(), "/" + String.join("/", path), name, reporter);
      }
    }
  }

  private void check(String value, String pointer, String name, SpecReporter reporter) {
    for (SecretMatch match : finder.find(name, value)) {
      reporter.report(
          META,
          pointer,
          Optional.empty(),
          "example or default holds what looks like a secret (" + match.rule().title() + ")",
          b ->
              b.evidence(
                      Evidence.secret(
                          reporter.context().redactor(),
                          value.length() > 200 ? match.secret() : value,
                          match.secret(),
                          match.vendorPrefixLength()))
                  .confidence(match.confidence())
                  .anchor(match.rule().id()));
    }
  }
}
