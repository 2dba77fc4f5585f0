package dev.hops.cli;

/**
 * A command line that does not fit the command: an unknown option, a missing or invalid value, a
 * parameter too many or too few. {@link Main} prints its message with a hint and exits with 2.
 */
final class UsageException extends RuntimeException {

  UsageException(String message) {
    super(message);
  }
}
