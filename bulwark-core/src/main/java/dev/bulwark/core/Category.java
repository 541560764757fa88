package dev.bulwark.core;

import java.util.Optional;

/**
 * The 12 check categories. Every finding belongs to exactly one; each has a weight in the total
 * score (see docs/scoring.md) and a default OWASP API Top 10 entry.
 */
public enum Category {
  AUTHENTICATION("authentication", "Authentication", OwaspApi2023.API2, 3),
  BOLA("bola", "Object-level authorization", OwaspApi2023.API1, 3),
  BFLA("bfla", "Function-level authorization", OwaspApi2023.API5, 2),
  PROPERTY_AUTHORIZATION(
      "property_authorization", "Property-level authorization", OwaspApi2023.API3, 2),
  INPUT_VALIDATION("input_validation", "Input validation", OwaspApi2023.API8, 2),
  RATE_LIMITING("rate_limiting", "Rate limiting", OwaspApi2023.API4, 1),
  DATA_EXPOSURE("data_exposure", "Data exposure", OwaspApi2023.API3, 3),
  ENCRYPTION("encryption", "Encryption in transit", OwaspApi2023.API8, 2),
  SSRF("ssrf", "Server-side request forgery", OwaspApi2023.API7, 2),
  INVENTORY("inventory", "Inventory", OwaspApi2023.API9, 1),
  UNSAFE_CONSUMPTION("unsafe_consumption", "Unsafe consumption", OwaspApi2023.API10, 1),
  LLM_SECURITY("llm_security", "LLM security", OwaspApi2023.API8, 2);

  private final String id;
  private final String title;
  private final OwaspApi2023 owasp;
  private final int weight;

  Category(String id, String title, OwaspApi2023 owasp, int weight) {
    this.id = id;
    this.title = title;
    this.owasp = owasp;
    this.weight = weight;
  }

  /** The stable snake_case id used in reports, the dashboard and configuration. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public OwaspApi2023 defaultOwasp() {
    return owasp;
  }

  /** Relative weight of this category in the total score. */
  public int weight() {
    return weight;
  }

  public static Optional<Category> parse(String text) {
    for (Category c : values()) {
      if (c.id.equalsIgnoreCase(text.trim())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
