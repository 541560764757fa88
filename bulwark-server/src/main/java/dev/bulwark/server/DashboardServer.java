package dev.bulwark.server;

import dev.bulwark.server.web.WebApp;
import dev.bulwark.store.Accounts;
import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The running dashboard ({@code bulwark serve}): start it, read its port, close it. */
public final class DashboardServer implements AutoCloseable {
  private final Javalin app;
  private final Optional<InitialAdmin> initialAdmin;

  private DashboardServer(Javalin app, Optional<InitialAdmin> initialAdmin) {
    this.app = app;
    this.initialAdmin = initialAdmin;
  }

  /**
   * Starts the dashboard. On the first start (no user in the store) it creates the user {@code
   * admin} with a random password, and an upload token, returned by {@link #initialAdmin()}.
   *
   * @throws IllegalStateException when the address cannot be bound (the message says why)
   */
  public static DashboardServer start(DashboardConfig config) {
    Optional<InitialAdmin> admin = bootstrap(config.store().accounts());
    boolean loopback = isLoopback(config.host());
    WebApp web = new WebApp(config.store(), config.rules(), !loopback, config.maxUploadBytes());
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.http.maxRequestSize = config.maxUploadBytes();
              web.configure(c);
            });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException(
          "cannot listen on " + config.host() + ":" + config.port() + ": " + rootMessage(e), e);
    }
    return new DashboardServer(app, admin);
  }

  private static Optional<InitialAdmin> bootstrap(Accounts accounts) {
    if (accounts.hasUsers()) {
      return Optional.empty();
    }
    byte[] random = new byte[18];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    accounts.createUser("admin", password);
    String token = accounts.createToken("initial");
    return Optional.of(new InitialAdmin("admin", password, token));
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  public int port() {
    return app.port();
  }

  /** Present on the first start only: print it once, it is never shown again. */
  public Optional<InitialAdmin> initialAdmin() {
    return initialAdmin;
  }

  @Override
  public void close() {
    app.stop();
  }
}
