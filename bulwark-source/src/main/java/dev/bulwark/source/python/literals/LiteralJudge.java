package dev.bulwark.source.python.literals;

import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.secrets.SecretMatch;
import java.util.List;
import java.util.Optional;

/** Decides whether a folded Python literal is a secret; backed by the secrets engine. */
public interface LiteralJudge {
  /** Catalog matches in a value. */
  List<SecretMatch> findIn(String text);

  /** The generic judgement of a value assigned to a name. */
  Optional<SecretMatch> judgeAssignment(String name, String value);

  static LiteralJudge of(SecretEngine engine) {
    return new LiteralJudge() {
      @Override
      public List<SecretMatch> findIn(String text) {
        return engine.findIn(text);
      }

      @Override
      public Optional<SecretMatch> judgeAssignment(String name, String value) {
        return engine.judgeAssignment(name, value);
      }
    };
  }
}
