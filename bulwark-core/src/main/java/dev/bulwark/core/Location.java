package dev.bulwark.core;

/** Where a finding is: in a source file, in an API document, or on a live HTTP endpoint. */
public sealed interface Location permits SourceLocation, SpecLocation, HttpLocation {

  /** The kind as written in reports: {@code source}, {@code spec} or {@code http}. */
  String kind();

  /**
   * The part of the location that identifies it across unrelated edits: never a line number, so a
   * finding keeps its fingerprint when code above it moves.
   */
  String fingerprintKey();

  /** A short human form, e.g. {@code app.py:12:5} or {@code GET /users/{id}}. */
  String display();

  /** The file this location is in, for sorting and grouping; empty for HTTP locations. */
  String file();

  /** The line, 1-based, or 0 when the location has none. */
  int line();
}
