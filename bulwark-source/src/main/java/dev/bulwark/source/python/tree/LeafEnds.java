package dev.bulwark.source.python.tree;

/**
 * Finds where a named leaf token ends by scanning the source from its start, which is much cheaper
 * than a JNI call per token. Only shapes whose end is certain are scanned; anything else ({@link
 * #ASK}, or a scan that meets a byte it is unsure of) is asked from tree-sitter, so that the result
 * always equals tree-sitter's own end byte (the native export reads that directly).
 */
final class LeafEnds {
  static final byte ASK = 0;
  static final byte NAME = 1;
  static final byte COMMENT = 3;
  static final byte STRING_START = 4;

  private LeafEnds() {}

  static byte kindOf(String symbolName) {
    return switch (symbolName) {
      case "identifier", "true", "false", "none" -> NAME;
      case "comment" -> COMMENT;
      case "string_start" -> STRING_START;
      // numbers: `1if x else y` and `1.5e10.real` make a byte scan guess wrong;
      // string_end: its length depends on the opening quote
      default -> ASK;
    };
  }

  /** The end offset, or -1 when the token must be asked for. */
  static int scan(byte kind, byte[] src, int start) {
    int i = start;
    int n = src.length;
    switch (kind) {
      case NAME -> {
        // ASCII only: which non-ASCII characters continue an identifier is Unicode's business.
        while (i < n && isAsciiNameByte(src[i])) {
          i++;
        }
        return i > start && (i == n || src[i] >= 0) ? i : -1;
      }
      case COMMENT -> {
        // tree-sitter's `.` stops at a newline only (a CR stays in the comment), and at a NUL.
        while (i < n && src[i] != '\n' && src[i] != 0) {
          i++;
        }
        return i == n || src[i] == '\n' ? i : -1;
      }
      case STRING_START -> {
        while (i < n && isAsciiLetter(src[i])) {
          i++;
        }
        return quoteEnd(src, i);
      }
      default -> {
        return -1;
      }
    }
  }

  private static int quoteEnd(byte[] src, int i) {
    if (i >= src.length || src[i] != '"' && src[i] != '\'') {
      return -1;
    }
    byte q = src[i];
    if (i + 2 < src.length && src[i + 1] == q && src[i + 2] == q) {
      return i + 3;
    }
    return i + 1;
  }

  private static boolean isAsciiLetter(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiNameByte(byte c) {
    return c == '_' || isAsciiLetter(c) || c >= '0' && c <= '9';
  }
}
