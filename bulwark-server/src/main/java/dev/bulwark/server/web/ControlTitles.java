package dev.bulwark.server.web;

import dev.bulwark.core.Framework;
import java.util.Map;
import java.util.Optional;

/** Short descriptions of the PCI DSS 4.0 and SOC 2 controls that core's mapping names. */
final class ControlTitles {
  private static final Map<String, String> PCI =
      Map.of(
          "3.5.1", "Stored account data is rendered unreadable",
          "4.2.1", "Strong cryptography protects data in transit",
          "6.2.4", "Software is engineered to prevent common attacks",
          "6.3.2", "An inventory of bespoke software is kept",
          "6.4.1", "Public-facing web applications are protected against attacks",
          "7.2.1", "Access is granted by a defined access-control model",
          "8.3.1", "User access is authenticated",
          "8.3.2", "Authentication factors are unreadable in transit and storage",
          "8.6.2", "Passwords of system accounts are not hard-coded");
  private static final Map<String, String> SOC2 =
      Map.of(
          "A1.1", "Capacity is managed to meet availability commitments",
          "CC6.1", "Logical access security over protected information",
          "CC6.3", "Access is authorised, modified and removed by role",
          "CC6.6", "Protection against threats from outside the system boundary",
          "CC6.7", "Transmission of data is restricted and protected",
          "CC7.1", "Vulnerabilities and configuration changes are detected",
          "CC8.1", "Changes are authorised, tested and approved");

  private ControlTitles() {}

  static Optional<String> of(Framework framework, String control) {
    return switch (framework) {
      case PCI_DSS_4_0 -> Optional.ofNullable(PCI.get(control));
      case SOC2 -> Optional.ofNullable(SOC2.get(control));
      default -> Optional.empty();
    };
  }
}
