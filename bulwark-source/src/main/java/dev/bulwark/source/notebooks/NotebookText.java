package dev.bulwark.source.notebooks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A Jupyter notebook as its cells' own text, line for line with the {@code .ipynb} file.
 *
 * <p>Jupyter writes each line of a cell's source and of its text outputs as one JSON string on a
 * line of its own. Read as JSON text, {@code API_KEY = "…"} in a code cell is {@code "API_KEY =
 * \"…\"\n",} and a name-value parser sees a backslash where the quote should be. This class parses
 * the notebook and puts, on each line that holds such a string, the string's unescaped content
 * instead; every other line (metadata, widget state, structure) stays as it was. Line numbers are
 * unchanged, so findings point into the {@code .ipynb} file itself.
 */
public final class NotebookText {
  /** The array fields whose string elements are a cell's lines: source, stream text, rich text. */
  private static final Set<String> LINE_ARRAYS =
      Set.of("source", "text", "text/plain", "text/markdown", "text/html", "traceback");

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build();

  private NotebookText() {}

  /** Whether {@code relative} names a notebook. */
  public static boolean isNotebook(String relative) {
    return relative.endsWith(".ipynb");
  }

  /**
   * The line-aligned text of the notebook in {@code bytes[0, len)}, or empty when it is not a JSON
   * document (then the caller scans it as it is).
   */
  public static Optional<byte[]> lineAligned(byte[] bytes, int len) {
    int[] lineStarts = lineStarts(bytes, len);
    String[] replacement = new String[lineStarts.length];
    boolean[] shared = new boolean[lineStarts.length];
    try (JsonParser p = JSON.createParser(bytes, 0, len)) {
      String arrayField = null;
      int depthInArray = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_ARRAY) {
          String field = p.currentName();
          if (depthInArray == 0 && field != null && LINE_ARRAYS.contains(field)) {
            arrayField = field;
            depthInArray = 1;
          } else if (depthInArray > 0) {
            depthInArray++;
          }
        } else if (t == JsonToken.END_ARRAY && depthInArray > 0) {
          depthInArray--;
          if (depthInArray == 0) {
            arrayField = null;
          }
        } else if (t == JsonToken.VALUE_STRING && depthInArray == 1 && arrayField != null) {
          int line = (int) p.currentTokenLocation().getLineNr() - 1;
          int endLine = (int) p.currentLocation().getLineNr() - 1;
          if (line >= 0 && line == endLine && line < replacement.length) {
            shared[line] |= replacement[line] != null;
            replacement[line] = p.getText();
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(assemble(bytes, len, lineStarts, replacement, shared));
  }

  private static byte[] assemble(
      byte[] bytes, int len, int[] lineStarts, String[] replacement, boolean[] shared) {
    byte[] out = new byte[len + 256];
    int size = 0;
    for (int line = 0; line < lineStarts.length; line++) {
      int from = lineStarts[line];
      int to = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : len;
      byte[] text;
      if (replacement[line] != null && !shared[line]) {
        // one line of a cell: its content, with the newline it carries (and any it holds inside,
        // which would shift the lines after it) turned into spaces
        text = flatten(replacement[line]).getBytes(StandardCharsets.UTF_8);
      } else {
        text = Arrays.copyOfRange(bytes, from, to);
      }
      if (size + text.length + 1 > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, size + text.length + 1));
      }
      System.arraycopy(text, 0, out, size, text.length);
      size += text.length;
      if (line + 1 < lineStarts.length) {
        out[size++] = '\n';
      }
    }
    return Arrays.copyOf(out, size);
  }

  private static String flatten(String cellLine) {
    String s = cellLine.endsWith("\n") ? cellLine.substring(0, cellLine.length() - 1) : cellLine;
    return s.replace('\n', ' ').replace('\r', ' ');
  }

  private static int[] lineStarts(byte[] bytes, int len) {
    int count = 1;
    for (int i = 0; i < len; i++) {
      if (bytes[i] == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < len; i++) {
      if (bytes[i] == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }
}
