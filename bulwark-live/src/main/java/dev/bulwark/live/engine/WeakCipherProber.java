package dev.bulwark.live.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Vector;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.ServerOnlyTlsAuthentication;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Asks a server whether it picks a weak cipher suite when a client offers nothing else. Uses Bouncy
 * Castle's TLS client (TLS 1.0 to 1.2; TLS 1.3 has no weak suites), offering only the suites of one
 * family. The answer is read from the ServerHello: the server choosing one of them is the proof,
 * whether or not Bouncy Castle could then finish the handshake with it. No application data.
 */
final class WeakCipherProber {
  /** Families of weak suites, one handshake each, by the name reports use. */
  static final Map<String, int[]> FAMILIES =
      Map.of(
          "RC4",
          new int[] {
            CipherSuite.TLS_RSA_WITH_RC4_128_MD5,
            CipherSuite.TLS_RSA_WITH_RC4_128_SHA,
            CipherSuite.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_RC4_128_SHA
          },
          "3DES",
          new int[] {
            CipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
            CipherSuite.TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA,
            CipherSuite.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,
            CipherSuite.TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA
          },
          "NULL/export/anonymous/DES",
          new int[] {
            CipherSuite.TLS_RSA_WITH_NULL_SHA,
            CipherSuite.TLS_RSA_WITH_NULL_SHA256,
            CipherSuite.TLS_ECDHE_RSA_WITH_NULL_SHA,
            CipherSuite.TLS_RSA_EXPORT_WITH_RC4_40_MD5,
            CipherSuite.TLS_RSA_EXPORT_WITH_DES40_CBC_SHA,
            CipherSuite.TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA,
            CipherSuite.TLS_RSA_WITH_DES_CBC_SHA,
            CipherSuite.TLS_DHE_RSA_WITH_DES_CBC_SHA,
            CipherSuite.TLS_DH_anon_WITH_AES_128_CBC_SHA,
            CipherSuite.TLS_DH_anon_WITH_3DES_EDE_CBC_SHA,
            CipherSuite.TLS_ECDH_anon_WITH_AES_128_CBC_SHA
          });

  private WeakCipherProber() {}

  static Optional<int[]> suites(String family) {
    return Optional.ofNullable(FAMILIES.get(family)).map(int[]::clone);
  }

  /**
   * True when the server selected one of {@code suites}, false when it refused them all.
   *
   * @throws IOException when the server could not be reached at all
   */
  static boolean accepts(String host, int port, int[] suites, Duration timeout) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      TlsClientProtocol protocol =
          new TlsClientProtocol(socket.getInputStream(), socket.getOutputStream());
      WeakSuitesClient client = new WeakSuitesClient(suites, host);
      try {
        protocol.connect(client);
        protocol.close();
      } catch (IOException e) {
        // a refusal (alert or dropped connection), or a suite Bouncy Castle cannot finish:
        // the ServerHello already answered the question
      }
      return client.selected.get();
    }
  }

  /** A client that offers only the given suites and accepts any certificate. */
  private static final class WeakSuitesClient extends DefaultTlsClient {
    private final int[] suites;
    private final String host;
    private final AtomicBoolean selected = new AtomicBoolean();

    WeakSuitesClient(int[] suites, String host) {
      super(new BcTlsCrypto(new SecureRandom()));
      this.suites = suites.clone();
      this.host = host;
    }

    @Override
    public int[] getCipherSuites() {
      return suites.clone();
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
      return ProtocolVersion.TLSv12.downTo(ProtocolVersion.TLSv10);
    }

    @Override
    public void notifySelectedCipherSuite(int selectedCipherSuite) {
      super.notifySelectedCipherSuite(selectedCipherSuite);
      selected.set(true);
    }

    @Override
    @SuppressWarnings("JdkObsolete") // Bouncy Castle's API takes a Vector
    protected Vector<ServerName> getSNIServerNames() {
      if (host.matches("[0-9.:\\[\\]]+")) {
        return null; // no SNI for IP literals: BC rejects an empty list
      }
      Vector<ServerName> names = new Vector<>();
      names.add(new ServerName(NameType.host_name, host.getBytes(StandardCharsets.US_ASCII)));
      return names;
    }

    @Override
    public TlsAuthentication getAuthentication() {
      return new ServerOnlyTlsAuthentication() {
        @Override
        public void notifyServerCertificate(TlsServerCertificate certificate) {
          // cipher support is the question, not trust
        }
      };
    }
  }
}
