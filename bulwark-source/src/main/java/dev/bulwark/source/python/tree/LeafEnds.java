package dev.bulwark.source.python.tree;

/**
 * Finds where a named leaf token ends by scanning the source from its start, which is much cheaper
 * than a JNI call per token. Only token kinds with an unambiguous lexical shape are scanned; the
 * rest ({@link #ASK}) are asked from tree-sitter.
 */
final class LeafEnds {
  static final byte ASK = 0;
  static final byte NAME = 1;
  static final byte NUMBER = 2;
  static final byte COMMENT = 3;
  static final byte STRING_START = 4;
  static final byte STRING_END = 5;

  private LeafEnds() {}

  static byte kindOf(String symbolName) {
    return switch (symbolName) {
      case "identifier", "true", "false", "none" -> NAME;
      case "integer", "float" -> NUMBER;
      case "comment" -> COMMENT;
      case "string_start" -> STRING_START;
      case "string_end" -> ASK; // its length depends on the opening quote
      default -> ASK;
    };
  }

  /** The end offset, or -1 when the token does not have the expected shape. */
  static int scan(byte kind, byte[] src, int start) {
    int i = start;
    int n = src.length;
    switch (kind) {
      case NAME -> {
        while (i < n && isNameByte(src[i])) {
          i++;
        }
        return i > start ? i : -1;
      }
      case NUMBER -> {
        while (i < n) {
          byte c = src[i];
          if (isNameByte(c) && c >= 0 || c == '.') {
            i++;
          } else if ((c == '+' || c == '-')
              && i > start
              && (src[i - 1] | 0x20) == 'e'
              && !isHex(src, start)) {
            i++;
          } else {
            break;
          }
        }
        return i > start ? i : -1;
      }
      case COMMENT -> {
        while (i < n && src[i] != '\n' && src[i] != '\r') {
          i++;
        }
        return i;
      }
      case STRING_START -> {
        while (i < n && Character.isLetter(src[i])) {
          i++;
        }
        return quoteEnd(src, i);
      }
      case STRING_END -> {
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

  private static boolean isHex(byte[] src, int start) {
    return start + 1 < src.length && src[start] == '0' && (src[start + 1] | 0x20) == 'x';
  }

  private static boolean isNameByte(byte c) {
    return c < 0
        || c == '_'
        || c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9';
  }
}
