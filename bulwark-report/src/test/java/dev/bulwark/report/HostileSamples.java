package dev.bulwark.report;

import dev.bulwark.core.Category;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Lens;
import dev.bulwark.core.Proof;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceLocation;
import java.util.List;
import java.util.Optional;

/** Evidence and messages an attacker could plant in a scanned repository or HTTP response. */
final class HostileSamples {

  static final String SCRIPT = "<script>alert(document.cookie)</script>";
  static final String ANSI = "\u001b[2J\u001b[31mFAKE PASS\u001b[0m\u001b]0;title\u0007";
  static final String MD = "`code` | pipe | [link](http://evil.example) @octocat **bold**";
  static final String HUGE = "A".repeat(1_000_000);

  static final RuleMeta HOSTILE_RULE =
      RuleMeta.builder("hostile-rule")
          .title("Title with <b>markup</b> and | pipes `ticks`")
          .lens(Lens.SOURCE)
          .category(Category.INPUT_VALIDATION)
          .cwe(79)
          .severity(Severity.HIGH)
          .remediation("Fix " + SCRIPT)
          .build();

  private HostileSamples() {}

  /** Built with the record constructor, as a hostile JSON upload could: no cleaning by core. */
  static Evidence rawEvidence() {
    return new Evidence(SCRIPT + ANSI + MD + HUGE, Optional.empty());
  }

  static ScanResult result() {
    Finding source =
        Finding.builder(
                HOSTILE_RULE,
                SourceLocation.of("<img src=x onerror=alert(1)>" + ANSI + ".py", 1, 1))
            .message(SCRIPT + ANSI + MD + HUGE)
            .evidence(rawEvidence())
            .flow(List.of(new FlowStep("a.py", 1, SCRIPT + ANSI)))
            .build();
    Finding http =
        Finding.builder(
                HOSTILE_RULE,
                new HttpLocation(
                    "GET", "http://127.0.0.1/" + SCRIPT, "/" + SCRIPT, Optional.of(ANSI)))
            .message(MD)
            .evidence(rawEvidence())
            .proof(new Proof("GET /" + SCRIPT, 200, SCRIPT + ANSI + HUGE, "curl " + ANSI))
            .build();
    return SampleResults.withFindings(List.of(source, http));
  }
}
