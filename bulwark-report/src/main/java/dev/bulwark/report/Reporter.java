package dev.bulwark.report;

import dev.bulwark.core.ScanResult;
import java.io.IOException;
import java.io.OutputStream;

/** Renders a {@link ScanResult} in one format. Implementations are stateless and thread-safe. */
public interface Reporter {

  /** The format id used by {@code --format}, e.g. {@code json}. */
  String format();

  /** The usual file extension for this format, without the dot. */
  default String extension() {
    return format();
  }

  /**
   * Writes the report. The stream is flushed but not closed: the caller owns it (it may be stdout).
   */
  void write(ScanResult result, ReportContext ctx, OutputStream out) throws IOException;
}
