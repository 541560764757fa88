package dev.bulwark.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps a finding's category, OWASP entries and CWE ids to controls of compliance frameworks.
 *
 * <p>The mapping is deliberately conservative: a control is listed only where a reviewer would
 * agree that the weakness is evidence against it. HIPAA and GDPR appear only for categories that
 * concern access to, or exposure of, personal data.
 */
public final class ComplianceMap {
  private ComplianceMap() {}

  /** Controls per framework, each list sorted; frameworks without a control are absent. */
  public static Map<Framework, List<String>> controlsFor(
      Category category, Collection<OwaspApi2023> owasp, Collection<Integer> cwe) {
    Map<Framework, TreeSet<String>> map = new EnumMap<>(Framework.class);
    for (OwaspApi2023 entry : owasp) {
      add(map, Framework.OWASP_API_2023, entry.id());
    }
    // PCI DSS 6.2.4: bespoke software is engineered to prevent common software attacks.
    add(map, Framework.PCI_DSS_4_0, "6.2.4");
    add(map, Framework.SOC2, "CC7.1");
    switch (category) {
      case AUTHENTICATION -> {
        add(map, Framework.PCI_DSS_4_0, "8.3.1");
        add(map, Framework.SOC2, "CC6.1");
        add(map, Framework.HIPAA, "164.312(d)");
      }
      case BOLA, BFLA, PROPERTY_AUTHORIZATION -> {
        add(map, Framework.PCI_DSS_4_0, "7.2.1");
        add(map, Framework.SOC2, "CC6.1");
        add(map, Framework.SOC2, "CC6.3");
        add(map, Framework.HIPAA, "164.312(a)(1)");
        add(map, Framework.GDPR, "Art. 32");
      }
      case DATA_EXPOSURE -> {
        add(map, Framework.SOC2, "CC6.1");
        add(map, Framework.HIPAA, "164.312(a)(1)");
        add(map, Framework.GDPR, "Art. 32");
      }
      case ENCRYPTION -> {
        add(map, Framework.PCI_DSS_4_0, "4.2.1");
        add(map, Framework.SOC2, "CC6.7");
        add(map, Framework.HIPAA, "164.312(e)(1)");
        add(map, Framework.GDPR, "Art. 32");
      }
      case SSRF, INPUT_VALIDATION, UNSAFE_CONSUMPTION, LLM_SECURITY -> {
        add(map, Framework.PCI_DSS_4_0, "6.4.1");
        add(map, Framework.SOC2, "CC6.6");
      }
      case RATE_LIMITING -> {
        add(map, Framework.PCI_DSS_4_0, "6.4.1");
        add(map, Framework.SOC2, "A1.1");
      }
      case INVENTORY -> {
        add(map, Framework.PCI_DSS_4_0, "6.3.2");
        add(map, Framework.SOC2, "CC8.1");
      }
    }
    for (int id : cwe) {
      switch (id) {
        // Hard-coded credentials: PCI DSS 8.6.2 forbids passwords in scripts and config files.
        case 798, 259, 321, 540 -> {
          add(map, Framework.PCI_DSS_4_0, "8.6.2");
          add(map, Framework.SOC2, "CC6.1");
        }
        // Secrets in logs, URLs, or cleartext storage: authentication factors must stay unreadable.
        case 532, 598, 312, 313, 256 -> add(map, Framework.PCI_DSS_4_0, "8.3.2");
        case 319, 311, 614, 295, 326, 327 -> {
          add(map, Framework.PCI_DSS_4_0, "4.2.1");
          add(map, Framework.SOC2, "CC6.7");
        }
        case 359 -> add(map, Framework.PCI_DSS_4_0, "3.5.1");
        case 770, 400, 799 -> add(map, Framework.SOC2, "A1.1");
        default -> {
          // No specific control beyond the category's.
        }
      }
    }
    Map<Framework, List<String>> result = new EnumMap<>(Framework.class);
    map.forEach((framework, controls) -> result.put(framework, List.copyOf(controls)));
    return Map.copyOf(result);
  }

  /** Controls per framework for a rule, as {@link #controlsFor} with the rule's metadata. */
  public static Map<Framework, List<String>> controlsFor(RuleMeta rule) {
    return controlsFor(rule.category(), rule.owasp(), rule.cwe());
  }

  private static void add(Map<Framework, TreeSet<String>> map, Framework f, String control) {
    map.computeIfAbsent(f, k -> new TreeSet<>()).add(control);
  }

  /** All controls named for the given framework by any mapping, for compliance report outlines. */
  public static List<String> knownControls(Framework framework, Collection<RuleMeta> rules) {
    TreeSet<String> all = new TreeSet<>();
    for (RuleMeta rule : rules) {
      all.addAll(controlsFor(rule).getOrDefault(framework, List.of()));
    }
    return new ArrayList<>(all);
  }
}
