package dev.hops.check;

/** How much a finding matters: errors fail {@code hops check}, the others are reported. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
