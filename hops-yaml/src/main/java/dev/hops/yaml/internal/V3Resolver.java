package dev.hops.yaml.internal;

import dev.hops.yaml.Tags;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Tag resolution of plain scalars exactly as Go's yaml.v3 ({@code resolve.go}) does it, which is
 * what kustomize sees: {@code 0644} is the int 420, {@code yes} is a string, {@code 1.0} a float.
 */
public final class V3Resolver {

  /**
   * A resolved scalar: its tag and its Go value (Boolean, Long, BigInteger, Double, String, null).
   */
  public record Resolved(String tag, Object value) {}

  private static final Map<String, Resolved> MAP = new HashMap<>();
  private static final Map<String, Resolved> V2_MAP = new HashMap<>();

  static {
    for (String s : new String[] {"true", "True", "TRUE"}) {
      MAP.put(s, new Resolved(Tags.BOOL, Boolean.TRUE));
    }
    for (String s : new String[] {"false", "False", "FALSE"}) {
      MAP.put(s, new Resolved(Tags.BOOL, Boolean.FALSE));
    }
    for (String s : new String[] {"", "~", "null", "Null", "NULL"}) {
      MAP.put(s, new Resolved(Tags.NULL, null));
    }
    for (String s : new String[] {".nan", ".NaN", ".NAN"}) {
      MAP.put(s, new Resolved(Tags.FLOAT, Double.NaN));
    }
    for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
      MAP.put(s, new Resolved(Tags.FLOAT, Double.POSITIVE_INFINITY));
    }
    for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
      MAP.put(s, new Resolved(Tags.FLOAT, Double.NEGATIVE_INFINITY));
    }
    // "<<" is in yaml.v3's table, but unreachable: '<' has no resolve hint. The parser tags it.
    MAP.put("<<", new Resolved(Tags.MERGE, "<<"));
    V2_MAP.putAll(MAP);
    for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON"}) {
      V2_MAP.put(s, new Resolved(Tags.BOOL, Boolean.TRUE));
    }
    for (String s : new String[] {"n", "N", "no", "No", "NO", "off", "Off", "OFF"}) {
      V2_MAP.put(s, new Resolved(Tags.BOOL, Boolean.FALSE));
    }
  }

  /**
   * The tag Go's yaml.v2 (YAML 1.1: {@code yes}, {@code on}, {@code y} are booleans, no {@code 0o}
   * octals) gives an unquoted, untagged scalar.
   */
  public static String resolveV2Tag(String in) {
    return resolveUnchecked("", in, true).tag();
  }

  private V3Resolver() {}

  /** The tag yaml.v3 gives an unquoted, untagged scalar with this text. */
  public static String resolveTag(String in) {
    return resolve("", in).tag();
  }

  /**
   * yaml.v3's {@code resolve(tag, in)} for the resolvable tags ("", !!str, !!bool, !!int, !!float,
   * !!null, !!timestamp); other tags return the text unchanged. Throws {@link
   * IllegalArgumentException} where yaml.v3 fails ("cannot decode !!str `x` as a !!int").
   */
  public static Resolved resolve(String tag, String in) {
    tag = Tags.shortTag(tag == null ? "" : tag);
    if (!resolvable(tag)) {
      return new Resolved(tag, in);
    }
    Resolved r = resolveUnchecked(tag, in, false);
    if (tag.isEmpty() || tag.equals(r.tag()) || tag.equals(Tags.STR) || tag.equals(Tags.BINARY)) {
      return r;
    }
    if (tag.equals(Tags.FLOAT) && r.tag().equals(Tags.INT)) {
      Object v = r.value();
      if (v instanceof Long l) {
        return new Resolved(Tags.FLOAT, (double) l);
      }
    }
    throw new IllegalArgumentException("cannot decode " + r.tag() + " `" + in + "` as a " + tag);
  }

  private static boolean resolvable(String tag) {
    return switch (tag) {
      case "", Tags.STR, Tags.BOOL, Tags.INT, Tags.FLOAT, Tags.NULL, Tags.TIMESTAMP -> true;
      default -> false;
    };
  }

  private static char hint(String in) {
    if (in.isEmpty()) {
      return 'N';
    }
    char c = in.charAt(0);
    if (c == '+' || c == '-') {
      return 'S';
    }
    if (c >= '0' && c <= '9') {
      return 'D';
    }
    if ("yYnNtTfFoO~".indexOf(c) >= 0) {
      return 'M';
    }
    if (c == '.') {
      return '.';
    }
    return 0;
  }

  private static Resolved resolveUnchecked(String tag, String in, boolean v2) {
    char hint = hint(in);
    if (hint != 0 && !tag.equals(Tags.STR) && !tag.equals(Tags.BINARY)) {
      Resolved item = (v2 ? V2_MAP : MAP).get(in);
      if (item != null) {
        return item;
      }
      switch (hint) {
        case 'M', 'N' -> {}
        case '.' -> {
          Double f = GoStrconv.parseFloat(in);
          if (f != null) {
            return new Resolved(Tags.FLOAT, f);
          }
        }
        default -> {
          Resolved number = resolveNumber(tag, in, v2);
          if (number != null) {
            return number;
          }
        }
      }
    }
    return new Resolved(Tags.STR, in);
  }

  private static Resolved resolveNumber(String tag, String in, boolean v2) {
    if ((tag.isEmpty() || tag.equals(Tags.TIMESTAMP)) && GoTimestamp.isTimestamp(in)) {
      return new Resolved(Tags.TIMESTAMP, in);
    }
    String plain = in.replace("_", "");
    Long i = GoStrconv.parseInt(plain, 0);
    if (i != null) {
      return new Resolved(Tags.INT, i);
    }
    BigInteger u = GoStrconv.parseUint(plain, 0);
    if (u != null) {
      return new Resolved(Tags.INT, u);
    }
    if (GoStrconv.isYamlStyleFloat(plain)) {
      Double f = GoStrconv.parseFloat(plain);
      if (f != null) {
        return new Resolved(Tags.FLOAT, f);
      }
    }
    if (plain.startsWith("0b")) {
      return intOrNull(plain.substring(2), 2, false);
    } else if (plain.startsWith("-0b")) {
      return intOrNull(plain.substring(3), 2, true);
    }
    if (v2) {
      return null;
    }
    if (plain.startsWith("0o")) {
      return intOrNull(plain.substring(2), 8, false);
    } else if (plain.startsWith("-0o")) {
      return intOrNull(plain.substring(3), 8, true);
    }
    return null;
  }

  private static Resolved intOrNull(String digits, int base, boolean negative) {
    Long i = GoStrconv.parseInt(negative ? "-" + digits : digits, base);
    if (i != null) {
      return new Resolved(Tags.INT, i);
    }
    if (!negative) {
      BigInteger u = GoStrconv.parseUint(digits, base);
      if (u != null) {
        return new Resolved(Tags.INT, u);
      }
    }
    return null;
  }
}
