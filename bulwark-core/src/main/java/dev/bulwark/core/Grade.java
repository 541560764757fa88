package dev.bulwark.core;

/** Letter grades; see docs/scoring.md for the bands. */
public enum Grade {
  A(90),
  B(80),
  C(70),
  D(60),
  F(0);

  private final int minimum;

  Grade(int minimum) {
    this.minimum = minimum;
  }

  public int minimum() {
    return minimum;
  }

  public static Grade of(int score) {
    for (Grade g : values()) {
      if (score >= g.minimum) {
        return g;
      }
    }
    return F;
  }
}
