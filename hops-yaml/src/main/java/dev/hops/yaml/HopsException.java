package dev.hops.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every error Hops reports to a user: a position, the object concerned ({@code
 * Kind/namespace/name}) when there is one, a message and "while ..." context lines. The CLI prints
 * {@link #format()}; the stack trace only with {@code --debug}.
 *
 * <p>Not sealed: subclasses live in the modules that raise them (YAML, kustomize, Flux), and Java
 * only seals across packages inside one named module.
 */
public class HopsException extends RuntimeException {

  private final SourcePos pos;
  private final String object;
  private final List<String> context = new ArrayList<>();

  public HopsException(SourcePos pos, String object, String message) {
    this(pos, object, message, null);
  }

  public HopsException(SourcePos pos, String object, String message, Throwable cause) {
    super(message, cause);
    this.pos = pos == null ? SourcePos.UNKNOWN : pos;
    this.object = object;
  }

  public SourcePos pos() {
    return pos;
  }

  /** {@code Kind/namespace/name} of the object concerned, or null. */
  public String object() {
    return object;
  }

  /** The bare reason, without position or object. */
  public String reason() {
    return super.getMessage();
  }

  public List<String> context() {
    return List.copyOf(context);
  }

  /** Adds a "while ..." line, outermost last. Returns this for rethrowing. */
  public HopsException addContext(String whileDoing) {
    context.add(whileDoing);
    return this;
  }

  /** The first line: {@code file:line:col: Kind/ns/name: reason}. */
  public String headline() {
    StringBuilder sb = new StringBuilder();
    if (pos.isKnown()) {
      sb.append(pos).append(": ");
    }
    if (object != null && !object.isEmpty()) {
      sb.append(object).append(": ");
    }
    sb.append(reason());
    return sb.toString();
  }

  /** The headline followed by indented context lines. */
  public String format() {
    StringBuilder sb = new StringBuilder(headline());
    for (String c : context) {
      sb.append("\n  ").append(c);
    }
    return sb.toString();
  }

  @Override
  public String getMessage() {
    return headline();
  }
}
