package dev.hops.yaml;

/** How a scalar was written; kept so that quoted strings stay strings. */
public enum ScalarStyle {
  PLAIN,
  SINGLE_QUOTED,
  DOUBLE_QUOTED,
  LITERAL,
  FOLDED;

  public boolean isQuotedOrBlock() {
    return this != PLAIN;
  }
}
