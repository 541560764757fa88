package dev.bulwark.core;

import java.util.Objects;

/**
 * How a live finding can be reproduced: the request line, the status, the redacted response
 * excerpt, and a curl command with credentials replaced by placeholders.
 */
public record Proof(String request, int status, String excerpt, String curl) {
  public Proof {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(curl, "curl");
  }
}
