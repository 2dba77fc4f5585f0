package dev.hops.check.schemagen;

import java.io.IOException;
import java.util.Deque;

/** The type code of a model field (see {@link SchemaGen}) from its JVM type signature. */
final class Types {

  private static final String LIST = "Ljava/util/List<";
  private static final String MAP = "Ljava/util/Map<Ljava/lang/String;";
  private static final String MODEL = "L" + ClientJar.MODELS;

  private Types() {}

  static String code(String sig, String where, Deque<String> todo) throws IOException {
    if (sig.startsWith(LIST) && sig.endsWith(">;")) {
      return "[" + code(sig.substring(LIST.length(), sig.length() - 2), where, todo);
    }
    if (sig.startsWith(MAP) && sig.endsWith(">;")) {
      return "{" + code(sig.substring(MAP.length(), sig.length() - 2), where, todo);
    }
    if (sig.startsWith(MODEL)
        && sig.endsWith(";")
        && sig.indexOf('$') < 0
        && sig.indexOf('<') < 0) {
      String model = sig.substring(MODEL.length(), sig.length() - 1);
      todo.add(model);
      return "@" + model;
    }
    return switch (sig) {
      case "Ljava/lang/String;" -> "s";
      case "Ljava/lang/Integer;", "Ljava/lang/Long;" -> "i";
      case "Ljava/lang/Double;", "Ljava/lang/Float;", "Ljava/math/BigDecimal;" -> "n";
      case "Ljava/lang/Boolean;" -> "b";
      case "Ljava/time/OffsetDateTime;" -> "t";
      case "[B" -> "y";
      case "Lio/kubernetes/client/custom/IntOrString;" -> "x";
      case "Lio/kubernetes/client/custom/Quantity;" -> "q";
      case "Ljava/lang/Object;" -> "a";
      default -> throw new IOException(where + ": unexpected field type " + sig);
    };
  }
}
