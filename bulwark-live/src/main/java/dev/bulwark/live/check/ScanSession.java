package dev.bulwark.live.check;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.live.engine.Credentials;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.HttpEngine;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import dev.bulwark.secrets.SecretEngine;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The context every check of one scan shares: reports go to the scan (once per fingerprint), probes
 * go through the engine. Thread-safe.
 */
public final class ScanSession implements ProbeContext {
  private final ScanContext scan;
  private final HttpEngine engine;
  private final Surface surface;
  private final SecretEngine secrets;
  private final ProofFactory proofs;
  private final boolean active;
  private final Supplier<Optional<Canary>> canary;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  public ScanSession(
      ScanContext scan,
      HttpEngine engine,
      Surface surface,
      SecretEngine secrets,
      boolean active,
      Supplier<Optional<Canary>> canary) {
    this.scan = scan;
    this.engine = engine;
    this.surface = surface;
    this.secrets = secrets;
    this.proofs = new ProofFactory(engine.credentials(), scan.redactor(), secrets);
    this.active = active;
    this.canary = canary;
  }

  @Override
  public Surface surface() {
    return surface;
  }

  @Override
  public Redactor redactor() {
    return scan.redactor();
  }

  @Override
  public SecretEngine secrets() {
    return secrets;
  }

  @Override
  public String scrub(String text) {
    return engine.credentials().scrub(text);
  }

  @Override
  public FindingDraft finding(RuleMeta rule, Exchange exchange) {
    return new FindingDraft(rule, exchange, proofs, this::accept);
  }

  private void accept(Finding finding) {
    if (reported.add(finding.fingerprint())) {
      scan.report(scan.policy().apply(finding));
    }
  }

  @Override
  public void note(RuleMeta rule, String message) {
    scan.error(new ScanError(rule.id(), scrub(message)));
  }

  @Override
  public Optional<Exchange> send(ProbeRequest request) {
    return engine.send(request);
  }

  @Override
  public Optional<Boolean> acceptsLegacyTls(String version, String purpose) {
    return engine.acceptsLegacyTls(version, purpose);
  }

  @Override
  public Optional<Boolean> acceptsWeakCiphers(String family, String purpose) {
    return engine.acceptsWeakCiphers(family, purpose);
  }

  @Override
  public URI base() {
    return engine.base();
  }

  @Override
  public int budgetLeft() {
    return engine.budgetLeft();
  }

  @Override
  public boolean active() {
    return active;
  }

  @Override
  public boolean hasIdentity(Identity identity) {
    return engine.credentials().has(identity);
  }

  @Override
  public boolean loopbackTarget() {
    return engine.scope().isLoopback();
  }

  @Override
  public Optional<Canary> canary() {
    return canary.get();
  }

  @Override
  public boolean stopped() {
    return engine.stopped() || scan.cancelled();
  }

  @Override
  public void registerDerived(String value) {
    engine.credentials().registerDerived(value);
  }

  /** The scan's credentials, for checks that derive probes from the user's own key. */
  public Credentials credentials() {
    return engine.credentials();
  }

  public ProofFactory proofs() {
    return proofs;
  }
}
