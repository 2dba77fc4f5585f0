package dev.hops.flux.internal.subst;

/**
 * An error of the envsubst language, with Go's exact message ({@code missing closing brace}, {@code
 * variable not set (strict mode): "X"}, ...). {@code offset} is the UTF-8 byte offset in the input
 * where a parse error was detected, or -1.
 */
public final class EnvsubstException extends RuntimeException {

  private final int offset;

  EnvsubstException(String message, int offset) {
    super(message, null, false, false);
    this.offset = offset;
  }

  /** Byte offset of a parse error in the template text, or -1 when not known. */
  public int offset() {
    return offset;
  }

  // The parse errors of envsubst/parse/parse.go.
  static final String BAD_SUBSTITUTION = "bad substitution";
  static final String MISSING_CLOSING_BRACE = "missing closing brace";
  static final String PARSE_VARIABLE_NAME = "unable to parse variable name";
  static final String PARSE_FUNC_SUBSTITUTION = "unable to parse substitution within function";
  static final String PARSE_DEFAULT_FUNCTION = "unable to parse default function";

  /** template.go's errVarNotSet, as wrapped with {@code %w: %q}. */
  static EnvsubstException notSet(String paramBytes) {
    return new EnvsubstException(
        "variable not set (strict mode): " + GoStrings.quote(paramBytes), -1);
  }
}
