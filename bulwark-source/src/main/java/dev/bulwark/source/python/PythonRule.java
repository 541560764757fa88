package dev.bulwark.source.python;

import dev.bulwark.core.RuleMeta;

/**
 * One Python rule. The analysis walks each tree once and hands every node whose type is in {@link
 * #nodeTypes()} to {@link #visit}; rules never walk the whole tree themselves.
 */
public interface PythonRule extends NodeVisitor {
  RuleMeta meta();

  /** Lines of a {@code .env} / {@code .flaskenv} file; most rules ignore them. */
  default void visitEnvLine(String file, int line, String text, FileScope.EnvSink sink) {}
}
