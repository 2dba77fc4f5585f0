package dev.hops.check.schema;

import java.util.regex.Pattern;

/** The syntax of a Kubernetes resource quantity (apimachinery's resource.ParseQuantity). */
final class Quantities {

  /**
   * A signed decimal number, then a binary SI suffix (Ki..Ei), a decimal SI suffix (n, u, m, k, M,
   * G, T, P, E) or a decimal exponent (e3, E-2), or nothing.
   */
  private static final Pattern QUANTITY =
      Pattern.compile(
          "^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$");

  private Quantities() {}

  static boolean valid(String s) {
    return QUANTITY.matcher(s).matches();
  }
}
