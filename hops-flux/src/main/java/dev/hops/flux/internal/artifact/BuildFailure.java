package dev.hops.flux.internal.artifact;

/**
 * Why an artifact could not be built, worded as source-watcher's Go error (each caller adds the
 * prefix its Go counterpart wraps the error with).
 */
class BuildFailure extends Exception {

  BuildFailure(String message) {
    super(message, null, false, false);
  }

  /** {@code fmt.Errorf(prefix + ": %w", err)}. */
  BuildFailure wrap(String prefix) {
    return new BuildFailure(prefix + ": " + getMessage());
  }
}
