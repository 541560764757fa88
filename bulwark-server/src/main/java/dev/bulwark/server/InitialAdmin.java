package dev.bulwark.server;

import java.util.Objects;

/**
 * The account and upload token made on the first start, for the caller to print once: only hashes
 * are stored, so they cannot be shown again.
 */
public record InitialAdmin(String username, String password, String uploadToken) {
  public InitialAdmin {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(uploadToken, "uploadToken");
  }

  @Override
  public String toString() {
    return "InitialAdmin[" + username + ", password and token hidden]";
  }
}
