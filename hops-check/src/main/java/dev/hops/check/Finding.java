package dev.hops.check;

import dev.hops.yaml.SourcePos;
import java.util.Objects;

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

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Finding that
            && Objects.equals(rule, that.rule)
            && Objects.equals(severity, that.severity)
            && Objects.equals(pos, that.pos)
            && Objects.equals(object, that.object)
            && Objects.equals(message, that.message)
            && Objects.equals(hint, that.hint);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(rule);
    h = 31 * h + Objects.hashCode(severity);
    h = 31 * h + Objects.hashCode(pos);
    h = 31 * h + Objects.hashCode(object);
    h = 31 * h + Objects.hashCode(message);
    return 31 * h + Objects.hashCode(hint);
  }
}
