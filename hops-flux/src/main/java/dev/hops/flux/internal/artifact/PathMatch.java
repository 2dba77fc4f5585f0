package dev.hops.flux.internal.artifact;

/**
 * Go's {@code path.Match} (also {@code filepath.Match} on Unix): {@code *} and {@code ?} never
 * match a slash, {@code [...]} classes with {@code ^} negation and ranges, {@code \} escapes.
 */
final class PathMatch {

  /** path.ErrBadPattern. */
  static final class BadPattern extends Exception {
    BadPattern() {
      super("syntax error in pattern", null, false, false);
    }
  }

  private PathMatch() {}

  static boolean match(String pattern, String name) throws BadPattern {
    pattern:
    while (!pattern.isEmpty()) {
      boolean star = false;
      int stars = 0;
      while (stars < pattern.length() && pattern.charAt(stars) == '*') {
        stars++;
        star = true;
      }
      pattern = pattern.substring(stars);
      int end = chunkEnd(pattern);
      String chunk = pattern.substring(0, end);
      pattern = pattern.substring(end);
      if (star && chunk.isEmpty()) {
        // a trailing * matches the rest of the name unless it has a slash
        return name.indexOf('/') < 0;
      }
      String rest = matchChunk(chunk, name);
      if (rest != null && (rest.isEmpty() || !pattern.isEmpty())) {
        name = rest;
        continue;
      }
      if (star) {
        for (int i = 0; i < name.length() && name.charAt(i) != '/'; i++) {
          rest = matchChunk(chunk, name.substring(i + 1));
          if (rest != null) {
            if (pattern.isEmpty() && !rest.isEmpty()) {
              continue;
            }
            name = rest;
            continue pattern;
          }
        }
      }
      // before answering false, check that the rest of the pattern is well-formed
      while (!pattern.isEmpty()) {
        int s = 0;
        while (s < pattern.length() && pattern.charAt(s) == '*') {
          s++;
        }
        pattern = pattern.substring(s);
        int e = chunkEnd(pattern);
        matchChunk(pattern.substring(0, e), "");
        pattern = pattern.substring(e);
      }
      return false;
    }
    return name.isEmpty();
  }

  /** scanChunk: where the next star outside a class starts. */
  private static int chunkEnd(String pattern) {
    boolean inRange = false;
    for (int i = 0; i < pattern.length(); i++) {
      switch (pattern.charAt(i)) {
        case '\\' -> {
          if (i + 1 < pattern.length()) {
            i++;
          }
        }
        case '[' -> inRange = true;
        case ']' -> inRange = false;
        case '*' -> {
          if (!inRange) {
            return i;
          }
        }
        default -> {}
      }
    }
    return pattern.length();
  }

  /**
   * matchChunk: the rest of {@code s} after the chunk, or null when it does not match. Keeps
   * parsing the chunk after a failure so that malformed patterns are always reported.
   */
  private static String matchChunk(String chunk, String s) throws BadPattern {
    boolean failed = false;
    int c = 0;
    int i = 0;
    while (c < chunk.length()) {
      if (!failed && i >= s.length()) {
        failed = true;
      }
      char ch = chunk.charAt(c);
      if (ch == '[') {
        int r = 0;
        if (!failed) {
          r = s.codePointAt(i);
          i += Character.charCount(r);
        }
        c++;
        boolean negated = false;
        if (c < chunk.length() && chunk.charAt(c) == '^') {
          negated = true;
          c++;
        }
        boolean match = false;
        int ranges = 0;
        while (true) {
          if (c < chunk.length() && chunk.charAt(c) == ']' && ranges > 0) {
            c++;
            break;
          }
          int lo = escaped(chunk, c);
          c = afterEscaped(chunk, c);
          int hi = lo;
          if (chunk.charAt(c) == '-') {
            hi = escaped(chunk, c + 1);
            c = afterEscaped(chunk, c + 1);
          }
          if (lo <= r && r <= hi) {
            match = true;
          }
          ranges++;
        }
        if (match == negated) {
          failed = true;
        }
      } else if (ch == '?') {
        if (!failed) {
          if (s.charAt(i) == '/') {
            failed = true;
          }
          i += Character.charCount(s.codePointAt(i));
        }
        c++;
      } else {
        if (ch == '\\') {
          c++;
          if (c >= chunk.length()) {
            throw new BadPattern();
          }
        }
        if (!failed) {
          if (chunk.charAt(c) != s.charAt(i)) {
            failed = true;
          }
          i++;
        }
        c++;
      }
    }
    return failed ? null : s.substring(i);
  }

  /** getEsc: the possibly escaped character of a class at {@code c}. */
  private static int escaped(String chunk, int c) throws BadPattern {
    if (c >= chunk.length() || chunk.charAt(c) == '-' || chunk.charAt(c) == ']') {
      throw new BadPattern();
    }
    if (chunk.charAt(c) == '\\') {
      c++;
      if (c >= chunk.length()) {
        throw new BadPattern();
      }
    }
    return chunk.codePointAt(c);
  }

  /** Where the class continues after {@link #escaped}; getEsc fails when nothing is left. */
  private static int afterEscaped(String chunk, int c) throws BadPattern {
    if (chunk.charAt(c) == '\\') {
      c++;
    }
    c += Character.charCount(chunk.codePointAt(c));
    if (c >= chunk.length()) {
      throw new BadPattern();
    }
    return c;
  }
}
