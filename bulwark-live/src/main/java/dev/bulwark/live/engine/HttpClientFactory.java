package dev.bulwark.live.engine;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.live.LiveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the one HTTP client of a scan: no automatic redirects, proxy, extra CAs, mTLS. */
final class HttpClientFactory {
  private HttpClientFactory() {}

  static HttpClient build(LiveOptions options, ExecutorService executor) throws BadTargetException {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(options.timeout())
            .executor(executor);
    if (options.proxy().isPresent()) {
      builder.proxy(ProxySelector.of(proxyAddress(options.proxy().get())));
    }
    if (options.caCert().isPresent() || options.clientCert().isPresent()) {
      builder.sslContext(sslContext(options));
    }
    return builder.build();
  }

  private static InetSocketAddress proxyAddress(String value) throws BadTargetException {
    String text = value.replaceFirst("^[a-zA-Z]+://", "").replaceAll("/+$", "");
    int colon = text.lastIndexOf(':');
    if (colon <= 0) {
      throw new BadTargetException("proxy must be host:port, got " + value);
    }
    try {
      return InetSocketAddress.createUnresolved(
          text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new BadTargetException("proxy must be host:port, got " + value, e);
    }
  }

  private static SSLContext sslContext(LiveOptions options) throws BadTargetException {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      if (options.caCert().isPresent()) {
        trust.init(trustStore(options.caCert().get()));
      } else {
        trust.init((KeyStore) null);
      }
      KeyManagerFactory keys = null;
      if (options.clientCert().isPresent()) {
        char[] password = options.clientCertPassword().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(options.clientCert().get())) {
          store.load(in, password);
        }
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new BadTargetException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** The default trust anchors plus every certificate of the PEM file. */
  private static KeyStore trustStore(Path pem) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    TrustManagerFactory defaults =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    defaults.init((KeyStore) null);
    int n = 0;
    for (var manager : defaults.getTrustManagers()) {
      if (manager instanceof javax.net.ssl.X509TrustManager x509) {
        for (var issuer : x509.getAcceptedIssuers()) {
          store.setCertificateEntry("default-" + n++, issuer);
        }
      }
    }
    try (InputStream in = Files.newInputStream(pem)) {
      for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("extra-" + n++, cert);
      }
    }
    return store;
  }
}
