package dev.hops.cli;

/** With HOPS_TRACE set, prints how long after JVM start each phase ended (for benchmarking). */
final class Trace {

  private static final boolean ON = System.getenv("HOPS_TRACE") != null;

  private Trace() {}

  static void mark(String phase) {
    if (ON) {
      System.err.println("trace: " + phase + " at " + System.currentTimeMillis());
    }
  }
}
