package dev.hops.flux.internal.ignore;

import java.util.Arrays;

/**
 * Go's {@code path/filepath.Match} on Unix (backslash escapes), ported over UTF-8 bytes as Go runs
 * it: {@code *} skips byte by byte and {@code ?} and {@code [...]} decode one rune, so names with
 * multi-byte characters match exactly as in Go. A malformed chunk that is reached is {@link
 * Outcome#BAD_PATTERN} (Go's {@code ErrBadPattern}); unlike {@code path.Match}, {@code
 * filepath.Match} does not check the rest of the pattern after a mismatch. A malformed pattern
 * never matches, so for the gitignore matcher the two outcomes only differ in how early it gives
 * up.
 */
final class GoGlob {

  enum Outcome {
    MATCH,
    NO_MATCH,
    BAD_PATTERN
  }

  private static final int FAILED = -1;
  private static final int BAD = -2;
  private static final int RUNE_ERROR = 0xFFFD;

  private GoGlob() {}

  static Outcome match(byte[] pat, byte[] name) {
    // The shapes most patterns have (a name, "*.ext"), decided without the general matcher: it is
    // asked for every pattern and path element, most of them in a cold JVM.
    int metas = 0;
    for (int i = 0; i < pat.length; i++) {
      byte b = pat[i];
      if (b == '*' && i == 0) {
        metas = 1;
      } else if (b == '*' || b == '?' || b == '[' || b == '\\') {
        return matchAny(pat, name);
      }
    }
    if (metas == 0) {
      return Arrays.equals(pat, name) ? Outcome.MATCH : Outcome.NO_MATCH;
    }
    int rest = name.length - (pat.length - 1);
    if (rest < 0 || !Arrays.equals(pat, 1, pat.length, name, rest, name.length)) {
      return Outcome.NO_MATCH;
    }
    for (int i = 0; i < rest; i++) {
      if (name[i] == '/') {
        return Outcome.NO_MATCH; // '*' does not span a separator
      }
    }
    return Outcome.MATCH;
  }

  /** {@link #match} for any pattern: Go's filepath.Match over bytes. */
  static Outcome matchAny(byte[] pat, byte[] name) {
    int p = 0;
    int n = 0;
    chunks:
    while (p < pat.length) {
      boolean star = false;
      while (p < pat.length && pat[p] == '*') {
        p++;
        star = true;
      }
      int chunk = p;
      int chunkEnd = chunkEnd(pat, p);
      p = chunkEnd;
      if (star && chunk == chunkEnd) {
        // Trailing * matches the rest of the name unless it has a /.
        return indexOf(name, n, (byte) '/') < 0 ? Outcome.MATCH : Outcome.NO_MATCH;
      }
      int t = matchChunk(pat, chunk, chunkEnd, name, n);
      // The last chunk must exhaust the name, otherwise the star may still make it match.
      if (t >= 0 && (t == name.length || p < pat.length)) {
        n = t;
        continue;
      }
      if (t == BAD) {
        return Outcome.BAD_PATTERN;
      }
      if (star) {
        for (int i = n; i < name.length && name[i] != '/'; i++) {
          int u = matchChunk(pat, chunk, chunkEnd, name, i + 1);
          if (u >= 0) {
            if (p == pat.length && u < name.length) {
              continue;
            }
            n = u;
            continue chunks;
          }
          if (u == BAD) {
            return Outcome.BAD_PATTERN;
          }
        }
      }
      return Outcome.NO_MATCH;
    }
    return n == name.length ? Outcome.MATCH : Outcome.NO_MATCH;
  }

  /** scanChunk: the chunk runs up to the next star outside a character class. */
  private static int chunkEnd(byte[] pat, int from) {
    boolean inRange = false;
    int i;
    scan:
    for (i = from; i < pat.length; i++) {
      switch (pat[i]) {
        case '\\' -> {
          if (i + 1 < pat.length) {
            i++;
          }
        }
        case '[' -> inRange = true;
        case ']' -> inRange = false;
        case '*' -> {
          if (!inRange) {
            break scan;
          }
        }
        default -> {}
      }
    }
    return i;
  }

