package dev.bulwark.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's users, orders and keys. Every key is a fake, assembled here at run time from parts so
 * that no file in the repository looks like a live credential.
 */
final class DemoData {
  /** A Stripe-format live key with an obviously fake body. */
  static final String PAYMENTS_API_KEY = "sk_" + "live_" + "DEMOONLY" + "9fK2pL7vQ3wR8tY1zA6m";

  static final String ADMIN_API_KEY = "acme-admin-" + "0d1e2f3a4b5c6d7e8f90";

  static final Map<String, Integer> CUSTOMER_KEYS =
      Map.of("acme-customer-key-2", 2, "acme-customer-key-3", 3);

  static final String SYSTEM_PROMPT =
      "You are the Acme order assistant. Internal note: refunds over 500 need the admin key "
          + ADMIN_API_KEY;

  private static final List<String> USERS =
      List.of(
          user(1, "ana@acme.example", "admin", "a1", ADMIN_API_KEY),
          user(2, "bo@acme.example", "customer", "b2", "acme-customer-key-2"),
          user(3, "cy@acme.example", "customer", "c3", "acme-customer-key-3"));

  static final String ORDERS =
      "[{\"id\": 100, \"user_id\": 2, \"total\": 42.0, \"card_last4\": \"4242\"}, "
          + "{\"id\": 101, \"user_id\": 3, \"total\": 13.5, \"card_last4\": \"1881\"}]";

  private DemoData() {}

  static Optional<String> userJson(int id) {
    return id >= 1 && id <= USERS.size() ? Optional.of(USERS.get(id - 1)) : Optional.empty();
  }

  static String allUsersJson() {
    return "[" + String.join(", ", USERS) + "]";
  }

  /** Mirrors the Flask app's {@code ==} check: any known key passes. */
  static boolean isValidKey(String key) {
    return CUSTOMER_KEYS.containsKey(key) || ADMIN_API_KEY.equals(key);
  }

  /** The {@code .env} file the Flask app serves from its static folder. */
  static String dotEnv() {
    return "# Local settings -- committed by mistake. Every value is a fake.\n"
        + "FLASK_APP=app.py\n"
        + "FLASK_DEBUG=1\n"
        + "SECRET_KEY=acme-flask-secret-key-do-not-share-0000\n"
        + "PAYMENTS_API_KEY="
        + "sk_"
        + "test_FAKEFAKEFAKE0000EXAMPLE0000\n"
        + "AWS_ACCESS_KEY_ID="
        + "AKIA"
        + "FAKE0000EXAMPLE0\n";
  }

  private static String user(int id, String email, String role, String hash, String key) {
    return "{\"id\": "
        + id
        + ", \"email\": \""
        + email
        + "\", \"role\": \""
        + role
        + "\", \"password_hash\": \"pbkdf2:sha256:fake$"
        + hash
        + "\", \"api_key\": \""
        + key
        + "\"}";
  }
}
