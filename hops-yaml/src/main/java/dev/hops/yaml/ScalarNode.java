package dev.hops.yaml;

import dev.hops.yaml.internal.V3Resolver;
import java.util.Objects;

/** A scalar: its text, its resolved tag and how it was written. */
public final class ScalarNode extends Node {

  private String value;
  private ScalarStyle style;
  private boolean explicitTag;

  public ScalarNode(
      String value, String tag, ScalarStyle style, boolean explicitTag, SourcePos pos) {
    super(tag, pos);
    this.value = Objects.requireNonNull(value, "value");
    this.style = Objects.requireNonNull(style, "style");
    this.explicitTag = explicitTag;
  }

  /** A string scalar ({@code !!str}), whatever the text looks like. */
  public static ScalarNode ofString(String value) {
    return new ScalarNode(value, Tags.STR, ScalarStyle.PLAIN, false, SourcePos.UNKNOWN);
  }

  /**
   * A plain scalar whose tag is resolved from its text, as yaml.v3 does for an unquoted scalar:
   * {@code 3} is an int, {@code true} a bool, {@code foo} a string.
   */
  public static ScalarNode ofPlain(String value) {
    return new ScalarNode(
        value, V3Resolver.resolveTag(value), ScalarStyle.PLAIN, false, SourcePos.UNKNOWN);
  }

  /**
   * A scalar without a tag, as kyaml's {@code NewScalarRNode} makes: its type is decided when the
   * tree is written, from its style (plain text is resolved, quoted text is a string).
   */
  public static ScalarNode untagged(String value) {
    return new ScalarNode(value, Tags.NONE, ScalarStyle.PLAIN, false, SourcePos.UNKNOWN);
  }

  public static ScalarNode ofInt(long value) {
    return new ScalarNode(
        Long.toString(value), Tags.INT, ScalarStyle.PLAIN, false, SourcePos.UNKNOWN);
  }

  public static ScalarNode ofBool(boolean value) {
    return new ScalarNode(
        Boolean.toString(value), Tags.BOOL, ScalarStyle.PLAIN, false, SourcePos.UNKNOWN);
  }

  public static ScalarNode ofNull() {
    return new ScalarNode("null", Tags.NULL, ScalarStyle.PLAIN, false, SourcePos.UNKNOWN);
  }

  public String value() {
    return value;
  }

  public void setValue(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public ScalarStyle style() {
    return style;
  }

  public void setStyle(ScalarStyle style) {
    this.style = Objects.requireNonNull(style, "style");
  }

  /** True when the tag was written in the source ({@code !!str 3}, {@code !Ref x}). */
  public boolean explicitTag() {
    return explicitTag;
  }

  public void setExplicitTag(boolean explicitTag) {
    this.explicitTag = explicitTag;
  }

  /**
   * The tag yaml.v3 would see: the tag itself, or for an untagged scalar the tag resolved from its
   * text when plain and {@code !!str} otherwise.
   */
  public String effectiveTag() {
    String t = tag();
    if (!t.isEmpty()) {
      return t;
    }
    return style == ScalarStyle.PLAIN ? V3Resolver.resolveTag(value) : Tags.STR;
  }

  /** kyaml's IsYNodeString: tagged {@code !!str} or untagged. */
  public boolean isStringValue() {
    return Tags.STR.equals(tag()) || tag().isEmpty();
  }

  public boolean isString() {
    return Tags.STR.equals(effectiveTag());
  }

  @Override
  public ScalarNode copy() {
    return new ScalarNode(value, tag(), style, explicitTag, pos());
  }

  @Override
  public boolean sameAs(Node other) {
    return other instanceof ScalarNode s && s.tag().equals(tag()) && s.value.equals(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
