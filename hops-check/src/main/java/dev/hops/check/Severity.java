package dev.hops.check;

import java.util.Locale;

/** How much a finding matters: errors fail {@code hops check}, the others are reported. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code error}, {@code warning} or {@code info}; null for anything else. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.label().equals(text)) {
        return s;
      }
    }
    return null;
  }
}
