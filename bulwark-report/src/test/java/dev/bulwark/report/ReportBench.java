package dev.bulwark.report;

import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long each format takes to render a large result, and its size; run by {@code
 * bench/report-formats.sh}. Figures, not assertions: no test depends on timing.
 */
public final class ReportBench {

  private ReportBench() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    ScanResult result = large(count);
    ReportContext ctx = SampleResults.context();
    System.out.printf(Locale.ROOT, "%d findings%n", result.findings().size());
    System.out.printf(Locale.ROOT, "%-10s %10s %12s%n", "format", "ms (best)", "bytes");
    byte[] json = null;
    for (Reporter r : Reporters.all()) {
      long best = Long.MAX_VALUE;
      int size = 0;
      for (int run = 0; run < 7; run++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        long start = System.nanoTime();
        r.write(result, ctx, out);
        best = Math.min(best, System.nanoTime() - start);
        size = out.size();
        if (r.format().equals("json")) {
          json = out.toByteArray();
        }
      }
      System.out.printf(Locale.ROOT, "%-10s %10.1f %12d%n", r.format(), best / 1e6, size);
    }
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 7; run++) {
      long start = System.nanoTime();
      ScanResultJson.read(new ByteArrayInputStream(json), SampleResults.REGISTRY);
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf(Locale.ROOT, "%-10s %10.1f %12s%n", "json read", best / 1e6, "");
  }

  static ScanResult large(int count) {
    List<Finding> findings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      findings.add(
          Finding.builder(
                  i % 2 == 0 ? SampleResults.FLASK_DEBUG : SampleResults.KEY_IN_LOG,
                  SourceLocation.of("pkg" + (i % 50) + "/module" + i + ".py", 1 + i % 400, 5))
              .message("finding number " + i)
              .evidence(Evidence.snippet("app.run(debug=True)  # line " + i))
              .build());
    }
    return SampleResults.withFindings(findings);
  }
}
