package dev.bulwark.server.mcp;

import dev.bulwark.core.Category;
import dev.bulwark.core.Finding;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RuleRegistry;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The rule tools: list_rules, explain_rule and suggest_fix. */
final class RuleTools {
  private final RuleRegistry rules;
  private final Function<String, Optional<String>> docs;
  private final ScanHistory history;

  RuleTools(RuleRegistry rules, Function<String, Optional<String>> docs, ScanHistory history) {
    this.rules = rules;
    this.docs = docs;
    this.history = history;
  }

  CallToolResult listRules(Map<String, Object> args) throws ToolException {
    Optional<String> filter = ToolReplies.string(args, "category");
    Optional<Category> category = Optional.empty();
    if (filter.isPresent()) {
      category =
          Optional.of(
              Category.parse(filter.get())
                  .orElseThrow(() -> new ToolException("unknown category '" + filter.get() + "'")));
    }
    Optional<Category> wanted = category;
    List<RuleMeta> selected =
        rules.rules().stream()
            .filter(r -> wanted.map(c -> r.category() == c).orElse(true))
            .toList();
    StringBuilder text = new StringBuilder(selected.size() + " rules.");
    List<Map<String, Object>> list = new ArrayList<>();
    for (RuleMeta rule : selected) {
      text.append("\n- ")
          .append(rule.id())
          .append(" [")
          .append(rule.severity().id())
          .append("] ")
          .append(rule.title());
      list.add(meta(rule));
    }
    return ToolReplies.ok(text.toString(), Map.of("rules", list));
  }

  CallToolResult explainRule(Map<String, Object> args) throws ToolException {
    RuleMeta rule = rule(ToolReplies.required(args, "ruleId"));
    Optional<String> doc = docs.apply(rule.id());
    Map<String, Object> structured = meta(rule);
    doc.ifPresent(markdown -> structured.put("doc", markdown));
    String text =
        doc.orElse("# " + rule.title() + "\n\n" + rule.remediation() + "\n\n(no long doc yet)");
    return ToolReplies.ok(text, structured);
  }

  CallToolResult suggestFix(Map<String, Object> args) throws ToolException {
    Optional<String> scanId = ToolReplies.string(args, "scanId");
    Optional<String> fingerprint = ToolReplies.string(args, "fingerprint");
    Optional<String> ruleId = ToolReplies.string(args, "ruleId");
    Optional<Finding> finding = Optional.empty();
    if (scanId.isPresent() || fingerprint.isPresent()) {
      if (scanId.isEmpty() || fingerprint.isEmpty()) {
        throw new ToolException("give both scanId and fingerprint, or a ruleId");
      }
      finding = Optional.of(finding(scanId.get(), fingerprint.get()));
    } else if (ruleId.isEmpty()) {
      throw new ToolException("give a finding (scanId and fingerprint) or a ruleId");
    }
    RuleMeta rule = finding.isPresent() ? finding.get().rule() : rule(ruleId.get());
    Optional<String> doc = docs.apply(rule.id());
    Optional<String> section = doc.flatMap(RuleFixes::section);
    Optional<RuleFixes.Code> code = section.or(() -> doc).flatMap(RuleFixes::firstCode);

    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("ruleId", rule.id());
    structured.put("title", rule.title());
    String remediation = finding.map(Finding::remediation).orElse(rule.remediation());
    structured.put("remediation", remediation);
    finding.ifPresent(f -> structured.put("finding", McpResultMapper.finding(f)));
    section.ifPresent(s -> structured.put("fix", s));
    code.ifPresent(c -> structured.put("code", Map.of("language", c.language(), "text", c.text())));

    StringBuilder text = new StringBuilder();
    finding.ifPresent(
        f ->
            text.append("Finding ")
                .append(rule.id())
                .append(" at ")
                .append(f.location().display())
                .append(": ")
                .append(f.message())
                .append("\n\n"));
    text.append(remediation);
    section.ifPresent(s -> text.append("\n\n").append(s));
    if (section.isEmpty()) {
      code.ifPresent(
          c ->
              text.append("\n\n```")
                  .append(c.language())
                  .append('\n')
                  .append(c.text())
                  .append("\n```"));
    }
    return ToolReplies.ok(text.toString(), structured);
  }

  private Finding finding(String scanId, String fingerprint) throws ToolException {
    return history
        .find(scanId)
        .orElseThrow(() -> new ToolException("no scan '" + scanId + "' in this session"))
        .findings()
        .stream()
        .filter(f -> f.fingerprint().equals(fingerprint))
        .findFirst()
        .orElseThrow(
            () ->
                new ToolException(
                    "scan " + scanId + " has no finding with fingerprint '" + fingerprint + "'"));
  }

  private RuleMeta rule(String id) throws ToolException {
    Optional<RuleMeta> rule = rules.find(id.toLowerCase(Locale.ROOT));
    if (rule.isPresent()) {
      return rule.get();
    }
    List<String> near =
        rules.rules().stream()
            .map(RuleMeta::id)
            .filter(known -> known.contains(id) || id.contains(known))
            .limit(5)
            .toList();
    throw new ToolException(
        "unknown rule id '"
            + id
            + "'"
            + (near.isEmpty() ? " (see list_rules)" : "; did you mean " + String.join(", ", near)));
  }

  private static Map<String, Object> meta(RuleMeta rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", rule.id());
    out.put("title", rule.title());
    out.put("lens", rule.lens().id());
    out.put("category", rule.category().id());
    out.put("owasp", rule.owasp().stream().map(OwaspApi2023::id).toList());
    out.put("cwe", rule.cwe());
    out.put("severity", rule.severity().id());
    out.put("confidence", rule.confidence().id());
    out.put("remediation", rule.remediation());
    return out;
  }
}
