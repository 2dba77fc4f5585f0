package dev.hops.yaml;

/** The short forms of the YAML core tags, spelled as Go's yaml.v3 spells them. */
public final class Tags {
  public static final String STR = "!!str";
  public static final String INT = "!!int";
  public static final String FLOAT = "!!float";
  public static final String BOOL = "!!bool";
  public static final String NULL = "!!null";
  public static final String MAP = "!!map";
  public static final String SEQ = "!!seq";
  public static final String TIMESTAMP = "!!timestamp";
  public static final String BINARY = "!!binary";
  public static final String MERGE = "!!merge";

  /**
   * No tag: a scalar made by code without one (kyaml's {@code NewScalarRNode}); yaml.v3 decides its
   * type when the node is encoded, from its text if plain, as a string if quoted. See {@link
   * ScalarNode#effectiveTag()}.
   */
  public static final String NONE = "";

  private static final String LONG_PREFIX = "tag:yaml.org,2002:";

  private Tags() {}

  /** {@code tag:yaml.org,2002:str} becomes {@code !!str}; other tags are returned as they are. */
  public static String shortTag(String tag) {
    if (tag != null && tag.startsWith(LONG_PREFIX)) {
      return "!!" + tag.substring(LONG_PREFIX.length());
    }
    return tag;
  }
}
