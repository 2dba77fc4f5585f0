package dev.hops.kustomize.internal.res;

/** Generator behaviors as kustomize's {@code types.GenerationBehavior} spells them. */
public final class Behaviors {
  public static final String UNSPECIFIED = "unspecified";
  public static final String CREATE = "create";
  public static final String REPLACE = "replace";
  public static final String MERGE = "merge";

  private Behaviors() {}

  /** Anything but create, replace and merge is unspecified. */
  public static String normalize(String s) {
    return switch (s == null ? "" : s) {
      case CREATE, REPLACE, MERGE -> s;
      default -> UNSPECIFIED;
    };
  }
}
