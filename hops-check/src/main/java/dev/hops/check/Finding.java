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
}
