package dev.bulwark.report;

import dev.bulwark.core.Grade;
import dev.bulwark.core.Severity;

/** ANSI styling for the text report; every method is the identity when colour is off. */
final class Ansi {

  private static final String RESET = "\u001b[0m";
  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  String bold(String text) {
    return style("1", text);
  }

  String dim(String text) {
    return style("2", text);
  }

  String severity(Severity severity, String text) {
    return switch (severity) {
      case CRITICAL -> style("1;35", text);
      case HIGH -> style("1;31", text);
      case MEDIUM -> style("33", text);
      case LOW -> style("34", text);
      case INFO -> style("2", text);
    };
  }

  String grade(Grade grade, String text) {
    return switch (grade) {
      case A, B -> style("1;32", text);
      case C -> style("1;33", text);
      case D, F -> style("1;31", text);
    };
  }

  private String style(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + RESET : text;
  }
}
