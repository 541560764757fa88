package dev.bulwark.live.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a {@code Content-Encoding} the server applied although Bulwark never asked for one,
 * stopping at the size cap so a compression bomb costs at most the cap.
 */
final class BodyDecoder {
  /** The decoded bytes and whether the cap cut them. */
  record Decoded(byte[] bytes, boolean truncated) {}

  private BodyDecoder() {}

  static Decoded decode(byte[] raw, String encoding, long cap) throws IOException {
    String name = encoding.strip().toLowerCase(java.util.Locale.ROOT);
    if (name.isEmpty() || name.equals("identity")) {
      return new Decoded(raw, false);
    }
    try (InputStream in = open(raw, name)) {
      if (in == null) {
        return new Decoded(raw, false);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) != -1) {
        int room = (int) Math.min(read, cap - out.size());
        out.write(buffer, 0, room);
        if (out.size() >= cap) {
          return new Decoded(out.toByteArray(), true);
        }
      }
      return new Decoded(out.toByteArray(), false);
    }
  }

  private static InputStream open(byte[] raw, String name) throws IOException {
    return switch (name) {
      case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(raw));
      case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(raw));
      default -> null;
    };
  }
}
