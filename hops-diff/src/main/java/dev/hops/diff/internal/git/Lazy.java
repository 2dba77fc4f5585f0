package dev.hops.diff.internal.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** A value computed once, when first asked for, by any of several threads. */
public final class Lazy<T> implements Supplier<T> {

  /** A computation that reads something. */
  @FunctionalInterface
  public interface Reading<T> {
    T get() throws IOException;
  }

  private final Reading<T> computation;
  private T value;

  public Lazy(Reading<T> computation) {
    this.computation = computation;
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      try {
        value = computation.get();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value;
  }
}
