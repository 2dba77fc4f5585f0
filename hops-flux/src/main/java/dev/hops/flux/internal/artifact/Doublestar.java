package dev.hops.flux.internal.artifact;

import dev.hops.flux.internal.artifact.PathMatch.BadPattern;

/**
 * bmatcuk/doublestar v4 {@code Match} with {@code /} as separator (match.go {@code
 * doMatchWithSeparator}, validate.go {@code doValidatePattern}): {@code /**}{@code /} matches zero
 * or more directories, a trailing {@code /**} matches everything below, {@code {a,b}} alternatives,
 * {@code [...]} classes negated by {@code ^} or {@code !}.
 */
final class Doublestar {

  private static final int MAX_RUNE = 0x10FFFF;
  private static final int RUNE_ERROR = 0xFFFD;

  private Doublestar() {}

  /** doublestar.Match: malformed patterns are errors. */
  static boolean match(String pattern, String name) throws BadPattern {
    return doMatch(pattern, name, true, -1, -1, -1, -1, 0, 0);
  }

  /** doublestar.MatchUnvalidated: malformed patterns just do not match. */
  static boolean matchUnvalidated(String pattern, String name) {
    try {
      return doMatch(pattern, name, false, -1, -1, -1, -1, 0, 0);
    } catch (BadPattern e) {
      return false;
    }
  }

  private static boolean doMatch(
      String pattern,
      String name,
      boolean validate,
      int doublestarPatBack,
      int doublestarNameBack,
      int starPatBack,
      int starNameBack,
      int patIdx,
      int nameIdx)
      throws BadPattern {
    int patLen = pattern.length();
    int nameLen = name.length();
    boolean startOfSegment = true;
    match:
    while (nameIdx < nameLen) {
      if (patIdx < patLen) {
        char pc = pattern.charAt(patIdx);
        if (pc == '*') {
          if (++patIdx < patLen && pattern.charAt(patIdx) == '*') {
            // a doublestar only counts as one between separators, as bash's globstar
            patIdx++;
            if (startOfSegment) {
              if (patIdx >= patLen) {
                return true;
              }
              if (pattern.charAt(patIdx) == '/') {
                patIdx++;
                doublestarPatBack = patIdx;
                doublestarNameBack = nameIdx;
                starPatBack = -1;
                starNameBack = -1;
                continue;
              }
            }
          }
          startOfSegment = false;
          starPatBack = patIdx;
          starNameBack = nameIdx;
          continue;
        } else if (pc == '?') {
          startOfSegment = false;
          int nameRune = rune(name, nameIdx);
          if (nameRune != '/') {
            patIdx++;
            nameIdx += runeLen(name, nameIdx);
            continue;
          }
        } else if (pc == '[') {
          startOfSegment = false;
          int after = matchClass(pattern, patIdx + 1, rune(name, nameIdx));
          if (after >= 0) {
            patIdx = after;
            nameIdx += runeLen(name, nameIdx);
            continue;
          }
          patIdx = ~after;
        } else if (pc == '{') {
          return matchAlternatives(
              pattern,
              name,
              validate,
              new int[] {doublestarPatBack, doublestarNameBack, starPatBack, starNameBack},
              patIdx,
              nameIdx);
        } else {
          if (pc == '\\' && ++patIdx >= patLen) {
            throw new BadPattern();
          }
          int patRune = rune(pattern, patIdx);
          int nameRune = rune(name, nameIdx);
          if (patRune == nameRune) {
            patIdx += runeLen(pattern, patIdx);
            nameIdx += runeLen(name, nameIdx);
            startOfSegment = patRune == '/';
            continue;
          }
          if (patIdx > 0 && pattern.charAt(patIdx - 1) == '\\') {
            // back to the backslash before backtracking or validating
            patIdx--;
          }
        }
      }

      if (starPatBack >= 0) {
        // `*` backtracks unless the name rune is the separator
        int nameRune = rune(name, starNameBack);
        if (nameRune != '/') {
          starNameBack += runeLen(name, starNameBack);
          patIdx = starPatBack;
          nameIdx = starNameBack;
          startOfSegment = false;
          continue;
        }
      }
      if (doublestarPatBack >= 0) {
        // `**` backtracks past the next separator of the name
        nameIdx = doublestarNameBack;
        while (nameIdx < nameLen) {
          int nameRune = rune(name, nameIdx);
          nameIdx += runeLen(name, nameIdx);
          if (nameRune == '/') {
            doublestarNameBack = nameIdx;
            patIdx = doublestarPatBack;
            startOfSegment = true;
            continue match;
          }
        }
      }
      if (validate && patIdx < patLen && !isValid(pattern.substring(patIdx))) {
        throw new BadPattern();
      }
      return false;
    }
    return isZeroLengthPattern(pattern.substring(patIdx), validate);
  }

