package dev.bulwark.source.python.tree;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A parsed Python file held as plain arrays (one slot per syntax node, in preorder), read from
 * tree-sitter once (see {@link PyParser}) so that rules never cross JNI again. Offsets are
 * tree-sitter's own. Nodes are ints; -1 means "none".
 */
public final class PyTree {
  private final byte[] source;
  private final Grammar grammar;
  private final int[] symbol;
  private final int[] field;
  private final int[] parent;
  private final int[] firstChild;
  private final int[] nextSibling;
  private final int[] start;
  private final int[] end;
  private final int size;
  private final int[] lineStarts;
  private final boolean hasErrors;

  PyTree(byte[] source, Grammar grammar, Builder b, boolean hasErrors) {
    this.source = source;
    this.grammar = grammar;
    this.symbol = b.symbol;
    this.field = b.field;
    this.parent = b.parent;
    this.firstChild = b.firstChild;
    this.nextSibling = b.nextSibling;
    this.start = b.start;
    this.end = b.end;
    this.size = b.size;
    this.lineStarts = lineStarts(source);
    this.hasErrors = hasErrors;
  }

  public int size() {
    return size;
  }

  public int sourceLength() {
    return source.length;
  }

  public int root() {
    return 0;
  }

  public boolean hasErrors() {
    return hasErrors;
  }

  public String type(int n) {
    return n < 0 ? "" : grammar.name(symbol[n]);
  }

  public int symbol(int n) {
    return symbol[n];
  }

  public boolean is(int n, String type) {
    return n >= 0 && grammar.name(symbol[n]).equals(type);
  }

  public boolean named(int n) {
    return n >= 0 && grammar.named(symbol[n]);
  }

  public int parent(int n) {
    return n < 0 ? -1 : parent[n];
  }

  public int firstChild(int n) {
    return n < 0 ? -1 : firstChild[n];
  }

  public int nextSibling(int n) {
    return n < 0 ? -1 : nextSibling[n];
  }

  /** The first named child, or -1. */
  public int firstNamed(int n) {
    int c = firstChild(n);
    while (c >= 0 && !named(c)) {
      c = nextSibling[c];
    }
    return c;
  }

  /** The next named sibling, or -1. */
  public int nextNamed(int n) {
    int c = nextSibling(n);
    while (c >= 0 && !named(c)) {
      c = nextSibling[c];
    }
    return c;
  }

  public int[] namedChildren(int n) {
    int count = 0;
    for (int c = firstNamed(n); c >= 0; c = nextNamed(c)) {
      count++;
    }
    int[] out = new int[count];
    int i = 0;
    for (int c = firstNamed(n); c >= 0; c = nextNamed(c)) {
      out[i++] = c;
    }
    return out;
  }

  /** The child in the grammar field {@code name} (e.g. {@code function}, {@code left}), or -1. */
  public int child(int n, String name) {
    int id = grammar.fieldId(name);
    if (id <= 0 || n < 0) {
      return -1;
    }
    for (int c = firstChild[n]; c >= 0; c = nextSibling[c]) {
      if (field[c] == id) {
        return c;
      }
    }
    return -1;
  }

  /** The first child of the given type, or -1. */
  public int childOfType(int n, String type) {
    if (n < 0) {
      return -1;
    }
    for (int c = firstChild[n]; c >= 0; c = nextSibling[c]) {
      if (is(c, type)) {
        return c;
      }
    }
    return -1;
  }

  public String text(int n) {
    if (n < 0) {
      return "";
    }
    int s = Math.min(start[n], source.length);
    int e = Math.max(s, Math.min(end[n], source.length));
    return new String(source, s, e - s, StandardCharsets.UTF_8);
  }

  public int startByte(int n) {
    return n < 0 ? 0 : start[n];
  }

  public int endByte(int n) {
    return n < 0 ? 0 : end[n];
  }

