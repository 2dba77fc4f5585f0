package dev.hops.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new Console(out, err));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
