package dev.bulwark.spec.load;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: escaping, splitting, joining. */
public final class JsonPointers {
  private JsonPointers() {}

  public static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  public static String unescape(String segment) {
    if (segment.indexOf('~') < 0) {
      return segment;
    }
    return segment.replace("~1", "/").replace("~0", "~");
  }

  public static String child(String pointer, String segment) {
    return pointer + "/" + escape(segment);
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  public static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty() || "/".equals(pointer)) {
      return out;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      out.add(unescape(raw));
    }
    return out;
  }

  /** The pointer and each of its ancestors, longest first, ending with the root {@code ""}. */
  public static List<String> selfAndAncestors(String pointer) {
    List<String> out = new ArrayList<>();
    String current = pointer;
    while (!current.isEmpty()) {
      out.add(current);
      current = current.substring(0, current.lastIndexOf('/'));
    }
    out.add("");
    return out;
  }

  static int index(String segment) {
    try {
      return Integer.parseInt(segment);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
