package dev.bulwark.source.python.tree;

import java.util.HashMap;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TSSymbolType;
import org.treesitter.TreeSitterPython;

/** The Python grammar's symbol and field tables, read once from tree-sitter. */
final class Grammar {
  private static final Grammar PYTHON = new Grammar(new TreeSitterPython());

  private final TSLanguage language;
  private final String[] names;
  private final boolean[] named;
  private final Map<String, Integer> fields = new HashMap<>();
  private final byte[] leafKinds;
  private final boolean[] trailingHidden;

  private Grammar(TSLanguage language) {
    this.language = language;
    int count = language.symbolCount();
    names = new String[count + 1];
    named = new boolean[count + 1];
    for (int i = 0; i < count; i++) {
      names[i] = language.symbolName(i).intern();
      named[i] = language.symbolType(i) == TSSymbolType.TSSymbolTypeRegular;
    }
    names[count] = "ERROR";
    leafKinds = new byte[count + 1];
    trailingHidden = new boolean[count + 1];
    for (int i = 0; i < count; i++) {
      leafKinds[i] = LeafEnds.kindOf(names[i]);
      // Their text may go on after the last visible child, in hidden tokens (the plain text after
      // an escape sequence; a format spec's literal text).
      trailingHidden[i] = names[i].equals("string_content") || names[i].equals("format_specifier");
    }
    for (int i = 1; i <= language.fieldCount(); i++) {
      fields.put(language.fieldNameForId(i), i);
    }
  }

  static Grammar python() {
    return PYTHON;
  }

  TSLanguage language() {
    return language;
  }

  String name(int symbol) {
    return symbol >= 0 && symbol < names.length ? names[symbol] : "ERROR";
  }

  boolean named(int symbol) {
    return symbol < 0 || symbol >= named.length || named[symbol];
  }

  /** How the end of a named leaf of this symbol can be found without asking tree-sitter. */
  byte leafKind(int symbol) {
    return symbol >= 0 && symbol < leafKinds.length ? leafKinds[symbol] : LeafEnds.ASK;
  }

  /** True when an inner node of this symbol may end after its last visible child. */
  boolean trailingHidden(int symbol) {
    return symbol >= 0 && symbol < trailingHidden.length && trailingHidden[symbol];
  }

  int fieldId(String name) {
    return fields.getOrDefault(name, -1);
  }
}