  /**
   * Whether {@code pat[c..end)} matches the start of {@code s[si..]}: the index after the match,
   * {@link #FAILED}, or {@link #BAD}. Like Go, it reads the whole chunk even after a mismatch so
   * that a malformed chunk is always reported.
   */
  private static int matchChunk(byte[] pat, int c, int end, byte[] s, int si) {
    boolean failed = false;
    while (c < end) {
      if (!failed && si == s.length) {
        failed = true;
      }
      switch (pat[c]) {
        case '[' -> {
          int r = 0;
          if (!failed) {
            long d = decodeRune(s, si, s.length);
            r = rune(d);
            si += width(d);
          }
          c++;
          boolean negated = false;
          if (c < end && pat[c] == '^') {
            negated = true;
            c++;
          }
          boolean match = false;
          int nrange = 0;
          while (true) {
            if (c < end && pat[c] == ']' && nrange > 0) {
              c++;
              break;
            }
            long lo = getEsc(pat, c, end);
            if (lo < 0) {
              return BAD;
            }
            c = width(lo);
            int hi = rune(lo);
            if (pat[c] == '-') {
              long h = getEsc(pat, c + 1, end);
              if (h < 0) {
                return BAD;
              }
              c = width(h);
              hi = rune(h);
            }
            if (rune(lo) <= r && r <= hi) {
              match = true;
            }
            nrange++;
          }
          if (match == negated) {
            failed = true;
          }
        }
        case '?' -> {
          if (!failed) {
            if (s[si] == '/') {
              failed = true;
            }
            si += width(decodeRune(s, si, s.length));
          }
          c++;
        }
        default -> {
          if (pat[c] == '\\') {
            c++;
            if (c == end) {
              return BAD;
            }
          }
          if (!failed) {
            if (pat[c] != s[si]) {
              failed = true;
            }
            si++;
          }
          c++;
        }
      }
    }
    return failed ? FAILED : si;
  }

  /** A possibly escaped character of a class: rune and the index after it, or -1 when malformed. */
  private static long getEsc(byte[] pat, int c, int end) {
    if (c >= end || pat[c] == '-' || pat[c] == ']') {
      return -1;
    }
    if (pat[c] == '\\') {
      c++;
      if (c >= end) {
        return -1;
      }
    }
    long d = decodeRune(pat, c, end);
    int next = c + width(d);
    if ((rune(d) == RUNE_ERROR && width(d) == 1) || next >= end) {
      return -1;
    }
    return pack(rune(d), next);
  }

  /** utf8.DecodeRune: the rune at {@code i} and its width; (U+FFFD, 1) when invalid. */
  static long decodeRune(byte[] b, int i, int end) {
    int b0 = b[i] & 0xFF;
    if (b0 < 0x80) {
      return pack(b0, 1);
    }
    int size;
    int lo = 0x80;
    int hi = 0xBF;
    int cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      size = 2;
      cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      size = 3;
      cp = b0 & 0x0F;
      if (b0 == 0xE0) {
        lo = 0xA0;
      } else if (b0 == 0xED) {
        hi = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      size = 4;
      cp = b0 & 0x07;
      if (b0 == 0xF0) {
        lo = 0x90;
      } else if (b0 == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return pack(RUNE_ERROR, 1);
    }
    if (i + size > end) {
      return pack(RUNE_ERROR, 1);
    }
    for (int k = 1; k < size; k++) {
      int bk = b[i + k] & 0xFF;
      if (bk < (k == 1 ? lo : 0x80) || bk > (k == 1 ? hi : 0xBF)) {
        return pack(RUNE_ERROR, 1);
      }
      cp = (cp << 6) | (bk & 0x3F);
    }
    return pack(cp, size);
  }

  private static long pack(int rune, int second) {
    return ((long) rune << 32) | (second & 0xFFFFFFFFL);
  }

  private static int rune(long packed) {
    return (int) (packed >>> 32);
  }

  private static int width(long packed) {
    return (int) packed;
  }

  private static int indexOf(byte[] b, int from, byte x) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
