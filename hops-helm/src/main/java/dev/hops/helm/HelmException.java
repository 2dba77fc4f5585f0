package dev.hops.helm;

/** Helm could not load or render a chart; the message is Helm's own. */
public final class HelmException extends RuntimeException {

  public HelmException(String message) {
    super(message);
  }
}
