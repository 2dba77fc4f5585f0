package dev.hops.helm.oci;

/** A registry refused or failed a request; the message names the registry and what was asked. */
public final class RegistryException extends RuntimeException {

  public RegistryException(String message) {
    super(message);
  }

  public RegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
