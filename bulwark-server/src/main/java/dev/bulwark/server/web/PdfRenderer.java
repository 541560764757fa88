package dev.bulwark.server.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** XHTML to PDF with openhtmltopdf; the document is self-contained, so nothing is fetched. */
final class PdfRenderer {
  static {
    // openhtmltopdf logs every unsupported CSS property through java.util.logging by default.
    XRLog.setLoggingEnabled(false);
  }

  private PdfRenderer() {}

  static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the PDF", e);
    }
    return out.toByteArray();
  }
}
