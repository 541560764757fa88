package dev.bulwark.live.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** One handshake-level question to a host (a protocol version, a cipher family). */
@FunctionalInterface
interface TlsQuestion {
  boolean ask(String host, int port) throws IOException;

  /** Does the host complete a handshake with this legacy version? Empty for unknown names. */
  static Optional<TlsQuestion> legacyVersion(String name, Duration timeout) {
    return TlsVersionProber.version(name)
        .map(v -> (host, port) -> TlsVersionProber.accepts(host, port, v, timeout));
  }

  /** Does the host select a suite of this weak family? Empty for unknown families. */
  static Optional<TlsQuestion> weakCiphers(String family, Duration timeout) {
    return WeakCipherProber.suites(family)
        .map(s -> (host, port) -> WeakCipherProber.accepts(host, port, s, timeout));
  }
}
