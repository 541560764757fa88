package dev.bulwark.live.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Vector;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.ServerOnlyTlsAuthentication;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * Asks a server whether it still completes a handshake with an old TLS version. The JDK refuses TLS
 * 1.0/1.1 for the whole JVM, so this uses Bouncy Castle's own TLS client, offering only the version
 * under test; the JVM's settings stay untouched. The certificate is not judged here (this is a
 * protocol question), and no application data is sent.
 */
final class TlsVersionProber {
  private TlsVersionProber() {}

  /** Legacy versions worth asking about, by the name reports use. */
  static Optional<ProtocolVersion> version(String name) {
    return switch (name) {
      case "TLSv1" -> Optional.of(ProtocolVersion.TLSv10);
      case "TLSv1.1" -> Optional.of(ProtocolVersion.TLSv11);
      default -> Optional.empty();
    };
  }

  /**
   * True when the handshake completed with {@code version}, false when the server refused it.
   *
   * @throws IOException when the server could not be reached at all
   */
  static boolean accepts(String host, int port, ProtocolVersion version, Duration timeout)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      TlsClientProtocol protocol =
          new TlsClientProtocol(socket.getInputStream(), socket.getOutputStream());
      try {
        protocol.connect(new OneVersionClient(version, host));
        protocol.close();
        return true;
      } catch (TlsFatalAlert e) {
        return false;
      } catch (IOException e) {
        // a server that drops the connection on an old ClientHello refuses it too
        return false;
      }
    }
  }

  /** A client that offers exactly one protocol version and accepts any certificate. */
  private static final class OneVersionClient extends DefaultTlsClient {
    private final ProtocolVersion version;
    private final String host;

    OneVersionClient(ProtocolVersion version, String host) {
      super(new BcTlsCrypto(new SecureRandom()));
      this.version = version;
      this.host = host;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
      return new ProtocolVersion[] {version};
    }

    @Override
    @SuppressWarnings("JdkObsolete") // Bouncy Castle's API takes a Vector
    protected Vector<ServerName> getSNIServerNames() {
      if (host.matches("[0-9.:\\[\\]]+")) {
        return null; // no SNI for IP literals: BC rejects an empty list
      }
      Vector<ServerName> names = new Vector<>();
      names.add(
          new ServerName(
              NameType.host_name, host.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      return names;
    }

    @Override
    public TlsAuthentication getAuthentication() {
      return new ServerOnlyTlsAuthentication() {
        @Override
        public void notifyServerCertificate(TlsServerCertificate certificate) {
          // protocol support is the question, not trust
        }
      };
    }
  }
}
