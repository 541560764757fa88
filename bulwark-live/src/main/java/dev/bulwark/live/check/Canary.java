package dev.bulwark.live.check;

import java.net.URI;

/** A listener that proves a server-side fetch: a fresh URL per token, and whether it was hit. */
public interface Canary {
  URI urlFor(String token);

  /** True once a request for the token's URL arrived. */
  boolean wasHit(String token);

  /** The body the canary serves for the token, so a relay can be recognised. */
  String bodyFor(String token);
}
