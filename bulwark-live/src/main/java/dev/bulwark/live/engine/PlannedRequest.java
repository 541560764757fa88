package dev.bulwark.live.engine;

/** A request a dry run would have sent: method, URL (credentials never shown) and purpose. */
public record PlannedRequest(String method, String url, String identity, String purpose) {
  public String line() {
    return method + " " + url + " (" + identity + ", " + purpose + ")";
  }
}
