package dev.hops.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Where a command writes: stdout, stderr, and whether --debug asked for stack traces. */
public final class Console {

  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputStream rawOut;
  private boolean debug;
  private boolean system;

  public Console() {
    this(new PrintStream(System.out, false, StandardCharsets.UTF_8), System.err);
    this.system = true;
  }

  public Console(OutputStream out, OutputStream err) {
    this.rawOut = out;
    this.out = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    this.err = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public OutputStream rawOut() {
    return rawOut;
  }

  /** True for the process's own stdout and stderr (not a test's captured streams). */
  public boolean isSystem() {
    return system;
  }

  public boolean debug() {
    return debug;
  }

  public void setDebug(boolean debug) {
    this.debug = debug;
  }

  public void flush() {
    out.flush();
    err.flush();
  }
}
