package dev.hops.flux.internal.subst;

import java.util.ArrayList;
import java.util.List;

/**
 * Port of fluxcd/pkg {@code envsubst/funcs.go} and {@code lookupFunc}: the substitution functions,
 * over byte strings (lengths and offsets in bytes, as in Go).
 */
final class Funcs {

  @FunctionalInterface
  interface Fn {
    String apply(String s, List<String> args);
  }

  private Funcs() {}

  /** lookupFunc: the function for an operator name; unknown names give the default function. */
  static Fn lookup(String name, int args) {
    return switch (name) {
      case "," -> (s, a) -> toLowerFirst(s);
      case ",," -> (s, a) -> toLower(s);
      case "^" -> (s, a) -> toUpperFirst(s);
      case "^^" -> (s, a) -> toUpper(s);
      case "#" -> args == 0 ? (s, a) -> toLen(s) : Funcs::trimShortestPrefix;
      case "##" -> Funcs::trimLongestPrefix;
      case "%" -> Funcs::trimShortestSuffix;
      case "%%" -> Funcs::trimLongestSuffix;
      case ":" -> Funcs::toSubstr;
      case "/#" -> Funcs::replacePrefix;
      case "/%" -> Funcs::replaceSuffix;
      case "/" -> Funcs::replaceFirst;
      case "//" -> Funcs::replaceAll;
      default -> Funcs::toDefault;
    };
  }

  /**
   * isDefaultOp: operators that supply their own value for an unset variable, exempt from the
   * strict-mode check ({@code -}, {@code +} and {@code ?} cannot be parsed, but are listed in Go).
   */
  static boolean isDefaultOp(String name) {
    return switch (name) {
      case "-", "+", "=", "?", ":-", ":+", ":=", ":?" -> true;
      default -> false;
    };
  }

  static String toLen(String s) {
    return Integer.toString(s.length());
  }

  static String toLower(String s) {
    return GoStrings.mapRunes(s, Character::toLowerCase);
  }

  static String toUpper(String s) {
    return GoStrings.mapRunes(s, Character::toUpperCase);
  }

  static String toLowerFirst(String s) {
    if (s.isEmpty()) {
      return s;
    }
    long d = GoStrings.decodeRune(s, 0);
    return GoStrings.encodeRune(Character.toLowerCase(GoStrings.rune(d)))
        + s.substring(GoStrings.width(d));
  }

  static String toUpperFirst(String s) {
    if (s.isEmpty()) {
      return s;
    }
    long d = GoStrings.decodeRune(s, 0);
    return GoStrings.encodeRune(Character.toUpperCase(GoStrings.rune(d)))
        + s.substring(GoStrings.width(d));
  }

  /** The value if not empty, else the arguments joined. */
  static String toDefault(String s, List<String> args) {
    if (s.isEmpty() && !args.isEmpty()) {
      return String.join("", args);
    }
    return s;
  }

  /** ${X:pos} and ${X:pos:len} with bash-like bounds; unparsable numbers give the value. */
  static String toSubstr(String s, List<String> args) {
    if (args.isEmpty()) {
      return s;
    }
    Long p = atoi(args.get(0));
    if (p == null) {
      return s;
    }
    long pos = p;
    long len = s.length();
    if (pos < 0) {
      pos = len + pos;
      if (pos < 0) {
        pos = 0;
      }
    }
    if (args.size() == 1) {
      return pos < len ? s.substring((int) pos) : "";
    }
    Long l = atoi(args.get(1));
    if (l == null) {
      return s;
    }
    long end = pos + l; // wraps on overflow, as Go's int does
    if (end >= len) {
      return pos < len ? s.substring((int) pos) : "";
    }
    if (end < 0 || end < pos) {
      // Go panics here (a negative length): the slice expression is out of range.
      throw new EnvsubstException(
          "runtime error: slice bounds out of range "
              + (end < 0 ? "[:" + end + "]" : "[" + pos + ":" + end + "]"),
          -1);
    }
    return s.substring((int) pos, (int) end);
  }

  /** strconv.Atoi: optional sign and decimal digits within int64, else null. */
  static Long atoi(String s) {
    if (!s.matches("[+-]?[0-9]+")) {
      return null;
    }
    try {
      return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String replaceAll(String s, List<String> args) {
    return switch (args.size()) {
      case 0 -> s;
      case 1 -> GoStrings.replace(s, args.get(0), "", -1);
      default -> GoStrings.replace(s, args.get(0), args.get(1), -1);
    };
  }

  static String replaceFirst(String s, List<String> args) {
    return switch (args.size()) {
      case 0 -> s;
      case 1 -> GoStrings.replace(s, args.get(0), "", 1);
      default -> GoStrings.replace(s, args.get(0), args.get(1), 1);
    };
  }

  /** Only with a replacement: ${X/#pat/} leaves the value unchanged. */
  static String replacePrefix(String s, List<String> args) {
    if (args.size() != 2) {
      return s;
    }
    if (s.startsWith(args.get(0))) {
      return GoStrings.replace(s, args.get(0), args.get(1), 1);
    }
    return s;
  }

  /** Only with a replacement: ${X/%pat/} leaves the value unchanged. */
  static String replaceSuffix(String s, List<String> args) {
    if (args.size() != 2) {
      return s;
    }
    if (s.endsWith(args.get(0))) {
      return s.substring(0, s.length() - args.get(0).length()) + args.get(1);
    }
    return s;
  }

  static String trimShortestPrefix(String s, List<String> args) {
    return args.isEmpty() ? s : trimShortest(s, args.get(0));
  }

  static String trimShortestSuffix(String s, List<String> args) {
    return args.isEmpty() ? s : reverse(trimShortest(reverse(s), reverse(args.get(0))));
  }

  static String trimLongestPrefix(String s, List<String> args) {
    return args.isEmpty() ? s : trimLongest(s, args.get(0));
  }

  static String trimLongestSuffix(String s, List<String> args) {
    return args.isEmpty() ? s : reverse(trimLongest(reverse(s), reverse(args.get(0))));
  }

  private static String trimShortest(String s, String pattern) {
    String shortest = "";
    for (int i = 0; i < s.length(); i++) {
      String prefix = s.substring(0, s.length() - i);
      try {
        if (GlobMatch.match(pattern, prefix)) {
          shortest = prefix;
        }
      } catch (GlobMatch.BadPattern e) {
        return s;
      }
    }
    if (!shortest.isEmpty() && s.startsWith(shortest)) {
      return s.substring(shortest.length());
    }
    return s;
  }

  private static String trimLongest(String s, String pattern) {
    for (int i = 0; i < s.length(); i++) {
      String prefix = s.substring(0, s.length() - i);
      try {
        if (GlobMatch.match(pattern, prefix)) {
          return s.substring(prefix.length());
        }
      } catch (GlobMatch.BadPattern e) {
        return s;
      }
    }
    return s;
  }

  /** reverse: the runes in reverse order (invalid bytes become U+FFFD, as []rune(s) does). */
  static String reverse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    List<String> runes = new ArrayList<>();
    for (int j = 0; j < s.length(); ) {
      long d = GoStrings.decodeRune(s, j);
      runes.add(GoStrings.encodeRune(GoStrings.rune(d)));
      j += GoStrings.width(d);
    }
    for (int k = runes.size() - 1; k >= 0; k--) {
      out.append(runes.get(k));
    }
    return out.toString();
  }
}
