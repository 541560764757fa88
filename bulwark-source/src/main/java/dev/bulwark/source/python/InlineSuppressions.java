package dev.bulwark.source.python;

import dev.bulwark.core.InlineIgnore;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Optional;

/** Finds a {@code bulwark: ignore[rule] reason} comment on a finding's line or the line above. */
final class InlineSuppressions {
  private InlineSuppressions() {}

  static Optional<InlineIgnore> find(PyTree tree, int line, String ruleId) {
    for (int l = line; l >= Math.max(1, line - 1); l--) {
      String text = tree.lineText(l);
      if (text.contains("bulwark:")) {
        Optional<InlineIgnore> ignore = InlineIgnore.parse(text).filter(i -> i.covers(ruleId));
        if (ignore.isPresent()) {
          return ignore;
        }
      }
    }
    return Optional.empty();
  }
}
