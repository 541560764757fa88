package dev.bulwark.source.python.flow;

import dev.bulwark.core.FlowStep;
import java.util.ArrayList;
import java.util.List;

/**
 * What a value carries: a key (secret), request input, or a function parameter (for summaries),
 * with the steps that brought it here.
 *
 * @param param the parameter index for {@link Kind#PARAM}, else -1
 * @param label short name of the origin, e.g. {@code API_KEY}
 */
public record Taint(Kind kind, int param, String label, List<FlowStep> steps) {
  /** The origin of a tainted value. */
  public enum Kind {
    KEY,
    REQUEST,
    PARAM
  }

  private static final int MAX_STEPS = 12;

  public Taint {
    steps = List.copyOf(steps);
  }

  public static Taint of(Kind kind, String label, FlowStep first) {
    return new Taint(kind, -1, label, List.of(first));
  }

  public static Taint param(int index, String name) {
    return new Taint(Kind.PARAM, index, name, List.of());
  }

  public boolean isKey() {
    return kind == Kind.KEY;
  }

  public Taint then(FlowStep step) {
    if (steps.size() >= MAX_STEPS
        || (!steps.isEmpty() && steps.get(steps.size() - 1).equals(step))) {
      return this;
    }
    List<FlowStep> next = new ArrayList<>(steps);
    next.add(step);
    return new Taint(kind, param, label, next);
  }

  /** This taint continued by the steps of a callee's summary. */
  public Taint thenAll(List<FlowStep> more) {
    Taint t = this;
    for (FlowStep s : more) {
      t = t.then(s);
    }
    return t;
  }
}
