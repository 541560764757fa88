package dev.bulwark.server.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions held in memory: a restart signs everybody out, which is acceptable for a self-hosted
 * dashboard and keeps session secrets out of the database.
 */
final class Sessions {
  static final Duration LIFETIME = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  Session create(String username) {
    byId.values().removeIf(s -> s.expiresAt().isBefore(clock.instant()));
    Session session =
        new Session(randomToken(), username, randomToken(), clock.instant().plus(LIFETIME));
    byId.put(session.id(), session);
    return session;
  }

  Optional<Session> find(String id) {
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (session.expiresAt().isBefore(clock.instant())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  void remove(String id) {
    byId.remove(id);
  }

  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Constant-time comparison of two tokens. */
  static boolean same(String expected, String presented) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
