package dev.bulwark.report;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** SARIF 2.1.0 as GitHub code scanning reads it. */
public final class SarifReporter implements Reporter {

  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "bulwark/v1";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public void write(ScanResult result, ReportContext ctx, OutputStream out) throws IOException {
    Json.PRETTY.writeValue(out, model(result, ctx));
    out.write('\n');
    out.flush();
  }

  static SarifSchema210 model(ScanResult result, ReportContext ctx) {
    Map<String, RuleMeta> rules = new TreeMap<>();
    result.findings().forEach(f -> rules.putIfAbsent(f.ruleId(), known(f, ctx)));
    result
        .suppressed()
        .forEach(s -> rules.putIfAbsent(s.finding().ruleId(), known(s.finding(), ctx)));
    Map<String, Integer> ruleIndex = new HashMap<>();
    Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
    for (RuleMeta rule : rules.values()) {
      ruleIndex.put(rule.id(), descriptors.size());
      descriptors.add(SarifRules.descriptor(rule, ctx));
    }
    Optional<String> specFile =
        result.targets().stream()
            .filter(t -> t.kind() == Lens.SPEC && !t.ref().contains("://"))
            .map(t -> t.ref())
            .findFirst();
    List<Result> results = new ArrayList<>();
    for (Finding f : result.findings()) {
      results.add(result(f, ruleIndex, specFile, ctx.sourceRoot()));
    }
    for (SuppressedFinding s : result.suppressed()) {
      results.add(
          result(s.finding(), ruleIndex, specFile, ctx.sourceRoot())
              .withSuppressions(suppression(s.suppression())));
    }
    ToolComponent driver =
        new ToolComponent()
            .withName(result.tool().name())
            .withVersion(result.tool().version())
            .withSemanticVersion(result.tool().version())
            .withInformationUri(URI.create(ctx.informationUri()))
            .withRules(descriptors);
    Run run =
        new Run()
            .withTool(new Tool().withDriver(driver))
            .withInvocations(List.of(invocation(result)))
            .withResults(results)
            .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
            .withProperties(
                new PropertyBag()
                    .withAdditionalProperty("bulwark/scanId", result.scanId())
                    .withAdditionalProperty("bulwark/score", result.score().value())
                    .withAdditionalProperty("bulwark/grade", result.score().grade().name()));
    return new SarifSchema210()
        .with$schema(URI.create(SCHEMA_URI))
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
  }

  private static RuleMeta known(Finding f, ReportContext ctx) {
    return ctx.rules().find(f.ruleId()).orElse(f.rule());
  }

  private static Result result(
      Finding f, Map<String, Integer> ruleIndex, Optional<String> specFile, String sourceRoot) {
    StringBuilder text = new StringBuilder(f.message());
    f.evidence().ifPresent(e -> text.append(" Evidence: ").append(e.text()));
    PropertyBag props =
        new PropertyBag()
            .withAdditionalProperty("severity", f.severity().id())
            .withAdditionalProperty("confidence", f.confidence().id())
            .withAdditionalProperty("category", f.category().id())
            .withAdditionalProperty("remediation", f.remediation());
    f.proof()
        .ifPresent(
            p -> {
              props.withAdditionalProperty("proof.request", p.request());
              props.withAdditionalProperty("proof.status", p.status());
              props.withAdditionalProperty("proof.curl", p.curl());
            });
    Result r =
        new Result()
            .withRuleId(f.ruleId())
            .withRuleIndex(ruleIndex.get(f.ruleId()))
            .withLevel(Result.Level.fromValue(SarifRules.level(f.severity())))
            .withMessage(new Message().withText(text.toString()))
            .withLocations(List.of(SarifLocations.of(f.location(), specFile, sourceRoot)))
            .withPartialFingerprints(
                new PartialFingerprints().withAdditionalProperty(FINGERPRINT_KEY, f.fingerprint()))
            .withProperties(props);
    if (!f.flow().isEmpty()) {
      r.withCodeFlows(List.of(codeFlow(f.flow(), sourceRoot)));
    }
    return r;
  }

  private static CodeFlow codeFlow(List<FlowStep> steps, String sourceRoot) {
    List<ThreadFlowLocation> locations = new ArrayList<>();
    for (FlowStep step : steps) {
      locations.add(
          new ThreadFlowLocation()
              .withLocation(
                  new com.contrastsecurity.sarif.Location()
                      .withPhysicalLocation(
                          SarifLocations.physical(sourceRoot + step.file(), step.line(), 0))
                      .withMessage(new Message().withText(step.note()))));
    }
    return new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(locations)));
  }

  private static Set<com.contrastsecurity.sarif.Suppression> suppression(Suppression s) {
    com.contrastsecurity.sarif.Suppression.Kind kind =
        switch (s.kind()) {
          case INLINE, SPEC -> com.contrastsecurity.sarif.Suppression.Kind.IN_SOURCE;
          case BASELINE, CONFIG -> com.contrastsecurity.sarif.Suppression.Kind.EXTERNAL;
        };
    PropertyBag props =
        new PropertyBag()
            .withAdditionalProperty("bulwark/kind", s.kind().id())
            .withAdditionalProperty("origin", s.origin());
    s.expires().ifPresent(d -> props.withAdditionalProperty("expires", d.toString()));
    Set<com.contrastsecurity.sarif.Suppression> set = new LinkedHashSet<>();
    set.add(
        new com.contrastsecurity.sarif.Suppression()
            .withKind(kind)
            .withStatus(com.contrastsecurity.sarif.Suppression.Status.ACCEPTED)
            .withJustification(s.reason())
            .withProperties(props));
    return set;
  }

  private static Invocation invocation(ScanResult result) {
    List<Notification> notes = new ArrayList<>();
    result
        .errors()
        .forEach(
            e ->
                notes.add(
                    new Notification()
                        .withLevel(Notification.Level.ERROR)
                        .withMessage(new Message().withText(e.source() + ": " + e.message()))));
    Invocation inv = new Invocation().withExecutionSuccessful(true);
    if (!notes.isEmpty()) {
      inv.withToolExecutionNotifications(notes);
    }
    return inv;
  }
}
