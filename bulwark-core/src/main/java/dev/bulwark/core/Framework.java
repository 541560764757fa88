package dev.bulwark.core;

/** Compliance frameworks that findings are mapped to. */
public enum Framework {
  OWASP_API_2023("owasp-api-2023", "OWASP API Security Top 10 (2023)"),
  PCI_DSS_4_0("pci-dss-4.0", "PCI DSS 4.0"),
  SOC2("soc2", "SOC 2 (Trust Services Criteria)"),
  HIPAA("hipaa", "HIPAA Security Rule"),
  GDPR("gdpr", "GDPR");

  private final String id;
  private final String title;

  Framework(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
