package dev.hops.helm.semver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsing half of Masterminds/semver's {@code constraints.go}: {@code NewConstraint}, {@code
 * parseConstraint} and {@code rewriteRange}, with Go's regular expressions, quirks included (the
 * stray {@code |} in the wildcard classes, the empty operator alternative). Two changes keep Java's
 * backtracking engine from overflowing its stack on long input without changing any answer (see
 * GoRegexEquivalenceTest): possessive identifier repetitions, and {@link #isValidGroup}. Errors are
 * {@link IllegalArgumentException}s carrying Go's error text.
 */
final class ConstraintParser {

  /** Go's {@code \s}, which, unlike Java's, leaves out the vertical tab. */
  private static final String WS = "[\\t\\n\\f\\r ]";

  private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";

  /**
   * {@code cvRegex}: a version in a constraint, with x, X or * allowed as numbers. The repetitions
   * of dot-separated identifiers are possessive, which changes no match (what follows a version
   * never starts with a dot) and keeps Java's engine from recursing once per identifier.
   */
  private static final String CV =
      "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?"
          + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*+))?"
          + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*+))?";

  /** {@code constraintRegex}, used whole: one operator and version. */
  static final Pattern ONE =
      Pattern.compile(WS + "*(" + OPS + ")" + WS + "*(" + CV + ")" + WS + "*");

  /** {@code constraintRangeRegex}: a hyphen range {@code A - B}. */
  static final Pattern RANGE =
      Pattern.compile(WS + "*(" + CV + ")" + WS + "+-" + WS + "+(" + CV + ")" + WS + "*");

  /** {@code findConstraintRegex}: the comparisons within an AND group. */
  static final Pattern FIND = Pattern.compile("(" + OPS + ")" + WS + "*(" + CV + ")");

  /** A version in a valid AND group ends at a space, a comma or the end. */
  private static final String CV_END = "(?![^\\t\\n\\f\\r ,])";

  /** The first comparison of an AND group, as {@code validConstraintRegex} reads it. */
  private static final Pattern VALID_FIRST =
      Pattern.compile(WS + "*(?:" + OPS + ")" + WS + "*(?:" + CV + ")" + CV_END);

  /** Each further comparison: after spaces, or a comma with optional spaces around it. */
  private static final Pattern VALID_NEXT =
      Pattern.compile(
          "(?:" + WS + "*," + WS + "*|" + WS + "+)(?:" + OPS + ")" + WS + "*(?:" + CV + ")"
              + CV_END);

  private static final Pattern VALID_TRAILER = Pattern.compile(WS + "*");

  /** The group of {@link #RANGE} holding the upper bound (Go's {@code v[11]}). */
  private static final int RANGE_UPPER = 11;

  private ConstraintParser() {}

  /** {@code NewConstraint}: OR groups split on {@code ||}, each an AND group of comparisons. */
  static List<List<Comparison>> parse(String constraint) {
    String c = rewriteRange(constraint);
    List<List<Comparison>> groups = new ArrayList<>();
    for (String or : c.split(Pattern.quote("||"), -1)) {
      if (!isValidGroup(or)) {
        throw new IllegalArgumentException("improper constraint: " + GoStrconv.quote(or));
      }
      List<String> found = new ArrayList<>();
      Matcher m = FIND.matcher(or);
      while (m.find()) {
        found.add(m.group());
      }
      if (found.isEmpty()) {
        found.add(or);
      }
      List<Comparison> group = new ArrayList<>();
      for (String s : found) {
        group.add(parseComparison(s));
      }
      groups.add(List.copyOf(group));
    }
    return List.copyOf(groups);
  }

  /** {@code parseConstraint}: one operator and version; the empty string stands for {@code *}. */
  static Comparison parseComparison(String c) {
    if (c.isEmpty()) {
      Version any = VersionParser.strict("0.0.0");
      return new Comparison("", Operator.TILDE_OR_EQUAL, c, any, true, false, false);
    }
    Matcher m = ONE.matcher(c);
    if (!m.matches()) {
      throw new IllegalArgumentException("improper constraint: " + GoStrconv.quote(c));
    }
    String symbol = group(m, 1);
    String orig = group(m, 2);
    String major = group(m, 3);
    String minor = group(m, 4);
    String patch = group(m, 5);
    String pre = group(m, 6);
    String ver = orig;
    boolean dirty = false;
    boolean minorDirty = false;
    boolean patchDirty = false;
    if (isX(major) || major.isEmpty()) {
      ver = "0.0.0" + pre;
      dirty = true;
    } else if (isX(trimDot(minor)) || minor.isEmpty()) {
      minorDirty = true;
      dirty = true;
      ver = major + ".0.0" + pre;
    } else if (isX(trimDot(patch)) || patch.isEmpty()) {
      dirty = true;
      patchDirty = true;
      ver = major + minor + ".0" + pre;
    }
    Version con;
    try {
      con = VersionParser.coerce(ver);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("constraint parser error", e);
    }
    return new Comparison(
        symbol, Operator.forSymbol(symbol), orig, con, dirty, minorDirty, patchDirty);
  }

  /**
   * Whether {@code group} matches Go's {@code validConstraintRegex}, {@code
   * ^(\s*(ops)\s*(cv)\s*)((?:\s+|,\s*)(ops)\s*(cv)\s*)*$}. The comparisons are matched one after
   * the other rather than by that one expression, which Java's engine would run one stack frame
   * deeper per comparison; each step has a single way to succeed (an operator is the whole run of
   * operator characters, a version the whole run up to a space or comma), so it is the same
   * language.
   */
  static boolean isValidGroup(String group) {
    Matcher m = VALID_FIRST.matcher(group);
    if (!m.lookingAt()) {
      return false;
    }
    int at = m.end();
    Matcher next = VALID_NEXT.matcher(group);
    while (next.region(at, group.length()).lookingAt()) {
      at = next.end();
    }
    return VALID_TRAILER.matcher(group).region(at, group.length()).matches();
  }

  /** {@code rewriteRange}: each {@code A - B} becomes {@code >= A, <= B }. */
  static String rewriteRange(String in) {
    Matcher m = RANGE.matcher(in);
    String out = in;
    while (m.find()) {
      String rewritten = ">= " + m.group(1) + ", <= " + m.group(RANGE_UPPER) + " ";
      int at = out.indexOf(m.group());
      if (at >= 0) {
        out = out.substring(0, at) + rewritten + out.substring(at + m.group().length());
      }
    }
    return out;
  }

  /** {@code isX}: a wildcard number. */
  static boolean isX(String s) {
    return s.equals("x") || s.equals("*") || s.equals("X");
  }

  private static String trimDot(String s) {
    return s.startsWith(".") ? s.substring(1) : s;
  }

  private static String group(Matcher m, int g) {
    String s = m.group(g);
    return s == null ? "" : s;
  }
}