  /** 1-based line of the node's first byte. */
  public int line(int n) {
    return lineOf(startByte(n));
  }

  /** 1-based column (in bytes) of the node's first byte. */
  public int column(int n) {
    return startByte(n) - lineStarts[lineOf(startByte(n)) - 1] + 1;
  }

  public int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The text of a 1-based line without its line break; empty when out of range. */
  public String lineText(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int s = lineStarts[line - 1];
    int e = line < lineStarts.length ? lineStarts[line] : source.length;
    while (e > s && (source[e - 1] == '\n' || source[e - 1] == '\r')) {
      e--;
    }
    return new String(source, s, e - s, StandardCharsets.UTF_8);
  }

  /** True when {@code ancestor} is {@code n} or one of its ancestors. */
  public boolean within(int n, int ancestor) {
    for (int p = n; p >= 0; p = parent[p]) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The nearest ancestor (excluding n) of the given type, or -1. */
  public int ancestor(int n, String type) {
    for (int p = parent(n); p >= 0; p = parent[p]) {
      if (is(p, type)) {
        return p;
      }
    }
    return -1;
  }

  private static int[] lineStarts(byte[] src) {
    int count = 1;
    for (byte b : src) {
      if (b == '\n') {
        count++;
      }
    }
    int[] out = new int[count];
    int i = 1;
    for (int k = 0; k < src.length; k++) {
      if (src[k] == '\n') {
        out[i++] = k + 1;
      }
    }
    return out;
  }

  /**
   * The first difference from {@code other} in anything a reader fills (the trees of two readers of
   * one source must be equal), or empty when there is none.
   */
  Optional<String> difference(PyTree other) {
    if (size != other.size || hasErrors != other.hasErrors) {
      return Optional.of(
          "size/errors " + size + "/" + hasErrors + " vs " + other.size + "/" + other.hasErrors);
    }
    int[][] mine = {symbol, field, parent, firstChild, nextSibling, start, end};
    int[][] theirs = {
      other.symbol,
      other.field,
      other.parent,
      other.firstChild,
      other.nextSibling,
      other.start,
      other.end
    };
    String[] names = {"symbol", "field", "parent", "firstChild", "nextSibling", "start", "end"};
    for (int n = 0; n < size; n++) {
      for (int c = 0; c < mine.length; c++) {
        if (mine[c][n] != theirs[c][n]) {
          return Optional.of(
              names[c]
                  + " of node "
                  + n
                  + " ("
                  + type(n)
                  + " at byte "
                  + start[n]
                  + "): "
                  + mine[c][n]
                  + " vs "
                  + theirs[c][n]);
        }
      }
    }
    return Optional.empty();
  }

  /** Growable arrays filled by the reader. */
  static final class Builder {
    int[] symbol;
    int[] field;
    int[] parent;
    int[] firstChild;
    int[] nextSibling;
    int[] start;
    int[] end;
    int size;

    Builder() {
      this(256);
    }

    Builder(int capacity) {
      symbol = new int[capacity];
      field = new int[capacity];
      parent = new int[capacity];
      firstChild = new int[capacity];
      nextSibling = new int[capacity];
      start = new int[capacity];
      end = new int[capacity];
    }

    int capacity() {
      return symbol.length;
    }

    int add(int sym, int fieldId, int parentNode, int startByte) {
      if (size == symbol.length) {
        int cap = Math.max(16, size * 2);
        symbol = Arrays.copyOf(symbol, cap);
        field = Arrays.copyOf(field, cap);
        parent = Arrays.copyOf(parent, cap);
        firstChild = Arrays.copyOf(firstChild, cap);
        nextSibling = Arrays.copyOf(nextSibling, cap);
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
      }
      int n = size++;
      symbol[n] = sym;
      field[n] = fieldId;
      parent[n] = parentNode;
      firstChild[n] = -1;
      nextSibling[n] = -1;
      start[n] = startByte;
      end[n] = startByte;
      return n;
    }
  }
}
