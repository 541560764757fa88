package dev.bulwark.live.engine;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/** Reading failures of requests: which mean "unreachable", and a one-line message. */
final class Failures {
  private Failures() {}

  static boolean isUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a target is unreachable, in words: the JDK client's root cause is often a bare {@code
   * ClosedChannelException}, while the {@code ConnectException} above it says what happened.
   */
  static String unreachableReason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        String text = t.getMessage();
        return text == null || text.isBlank() ? "connection refused" : firstLine(text);
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "the host name does not resolve";
      }
    }
    return oneLine(rootCause(failure));
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse(text);
  }

  static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  static String oneLine(Throwable t) {
    String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return text.lines().findFirst().orElse(t.getClass().getSimpleName());
  }
}
