package dev.hops.helm.oci;

/** A registry refused or failed a request; the message names the registry and what was asked. */
public final class RegistryException extends RuntimeException {

  public RegistryException(String message) {
    super(message);
  }

  public RegistryException(String message, Throwable cause) {
    super(message, cause);
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
