package dev.bulwark.core;

/** The OWASP API Security Top 10, 2023 edition. */
public enum OwaspApi2023 {
  API1("API1:2023", "Broken Object Level Authorization"),
  API2("API2:2023", "Broken Authentication"),
  API3("API3:2023", "Broken Object Property Level Authorization"),
  API4("API4:2023", "Unrestricted Resource Consumption"),
  API5("API5:2023", "Broken Function Level Authorization"),
  API6("API6:2023", "Unrestricted Access to Sensitive Business Flows"),
  API7("API7:2023", "Server Side Request Forgery"),
  API8("API8:2023", "Security Misconfiguration"),
  API9("API9:2023", "Improper Inventory Management"),
  API10("API10:2023", "Unsafe Consumption of APIs");

  private final String id;
  private final String title;

  OwaspApi2023(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The id as OWASP writes it, e.g. {@code API8:2023}. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
