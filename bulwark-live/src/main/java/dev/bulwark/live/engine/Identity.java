package dev.bulwark.live.engine;

/** Whose credentials a request carries. */
public enum Identity {
  /** No credentials: the anonymous surface, always probed first. */
  ANONYMOUS,
  /** The user's credentials ({@code --header}). */
  PRIMARY,
  /** The second identity ({@code --identity-b}), for cross-user checks. */
  SECOND
}
