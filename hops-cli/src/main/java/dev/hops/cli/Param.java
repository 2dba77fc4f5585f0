package dev.hops.cli;

/** A positional parameter of a command: its label in the help, and how many it takes. */
record Param(String label, String description, boolean required, boolean repeated) {

  static Param required(String label, String description) {
    return new Param(label, description, true, false);
  }

  static Param optional(String label, String description) {
    return new Param(label, description, false, false);
  }

  /** Any number, none included. */
  static Param repeated(String label, String description) {
    return new Param(label, description, false, true);
  }

  /** How the help shows it: {@code NAME}, {@code [REPO]} or {@code [DIR...]}. */
  String synopsis() {
    String s = repeated ? label + "..." : label;
    return required ? s : "[" + s + "]";
  }
}
