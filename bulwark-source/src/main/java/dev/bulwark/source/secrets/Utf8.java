package dev.bulwark.source.secrets;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** A UTF-8 validity check that costs one pass of OR-ing bytes when the text is plain ASCII. */
final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** Whether a NUL byte occurs in {@code buf[0, len)}, eight bytes at a time (SWAR). */
  static boolean hasZeroByte(byte[] buf, int len) {
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long x = (long) LONGS.get(buf, i);
      if (((x - 0x0101010101010101L) & ~x & HIGH_BITS) != 0) {
        return true;
      }
    }
    for (; i < len; i++) {
      if (buf[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Eight bytes at a time: plain ASCII text, the common case, is judged at memory speed. */
  private static boolean ascii(byte[] buf, int len) {
    long any = 0;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      any |= (long) LONGS.get(buf, i);
    }
    for (; i < len; i++) {
      any |= buf[i];
    }
    return (any & HIGH_BITS) == 0;
  }

  /**
   * Whether {@code buf[0, len)} is valid UTF-8. When {@code complete} is false a sequence cut at
   * the end of the buffer is not held against it.
   */
  static boolean valid(byte[] buf, int len, boolean complete) {
    if (ascii(buf, len)) {
      return true;
    }
    int i = 0;
    while (i < len) {
      int b = buf[i] & 0xff;
      int extra;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        extra = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        extra = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        extra = 3;
      } else {
        return false;
      }
      if (i + extra >= len) {
        return !complete;
      }
      for (int k = 1; k <= extra; k++) {
        if ((buf[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += extra + 1;
    }
    return true;
  }
}
