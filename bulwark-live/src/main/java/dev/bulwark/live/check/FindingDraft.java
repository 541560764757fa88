package dev.bulwark.live.check;

import dev.bulwark.core.Confidence;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Proof;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.engine.Exchange;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A live finding being put together: the location and the proof come from the exchange, the excerpt
 * is scrubbed of credentials and secrets before it is stored.
 */
public final class FindingDraft {
  private final RuleMeta rule;
  private final Exchange exchange;
  private final ProofFactory proofs;
  private final Consumer<Finding> sink;
  private String message;
  private String excerpt = "";
  private String secretContext;
  private String secret;
  private int vendorPrefix;
  private String parameter;
  private String anchor;
  private String path;
  private Severity severity;
  private Confidence confidence;

  FindingDraft(RuleMeta rule, Exchange exchange, ProofFactory proofs, Consumer<Finding> sink) {
    this.rule = rule;
    this.exchange = exchange;
    this.proofs = proofs;
    this.sink = sink;
  }

  public FindingDraft message(String value) {
    this.message = value;
    return this;
  }

  /** Text from the response that shows the problem (credentials and secrets get redacted). */
  public FindingDraft excerpt(String value) {
    this.excerpt = value;
    return this;
  }

  /** A secret found in {@code context}: the evidence shows it redacted. */
  public FindingDraft secret(String context, String value, int vendorPrefixLength) {
    this.secretContext = context;
    this.secret = value;
    this.vendorPrefix = vendorPrefixLength;
    return this;
  }

  public FindingDraft parameter(String value) {
    this.parameter = value;
    return this;
  }

  /** What makes this finding distinct on its operation (defaults to the message). */
  public FindingDraft anchor(String value) {
    this.anchor = value;
    return this;
  }

  /**
   * Reports on a path other than the exchange's (e.g. {@code /} for an origin-wide problem); the
   * location's method becomes GET, so one problem seen through several methods is one finding.
   */
  public FindingDraft path(String value) {
    this.path = value;
    return this;
  }

  public FindingDraft severity(Severity value) {
    this.severity = value;
    return this;
  }

  public FindingDraft confidence(Confidence value) {
    this.confidence = value;
    return this;
  }

  public void report() {
    String where = path != null ? path : exchange.template();
    HttpLocation location =
        new HttpLocation(
            path != null ? "GET" : exchange.method(),
            proofs.scrub(exchange.uri().toString()),
            where,
            Optional.ofNullable(parameter));
    Evidence evidence =
        secret != null
            ? proofs.secretEvidence(secretContext, secret, vendorPrefix)
            : Evidence.snippet(proofs.clean(excerpt));
    Finding.Builder builder =
        Finding.builder(rule, location)
            .message(message == null ? rule.title() : proofs.scrub(message))
            .evidence(evidence)
            .anchor(anchor != null ? anchor : message == null ? rule.title() : message)
            .proof(proofs.proof(exchange, evidence.text()));
    if (severity != null) {
      builder.severity(severity);
    }
    if (confidence != null) {
      builder.confidence(confidence);
    }
    sink.accept(builder.build());
  }

  /** A proof with the excerpt of this draft, for checks that need it before reporting. */
  Proof proof() {
    return proofs.proof(exchange, proofs.clean(excerpt));
  }
}
