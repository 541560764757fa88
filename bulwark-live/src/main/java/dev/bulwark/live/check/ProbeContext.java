package dev.bulwark.live.check;

import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.net.URI;
import java.util.Optional;

/** What an active check may use besides the passive context: the engine, through its limits. */
public interface ProbeContext extends CheckContext {
  /** Sends through the engine; empty when refused (budget, scope, policy, time) or dry run. */
  Optional<Exchange> send(ProbeRequest request);

  URI base();

  /** Whether the https target completes a handshake with a legacy TLS version; one request. */
  Optional<Boolean> acceptsLegacyTls(String version, String purpose);

  /**
   * Whether the https target selects a suite of a weak family (see {@code WeakCipherAccepted}); one
   * request. Empty by default: contexts without an engine ask nothing.
   */
  default Optional<Boolean> acceptsWeakCiphers(String family, String purpose) {
    return Optional.empty();
  }

  int budgetLeft();

  /** True when the user allowed methods beyond the safe ones ({@code --active}). */
  boolean active();

  boolean hasIdentity(Identity identity);

  /** True when the target is this machine. */
  boolean loopbackTarget();

  /** A listener on 127.0.0.1 that records requests, only when the target is local. */
  Optional<Canary> canary();

  /** Makes a value derived from a credential (e.g. case-swapped) scrubbed like the credential. */
  void registerDerived(String value);

  /** True once the scan should stop (deadline, Ctrl-C). */
  boolean stopped();
}
