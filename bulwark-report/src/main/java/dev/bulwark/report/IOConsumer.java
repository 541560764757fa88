package dev.bulwark.report;

import java.io.IOException;

/** A consumer that may throw {@link IOException}, e.g. a reporter writing to a stream. */
@FunctionalInterface
public interface IOConsumer<T> {
  void accept(T value) throws IOException;
}
