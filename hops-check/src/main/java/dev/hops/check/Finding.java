package dev.hops.check;

import dev.hops.yaml.SourcePos;

/**
 * One thing a check found: the rule, its severity, where (file and line), the object it is about
 * ({@code Kind/namespace/name}, or "" for a file), what is wrong and how to fix it.
 */
public record Finding(
    String rule, Severity severity, SourcePos pos, String object, String message, String hint) {

  public Finding {
    pos = pos == null ? SourcePos.UNKNOWN : pos;
    object = object == null ? "" : object;
    hint = hint == null ? "" : hint;
  }

  /** A finding of {@code rule} at its default severity. */
  public static Finding of(Rule rule, SourcePos pos, String object, String message, String hint) {
    return new Finding(rule.id(), rule.defaultSeverity(), pos, object, message, hint);
  }

  public Finding withSeverity(Severity s) {
    return s == severity ? this : new Finding(rule, s, pos, object, message, hint);
  }

  /** {@code file:line: Kind/namespace/name: message}. */
  public String format() {
    return (pos.isKnown() ? pos + ": " : "") + (object.isEmpty() ? "" : object + ": ") + message;
  }
}
