package dev.bulwark.server.web;

import java.time.Instant;
import java.util.Objects;

/** A signed-in browser: who, the CSRF token its forms must echo, and when it expires. */
record Session(String id, String username, String csrfToken, Instant expiresAt) {
  Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
