package dev.hops.cli;

import dev.hops.yaml.HopsException;

/**
 * Turns an exception into what a user should see: the one-line message of a {@link HopsException}
 * (with its "while ..." context), or a short internal-error line; the stack trace only with
 * --debug.
 */
final class ErrorHandler {

  private ErrorHandler() {}

  /** Reports an exception a command raised; returns the exit code, 1. */
  static int handle(Console console, Exception ex) {
    console.out().flush();
    report(console, ex);
    return 1;
  }

  static void report(Console console, Throwable ex) {
    if (ex instanceof HopsException h) {
      console.err().println("Error: " + h.format());
    } else if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
      console.err().println("Error: " + ex.getMessage());
    } else {
      console
          .err()
          .println(
              "Error: internal error: "
                  + ex
                  + (console.debug() ? "" : " (run with --debug for the stack trace)"));
    }
    if (console.debug()) {
      ex.printStackTrace(console.err());
    }
    console.err().flush();
  }
}