  /**
   * The character class whose {@code [} is just before {@code patIdx}: the index after its {@code
   * ]} when {@code nameRune} matches, else {@code ~i} where {@code i} is where matching stopped
   * (the rest is validated from there).
   */
  private static int matchClass(String pattern, int patIdx, int nameRune) throws BadPattern {
    int patLen = pattern.length();
    if (patIdx >= patLen) {
      throw new BadPattern(); // the class did not end
    }
    boolean matched = false;
    boolean negate = pattern.charAt(patIdx) == '!' || pattern.charAt(patIdx) == '^';
    if (negate) {
      patIdx++;
    }
    if (patIdx >= patLen || pattern.charAt(patIdx) == ']') {
      throw new BadPattern(); // the class did not end, or is empty
    }
    int last = MAX_RUNE;
    while (patIdx < patLen && pattern.charAt(patIdx) != ']') {
      int patRune = rune(pattern, patIdx);
      patIdx += runeLen(pattern, patIdx);
      if (last < MAX_RUNE && patRune == '-' && patIdx < patLen && pattern.charAt(patIdx) != ']') {
        if (pattern.charAt(patIdx) == '\\') {
          patIdx++;
        }
        patRune = rune(pattern, patIdx);
        patIdx += runeLen(pattern, patIdx);
        if (last <= nameRune && nameRune <= patRune) {
          matched = true;
          break;
        }
        last = MAX_RUNE;
        continue;
      }
      if (patRune == '\\') {
        patRune = rune(pattern, patIdx);
        patIdx += runeLen(pattern, patIdx);
      }
      if (patRune == nameRune) {
        matched = true;
        break;
      }
      last = patRune;
    }
    if (matched == negate) {
      if (patIdx >= patLen) {
        throw new BadPattern(); // never found the closing ]
      }
      return ~patIdx;
    }
    int closing = indexUnescaped(pattern.substring(patIdx), ']');
    if (closing == -1) {
      throw new BadPattern();
    }
    return patIdx + closing + 1;
  }

  /**
   * {@code {a,b}} at {@code patIdx}: the whole match tried with each alternative in its place, the
   * backtracking state ({@code back}) carried over as it is.
   */
  private static boolean matchAlternatives(
      String pattern, String name, boolean validate, int[] back, int patIdx, int nameIdx)
      throws BadPattern {
    int before = patIdx;
    patIdx++;
    int closing = indexMatchedClosingAlt(pattern.substring(patIdx));
    if (closing == -1) {
      throw new BadPattern();
    }
    closing += patIdx;
    String head = pattern.substring(0, before);
    String tail = pattern.substring(closing + 1);
    while (true) {
      int comma = indexNextAlt(pattern.substring(patIdx, closing));
      if (comma == -1) {
        break;
      }
      comma += patIdx;
      String alternative = head + pattern.substring(patIdx, comma) + tail;
      if (doMatch(
          alternative, name, validate, back[0], back[1], back[2], back[3], before, nameIdx)) {
        return true;
      }
      patIdx = comma + 1;
    }
    return doMatch(
        head + pattern.substring(patIdx, closing) + tail,
        name,
        validate,
        back[0],
        back[1],
        back[2],
        back[3],
        before,
        nameIdx);
  }

  /** Whether the rest of a pattern can match an empty name: {@code /**}, {@code **}{@code /}... */
  private static boolean isZeroLengthPattern(String pattern, boolean validate) throws BadPattern {
    switch (pattern.length()) {
      case 0 -> {
        return true;
      }
      case 1 -> {
        if (pattern.equals("*")) {
          return true;
        }
      }
      case 2 -> {
        if (pattern.equals("**")) {
          return true;
        }
      }
      case 3 -> {
        if (pattern.equals("/**") || pattern.equals("**/")) {
          return true;
        }
      }
      case 4 -> {
        if (pattern.equals("/**/")) {
          return true;
        }
      }
      default -> {}
    }
    if (pattern.charAt(0) == '{') {
      int closing = indexMatchedClosingAlt(pattern.substring(1));
      if (closing == -1) {
        throw new BadPattern();
      }
      closing += 1;
      int patIdx = 1;
      while (true) {
        int comma = indexNextAlt(pattern.substring(patIdx, closing));
        if (comma == -1) {
          break;
        }
        comma += patIdx;
        if (isZeroLengthPattern(
            pattern.substring(patIdx, comma) + pattern.substring(closing + 1), validate)) {
          return true;
        }
        patIdx = comma + 1;
      }
      return isZeroLengthPattern(
          pattern.substring(patIdx, closing) + pattern.substring(closing + 1), validate);
    }
    if (validate && !isValid(pattern)) {
      throw new BadPattern();
    }
    return false;
  }

  /** doValidatePattern: classes closed and non-empty, alternatives balanced, escapes complete. */
  static boolean isValid(String s) {
    int altDepth = 0;
    int l = s.length();
    validate:
    for (int i = 0; i < l; i++) {
      switch (s.charAt(i)) {
        case '\\' -> {
          if (++i >= l) {
            return false;
          }
        }
        case '[' -> {
          if (++i >= l) {
            return false;
          }
          if (s.charAt(i) == '^' || s.charAt(i) == '!') {
            i++;
          }
          if (i >= l || s.charAt(i) == ']') {
            return false;
          }
          for (; i < l; i++) {
            if (s.charAt(i) == '\\') {
              i++;
            } else if (s.charAt(i) == ']') {
              continue validate;
            }
          }
          return false;
        }
        case '{' -> altDepth++;
        case '}' -> {
          if (altDepth == 0) {
            return false;
          }
          altDepth--;
        }
        default -> {}
      }
    }
    return altDepth == 0;
  }

  private static int indexUnescaped(String s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The {@code }} closing the alternatives that start just before {@code s}. */
  private static int indexMatchedClosingAlt(String s) {
    int alts = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        alts++;
      } else if (c == '}' && --alts == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The next top-level comma of an alternatives body. */
  private static int indexNextAlt(String s) {
    int alts = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        alts++;
      } else if (c == '}') {
        alts--;
      } else if (c == ',' && alts == 1) {
        return i;
      }
    }
    return -1;
  }

  /** utf8.DecodeRuneInString: RuneError for an empty rest. */
  private static int rune(String s, int i) {
    return i < s.length() ? s.codePointAt(i) : RUNE_ERROR;
  }

  private static int runeLen(String s, int i) {
    return i < s.length() ? Character.charCount(s.codePointAt(i)) : 0;
  }
}
