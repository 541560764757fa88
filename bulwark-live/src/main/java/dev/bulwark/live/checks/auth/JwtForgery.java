package dev.bulwark.live.checks.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Offline copies of a JWT with changed claims or signature; nothing here sends anything. */
final class JwtForgery {
  private JwtForgery() {}

  /**
   * The token with {@code exp} set to {@code expiredAt} (and {@code iat}/{@code nbf} moved before
   * it), re-signed with {@code secret} when known, else carrying the original signature (which then
   * no longer matches). Empty when the claims are not a JSON object.
   */
  static Optional<String> expiredCopy(Jwt jwt, long expiredAt, Optional<String> secret) {
    Optional<ObjectNode> claims =
        jwt.claims().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode edited = claims.get().deepCopy();
    edited.put("exp", expiredAt);
    for (String earlier : new String[] {"iat", "nbf"}) {
      if (edited.has(earlier)) {
        edited.put(earlier, expiredAt - 3600);
      }
    }
    String header = jwt.token().substring(0, jwt.token().indexOf('.'));
    String input = header + "." + encode(edited.toString());
    if (secret.isEmpty()) {
      return Optional.of(input + "." + jwt.signature());
    }
    return hmac(jwt.alg(), secret.get(), input).map(sig -> input + "." + sig);
  }

  /** The token with the last signature character changed: claims intact, signature invalid. */
  static String alteredSignature(Jwt jwt) {
    String token = jwt.token();
    if (jwt.signature().isEmpty()) {
      return token + "AAAA";
    }
    char last = token.charAt(token.length() - 1);
    // change a bit that base64url does not drop (the first of the last char's 6 bits)
    char swapped = last == 'A' ? 'g' : 'A';
    return token.substring(0, token.length() - 1) + swapped;
  }

  private static Optional<String> hmac(String alg, String secret, String input) {
    String algorithm =
        switch (alg) {
          case "HS256" -> "HmacSHA256";
          case "HS384" -> "HmacSHA384";
          case "HS512" -> "HmacSHA512";
          default -> "";
        };
    if (algorithm.isEmpty()) {
      return Optional.empty();
    }
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return Optional.of(
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII))));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
