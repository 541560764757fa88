package dev.bulwark.live.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * An HTTPS server on 127.0.0.1 built on Bouncy Castle's TLS server, so it can offer TLS 1.0 (which
 * the JDK's own server refuses). Its key and self-signed certificate are made at test time with
 * keytool. It answers every request with a small JSON body and the given extra header lines.
 */
public final class LegacyTlsServer implements AutoCloseable {
  private final ServerSocket socket;
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "tls-server");
            t.setDaemon(true);
            return t;
          });
  private final ProtocolVersion[] versions;
  private final String extraHeaders;
  private final int[] onlySuites;
  private final AsymmetricKeyParameter key;
  private final byte[] certificate;

  /**
   * @param cipherSuites the only suites the server will pick; empty for Bouncy Castle's modern
   *     defaults
   */
  public LegacyTlsServer(
      Path dir, ProtocolVersion[] versions, String extraHeaders, int... cipherSuites)
      throws Exception {
    this.versions = versions.clone();
    this.onlySuites = cipherSuites.clone();
    this.extraHeaders = extraHeaders;
    Path store = dir.resolve("server.p12");
    if (!Files.exists(store)) {
      Process keytool =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                  "-genkeypair",
                  "-alias",
                  "t",
                  "-keyalg",
                  "RSA",
                  "-keysize",
                  "2048",
                  "-storetype",
                  "PKCS12",
                  "-keystore",
                  store.toString(),
                  "-storepass",
                  "testpass",
                  "-dname",
                  "CN=localhost",
                  "-ext",
                  "SAN=ip:127.0.0.1,dns:localhost",
                  "-validity",
                  "2")
              .redirectErrorStream(true)
              .start();
      keytool.getInputStream().readAllBytes();
      if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
        throw new IOException("keytool failed");
      }
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "testpass".toCharArray());
    }
    PrivateKey privateKey = (PrivateKey) ks.getKey("t", "testpass".toCharArray());
    this.key = PrivateKeyFactory.createKey(privateKey.getEncoded());
    this.certificate = ((X509Certificate) ks.getCertificate("t")).getEncoded();
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.submit(this::acceptLoop);
  }

  /** The certificate as a PEM file, for {@code --ca-cert}. */
  public Path pem(Path dir) throws IOException {
    Path file = dir.resolve("server.pem");
    String body =
        java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate);
    Files.writeString(
        file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
    return file;
  }

  public URI base() {
    return URI.create("https://127.0.0.1:" + socket.getLocalPort());
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        pool.submit(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(3000);
      BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
      TlsServerProtocol protocol =
          new TlsServerProtocol(client.getInputStream(), client.getOutputStream());
      protocol.accept(new Server(crypto));
      InputStream in = protocol.getInputStream();
      byte[] buffer = new byte[4096];
      in.read(buffer);
      OutputStream out = protocol.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n"
                  + extraHeaders
                  + "\r\n{}")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      protocol.close();
    } catch (IOException e) {
      // refused handshakes end here: that is the point of the clean scenario
    }
  }

  private final class Server extends DefaultTlsServer {
    private final BcTlsCrypto crypto;

    Server(BcTlsCrypto crypto) {
      super(crypto);
      this.crypto = crypto;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
      return versions.clone();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
      return onlySuites.length == 0 ? super.getSupportedCipherSuites() : onlySuites.clone();
    }

    @Override
    protected TlsCredentialedSigner getRSASignerCredentials() throws IOException {
      TlsCertificate cert = crypto.createCertificate(certificate);
      SignatureAndHashAlgorithm algorithm =
          ProtocolVersion.TLSv12.isEqualOrEarlierVersionOf(context.getServerVersion())
              ? SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa)
              : null;
      return new BcDefaultTlsCredentialedSigner(
          new TlsCryptoParameters(context),
          crypto,
          key,
          new Certificate(new TlsCertificate[] {cert}),
          algorithm);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    pool.shutdownNow();
  }
}
