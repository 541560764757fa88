package dev.bulwark.report;

import dev.bulwark.core.ScanResult;
import java.io.IOException;
import java.io.OutputStream;

/** The JSON report: the contract in docs/schema/bulwark-report-v1.schema.json. */
public final class JsonReporter implements Reporter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(ScanResult result, ReportContext ctx, OutputStream out) throws IOException {
    Json.PRETTY.writeValue(out, JsonMapping.toDoc(result));
    out.write('\n');
    out.flush();
  }
}
