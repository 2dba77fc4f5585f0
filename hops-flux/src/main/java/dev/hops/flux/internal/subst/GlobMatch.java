package dev.hops.flux.internal.subst;

/**
 * Port of fluxcd/pkg {@code envsubst/path/match.go} (Go's path.Match, except that a trailing {@code
 * *} matches the rest of the name, slashes included). Works on byte strings.
 */
final class GlobMatch {

  /** path.ErrBadPattern. */
  static final class BadPattern extends Exception {
    BadPattern() {
      super("syntax error in pattern", null, false, false);
    }
  }

  private GlobMatch() {}

  static boolean match(String pattern, String name) throws BadPattern {
    pattern:
    while (!pattern.isEmpty()) {
      boolean star = false;
      while (!pattern.isEmpty() && pattern.charAt(0) == '*') {
        pattern = pattern.substring(1);
        star = true;
      }
      int end = chunkEnd(pattern);
      String chunk = pattern.substring(0, end);
      pattern = pattern.substring(end);
      if (star && chunk.isEmpty()) {
        return true;
      }
      ChunkResult r = matchChunk(chunk, name);
      if (r.ok && (r.rest.isEmpty() || !pattern.isEmpty())) {
        name = r.rest;
        continue;
      }
      if (r.error) {
        throw new BadPattern();
      }
      if (star) {
        for (int i = 0; i < name.length(); i++) {
          ChunkResult t = matchChunk(chunk, name.substring(i + 1));
          if (t.ok) {
            if (pattern.isEmpty() && !t.rest.isEmpty()) {
              continue;
            }
            name = t.rest;
            continue pattern;
          }
          if (t.error) {
            throw new BadPattern();
          }
        }
      }
      return false;
    }
    return name.isEmpty();
  }

  /** scanChunk: the end of the chunk up to the next unbracketed star. */
  private static int chunkEnd(String pattern) {
    boolean inrange = false;
    int i;
    scan:
    for (i = 0; i < pattern.length(); i++) {
      switch (pattern.charAt(i)) {
        case '\\' -> {
          if (i + 1 < pattern.length()) {
            i++;
          }
        }
        case '[' -> inrange = true;
        case ']' -> inrange = false;
        case '*' -> {
          if (!inrange) {
            break scan;
          }
        }
        default -> {}
      }
    }
    return i;
  }

  private record ChunkResult(String rest, boolean ok, boolean error) {}

  private static final ChunkResult FAIL = new ChunkResult("", false, false);
  private static final ChunkResult ERROR = new ChunkResult("", false, true);

  private static ChunkResult matchChunk(String chunk, String s) {
    while (!chunk.isEmpty()) {
      if (s.isEmpty()) {
        return FAIL;
      }
      switch (chunk.charAt(0)) {
        case '[' -> {
          long d = GoStrings.decodeRune(s, 0);
          int r = GoStrings.rune(d);
          s = s.substring(GoStrings.width(d));
          chunk = chunk.substring(1);
          boolean notNegated = true;
          if (!chunk.isEmpty() && chunk.charAt(0) == '^') {
            notNegated = false;
            chunk = chunk.substring(1);
          }
          boolean match = false;
          int nrange = 0;
          while (true) {
            if (!chunk.isEmpty() && chunk.charAt(0) == ']' && nrange > 0) {
              chunk = chunk.substring(1);
              break;
            }
            Esc lo = getEsc(chunk);
            if (lo.error) {
              return ERROR;
            }
            chunk = lo.rest;
            int hi = lo.rune;
            if (chunk.charAt(0) == '-') {
              Esc h = getEsc(chunk.substring(1));
              if (h.error) {
                return ERROR;
              }
              chunk = h.rest;
              hi = h.rune;
            }
            if (lo.rune <= r && r <= hi) {
              match = true;
            }
            nrange++;
          }
          if (match != notNegated) {
            return FAIL;
          }
        }
        case '?' -> {
          s = s.substring(GoStrings.width(GoStrings.decodeRune(s, 0)));
          chunk = chunk.substring(1);
        }
        default -> {
          if (chunk.charAt(0) == '\\') {
            chunk = chunk.substring(1);
            if (chunk.isEmpty()) {
              return ERROR;
            }
          }
          if (chunk.charAt(0) != s.charAt(0)) {
            return FAIL;
          }
          s = s.substring(1);
          chunk = chunk.substring(1);
        }
      }
    }
    return new ChunkResult(s, true, false);
  }

  private record Esc(int rune, String rest, boolean error) {}

  private static Esc getEsc(String chunk) {
    if (chunk.isEmpty() || chunk.charAt(0) == '-' || chunk.charAt(0) == ']') {
      return new Esc(0, chunk, true);
    }
    if (chunk.charAt(0) == '\\') {
      chunk = chunk.substring(1);
      if (chunk.isEmpty()) {
        return new Esc(0, chunk, true);
      }
    }
    long d = GoStrings.decodeRune(chunk, 0);
    int r = GoStrings.rune(d);
    int n = GoStrings.width(d);
    boolean error = r == GoStrings.RUNE_ERROR && n == 1;
    String rest = chunk.substring(n);
    if (rest.isEmpty()) {
      error = true;
    }
    return new Esc(r, rest, error);
  }
}
