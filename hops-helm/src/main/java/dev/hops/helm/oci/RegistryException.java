package dev.hops.helm.oci;

/** A registry refused or failed a request; the message names the registry and what was asked. */
public final class RegistryException extends RuntimeException {

  private final boolean unreachable;

  public RegistryException(String message) {
    super(message);
    this.unreachable = false;
  }

  public RegistryException(String message, Throwable cause) {
    super(message, cause);
    this.unreachable = false;
  }

  private RegistryException(String message, Throwable cause, boolean unreachable) {
    super(message, cause);
    this.unreachable = unreachable;
  }

  /**
   * The registry or repository could not be reached (no network, a timeout), or the cache does not
   * have what offline mode asked for: the chart may well exist; nothing is known about it.
   */
  public static RegistryException unreachable(String message, Throwable cause) {
    return new RegistryException(message, cause, true);
  }

  /** True when the failure says nothing about the chart itself (see {@link #unreachable}). */
  public boolean isUnreachable() {
    return unreachable;
  }

  /** An I/O failure in words (the JDK's connection errors often have no message). */
  public static String describe(java.io.IOException e) {
    String m = e.getMessage();
    if (e instanceof java.net.ConnectException) {
      Throwable c = e.getCause();
      String why = m != null ? m : c != null ? c.getClass().getSimpleName() : null;
      return "cannot connect" + (why == null ? "" : " (" + why + ")");
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
