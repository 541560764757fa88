package dev.bulwark.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * Dashboard users (PBKDF2 password hashes) and upload tokens (stored as SHA-256 hashes: a token is
 * 256 random bits, so a fast hash suffices, and a stolen database yields no usable token).
 */
public final class Accounts {
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  private static final int ITERATIONS = 600_000;

  private static final String TOKEN_PREFIX = "bwk_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A user name and upload token and the time it was made; never the token itself. */
  public record TokenInfo(long id, String name, Instant createdAt) {}

  private final Jdbi jdbi;

  Accounts(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Checked against when the user does not exist, so that both answers take as long. */
  private static final class Dummy {
    static final String HASH = hashPassword("not-a-real-password");
  }

  public boolean hasUsers() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one() > 0);
  }

  public void createUser(String username, String password) {
    if (username.isBlank() || password.length() < 12) {
      throw new IllegalArgumentException("a user needs a name and a password of 12+ characters");
    }
    String hash = hashPassword(password);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO users (username, password_hash, created_at) VALUES (:u, :p, :t)")
                .bind("u", username)
                .bind("p", hash)
                .bind("t", Instant.now().toEpochMilli())
                .execute());
  }

  /** True when the user exists and the password matches; takes as long either way. */
  public boolean checkPassword(String username, String password) {
    Optional<String> stored =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT password_hash FROM users WHERE username = :u")
                    .bind("u", username)
                    .mapTo(String.class)
                    .findOne());
    boolean matches = verifyPassword(password, stored.orElse(Dummy.HASH));
    return stored.isPresent() && matches;
  }

  /** Creates an upload token and returns it; only its hash is kept, so this is the one chance. */
  public String createToken(String name) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO api_tokens (name, token_hash, created_at) VALUES (:n, :h, :t)")
                .bind("n", name)
                .bind("h", sha256Hex(token))
                .bind("t", Instant.now().toEpochMilli())
                .execute());
    return token;
  }

  /**
   * The name of the token when {@code presented} is a valid upload token. The lookup is by hash
   * (timing there tells an attacker about hashes of guesses, not about the token), and the final
   * comparison is constant-time.
   */
  public Optional<String> verifyToken(String presented) {
    String hash = sha256Hex(presented);
    return jdbi.withHandle(
            h ->
                h.createQuery("SELECT name, token_hash FROM api_tokens WHERE token_hash = :h")
                    .bind("h", hash)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .findOne())
        .filter(
            row ->
                MessageDigest.isEqual(
                    row[1].getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII)))
        .map(row -> row[0]);
  }

  public List<TokenInfo> tokens() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id, name, created_at FROM api_tokens ORDER BY created_at, id")
                .map(
                    (rs, ctx) ->
                        new TokenInfo(
                            rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list());
  }

  public boolean revokeToken(long id) {
    return jdbi.withHandle(
            h -> h.createUpdate("DELETE FROM api_tokens WHERE id = :id").bind("id", id).execute())
        > 0;
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  static String hashPassword(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = pbkdf2(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder();
    return "pbkdf2-sha256$"
        + ITERATIONS
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  static boolean verifyPassword(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = pbkdf2(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java platform", e);
    }
  }
}
