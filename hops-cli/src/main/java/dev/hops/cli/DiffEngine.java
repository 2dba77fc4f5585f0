package dev.hops.cli;

import dev.hops.diff.Differ;
import java.util.Objects;

/** How {@code hops diff} compares two renders and prints the changes. */
record DiffEngine(Differ.Comparison comparison, DiffPrinter printer) {

  DiffEngine {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(printer, "printer");
  }
}
