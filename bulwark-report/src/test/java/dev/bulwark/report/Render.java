package dev.bulwark.report;

import dev.bulwark.core.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Renders a result in a format to a string, for assertions. */
final class Render {

  private Render() {}

  static String render(String format, ScanResult result, ReportContext ctx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Reporters.forFormat(format).orElseThrow().write(result, ctx, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String render(String format, ScanResult result) {
    return render(format, result, SampleResults.context());
  }

  /** The named samples every format is tested with. */
  enum Sample {
    EMPTY,
    ONE,
    MANY,
    BASELINE;

    ScanResult result() {
      return switch (this) {
        case EMPTY -> SampleResults.empty();
        case ONE -> SampleResults.one();
        case MANY -> SampleResults.many();
        case BASELINE -> SampleResults.withBaseline();
      };
    }

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
