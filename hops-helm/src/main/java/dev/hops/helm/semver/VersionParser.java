package dev.hops.helm.semver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsing half of Masterminds/semver's {@code version.go}: {@code NewVersion} (with and without
 * {@code CoerceNewVersion}), {@code StrictNewVersion} and the validation of prereleases and
 * metadata. Errors are {@link IllegalArgumentException}s whose message is Go's error text.
 */
final class VersionParser {

  static final String INVALID_SEMVER = "invalid semantic version";
  static final String EMPTY_STRING = "version string empty";
  static final String INVALID_CHARACTERS = "invalid characters in version";
  static final String SEGMENT_STARTS_ZERO = "version segment starts with 0";
  static final String INVALID_METADATA = "invalid metadata string";
  static final String INVALID_PRERELEASE = "invalid prerelease string";

  /** {@code semVerRegex}: semantic versions, with minor and patch optional. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "v?(0|[1-9]\\d*)(?:\\.(0|[1-9]\\d*))?(?:\\.(0|[1-9]\\d*))?"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  /**
   * {@code looseSemVerRegex}: also lets leading zeros through. The repetitions of dot-separated
   * identifiers are possessive, which changes no match (what follows them never starts with a dot)
   * and keeps Java's engine from recursing once per identifier.
   */
  static final Pattern LOOSE =
      Pattern.compile(
          "v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
              + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*+))?"
              + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*+))?");

  private static final String NUM = "0123456789";
  private static final String ALLOWED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-" + NUM;

  private VersionParser() {}

  /**
   * {@code NewVersion} with its defaults ({@code CoerceNewVersion = true}): {@code
   * coerceNewVersion}.
   */
  static Version coerce(String v) {
    Matcher m = LOOSE.matcher(v);
    if (!m.matches()) {
      throw new IllegalArgumentException(INVALID_SEMVER);
    }
    String pre = group(m, 5);
    String metadata = group(m, 8);
    long major = segment(group(m, 1));
    long minor = group(m, 2).isEmpty() ? 0 : segment(group(m, 2).substring(1));
    long patch = group(m, 3).isEmpty() ? 0 : segment(group(m, 3).substring(1));
    validateExtras(pre, metadata);
    return new Version(major, minor, patch, pre, metadata, v);
  }

  /**
   * {@code NewVersion} with {@code CoerceNewVersion = false}: the semantic-version regex, leading
   * zeros refused; {@code detailedErrors} is {@code DetailedNewVersionErrors}.
   */
  static Version withoutCoercion(String v, boolean detailedErrors) {
    Matcher m = SEMVER.matcher(v);
    if (!m.matches()) {
      if (detailedErrors) {
        Matcher loose = LOOSE.matcher(v);
        if (loose.matches()) {
          validateVersion(loose);
        }
      }
      throw new IllegalArgumentException(INVALID_SEMVER);
    }
    String pre = group(m, 4);
    String metadata = group(m, 5);
    long major = segment(group(m, 1));
    long minor = group(m, 2).isEmpty() ? 0 : segment(group(m, 2));
    long patch = group(m, 3).isEmpty() ? 0 : segment(group(m, 3));
    validateExtras(pre, metadata);
    return new Version(major, minor, patch, pre, metadata, v);
  }

  /** {@code StrictNewVersion}: exactly MAJOR.MINOR.PATCH[-PRERELEASE][+METADATA], no leading v. */
  static Version strict(String v) {
    if (v.isEmpty()) {
      throw new IllegalArgumentException(EMPTY_STRING);
    }
    String[] parts = v.split("\\.", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException(INVALID_SEMVER);
    }
    String metadata = "";
    String pre = "";
    int plus = parts[2].indexOf('+');
    if (plus >= 0) {
      metadata = parts[2].substring(plus + 1);
      parts[2] = parts[2].substring(0, plus);
      validateMetadata(metadata);
    }
    int dash = parts[2].indexOf('-');
    if (dash >= 0) {
      pre = parts[2].substring(dash + 1);
      parts[2] = parts[2].substring(0, dash);
      validatePrerelease(pre);
    }
    for (String p : parts) {
      if (!containsOnly(p, NUM)) {
        throw new IllegalArgumentException(INVALID_CHARACTERS);
      }
      if (p.length() > 1 && p.charAt(0) == '0') {
        throw new IllegalArgumentException(SEGMENT_STARTS_ZERO);
      }
    }
    return new Version(uint(parts[0]), uint(parts[1]), uint(parts[2]), pre, metadata, v);
  }

  /**
   * {@code validatePrerelease}: dot-separated identifiers, none empty, of {@code [0-9A-Za-z-]},
   * numeric ones without leading zeros.
   */
  static void validatePrerelease(String p) {
    for (String part : p.split("\\.", -1)) {
      if (part.isEmpty()) {
        throw new IllegalArgumentException(INVALID_PRERELEASE);
      } else if (containsOnly(part, NUM)) {
        if (part.length() > 1 && part.charAt(0) == '0') {
          throw new IllegalArgumentException(SEGMENT_STARTS_ZERO);
        }
      } else if (!containsOnly(part, ALLOWED)) {
        throw new IllegalArgumentException(INVALID_PRERELEASE);
      }
    }
  }

  /** {@code validateMetadata}: dot-separated identifiers, none empty, of {@code [0-9A-Za-z-]}. */
  static void validateMetadata(String m) {
    for (String part : m.split("\\.", -1)) {
      if (part.isEmpty() || !containsOnly(part, ALLOWED)) {
        throw new IllegalArgumentException(INVALID_METADATA);
      }
    }
  }

  /** {@code validateVersion}: the detailed error for a loose match the strict regex refused. */
  private static void validateVersion(Matcher m) {
    for (int g = 1; g <= 3; g++) {
      String s = group(m, g);
      if (s.startsWith(".")) {
        s = s.substring(1);
      }
      if (!group(m, g).isEmpty()) {
        if (s.length() > 1 && s.charAt(0) == '0') {
          throw new IllegalArgumentException(SEGMENT_STARTS_ZERO);
        }
        segment(s);
      }
    }
    validateExtras(group(m, 5), group(m, 8));
  }

  private static void validateExtras(String pre, String metadata) {
    if (!pre.isEmpty()) {
      validatePrerelease(pre);
    }
    if (!metadata.isEmpty()) {
      validateMetadata(metadata);
    }
  }

  /** A number segment as {@code NewVersion} reads it: overflow wrapped in Go's words. */
  private static long segment(String s) {
    try {
      return GoStrconv.parseUint(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("error parsing version segment: " + e.getMessage(), e);
    }
  }

  /** A number segment as {@code StrictNewVersion} reads it: strconv's error returned as it is. */
  private static long uint(String s) {
    try {
      return GoStrconv.parseUint(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Go's {@code containsOnly}: every rune of {@code s} is in {@code allowed}. */
  private static boolean containsOnly(String s, String allowed) {
    return s.codePoints().allMatch(r -> allowed.indexOf(r) >= 0);
  }

  /** A submatch as Go returns it: empty when the group did not take part. */
  private static String group(Matcher m, int g) {
    String s = m.group(g);
    return s == null ? "" : s;
  }
}
