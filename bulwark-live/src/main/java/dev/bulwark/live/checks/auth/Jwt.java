package dev.bulwark.live.checks.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.live.discovery.JsonLinks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A JSON Web Token found in traffic, decoded without trusting it. */
record Jwt(String token, String header, String payload, String signature) {
  private static final Pattern TOKEN =
      Pattern.compile(
          "eyJ[A-Za-z0-9_-]{5,2000}\\.eyJ[A-Za-z0-9_-]{2,8000}\\.[A-Za-z0-9_-]{0,1000}");

  /** Every JWT in {@code text}. */
  static List<Jwt> findIn(String text) {
    List<Jwt> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find() && out.size() < 10) {
      parse(m.group()).ifPresent(out::add);
    }
    return out;
  }

  static Optional<Jwt> parse(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Jwt(token, decode(parts[0]), decode(parts[1]), parts[2]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  String alg() {
    return JsonLinks.parse(header).map(h -> h.path("alg").asText("")).orElse("");
  }

  Optional<JsonNode> claims() {
    return JsonLinks.parse(payload);
  }

  /** True when {@code secret} produces this token's HMAC signature. */
  boolean signedWith(String secret) {
    String algorithm =
        switch (alg()) {
          case "HS256" -> "HmacSHA256";
          case "HS384" -> "HmacSHA384";
          case "HS512" -> "HmacSHA512";
          default -> "";
        };
    if (algorithm.isEmpty() || secret.isEmpty()) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      String signingInput = token.substring(0, token.lastIndexOf('.'));
      byte[] expected = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
      byte[] actual = Base64.getUrlDecoder().decode(signature);
      return MessageDigest.isEqual(expected, actual);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
