package dev.hops.yaml.internal.v2;

/**
 * What happens to a string between {@code encoding/json} and goyaml.v2 in {@code JSONToYAML}: Go
 * writes it as a JSON string, v2 reads that back as a YAML double-quoted scalar. Go escapes control
 * characters, U+2028 and U+2029, so the round trip is exact except for:
 *
 * <ul>
 *   <li>U+0085 (NEL), which Go leaves raw and YAML takes for a line break inside a quoted scalar:
 *       it is folded as a line break is (one break becomes a space, n breaks n-1 newlines, spaces
 *       around it dropped), and {@code ---} or {@code ...} right after it ends the document;
 *   <li>characters v2's reader refuses in its input (DEL, C1 controls, U+FFFE, U+FFFF): kustomize
 *       fails with "control characters are not allowed";
 *   <li>unpaired surrogates, which only Java strings can hold: Go would have written U+FFFD.
 * </ul>
 */
final class V2JsonStrings {

  private static final char NEL = '\u0085';

  private V2JsonStrings() {}

  /**
   * A map key as v2 reads it back. JSON keys are YAML simple keys, which may not span lines (a NEL
   * is a line break) nor be longer than 1024 characters, quotes and escapes included.
   */
  static String readBackKey(String s) {
    String read = readBack(s);
    if (read != s || (s.length() > 170 && jsonLength(s) > 1024)) {
      if (s.indexOf(NEL) >= 0 || jsonLength(s) > 1024) {
        throw new IllegalArgumentException("yaml: did not find expected ',' or '}'");
      }
    }
    return read;
  }

  /** The length in characters of the JSON text Go writes for {@code s}, quotes included. */
  static int jsonLength(String s) {
    int length = 2;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
        length += 2;
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
        length += 6;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        length++;
        i++;
      } else {
        length += Character.isSurrogate(c) ? 6 : 1;
      }
    }
    return length;
  }

  /** The string v2 reads back; throws {@link IllegalArgumentException} where v2 fails. */
  static String readBack(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x7F && needsWork(s, i)) {
        return slowPath(s);
      }
    }
    return s;
  }

  private static boolean needsWork(String s, int i) {
    char c = s.charAt(i);
    if (c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
      return true; // DEL, C1 controls (NEL among them)
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  private static String slowPath(String s) {
    StringBuilder clean = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0x7F && c <= 0x9F && c != NEL) || c == 0xFFFE || c == 0xFFFF) {
        throw new IllegalArgumentException("yaml: control characters are not allowed");
      }
      clean.append(Character.isSurrogate(c) && needsWork(s, i) ? '\uFFFD' : c);
    }
    return clean.indexOf(String.valueOf(NEL)) >= 0 ? fold(clean.toString()) : clean.toString();
  }

  /** libyaml's scanning of a double-quoted scalar whose only blanks are spaces and NELs. */
  private static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (true) {
      while (i < n && s.charAt(i) != ' ' && s.charAt(i) != NEL) {
        out.append(s.charAt(i++));
      }
      if (i == n) {
        return out.toString();
      }
      StringBuilder whitespaces = new StringBuilder();
      boolean leadingBlanks = false;
      int trailingBreaks = 0;
      boolean columnZero = false;
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == NEL)) {
        if (s.charAt(i) == ' ') {
          if (!leadingBlanks) {
            whitespaces.append(' ');
          }
          columnZero = false;
        } else {
          if (!leadingBlanks) {
            whitespaces.setLength(0);
            leadingBlanks = true;
          } else {
            trailingBreaks++;
          }
          columnZero = true;
        }
        i++;
      }
      if (leadingBlanks) {
        out.append(trailingBreaks == 0 ? " " : "\n".repeat(trailingBreaks));
      } else {
        out.append(whitespaces);
      }
      if (columnZero && documentIndicatorAt(s, i)) {
        throw new IllegalArgumentException(
            "yaml: found unexpected document indicator while scanning a quoted scalar");
      }
    }
  }

  /** {@code ---} or {@code ...} followed by a blank, at the start of a line of the JSON text. */
  private static boolean documentIndicatorAt(String s, int i) {
    if (i + 3 >= s.length()) {
      return false; // the closing quote follows, which is not a blank
    }
    String three = s.substring(i, i + 3);
    char next = s.charAt(i + 3);
    return (three.equals("---") || three.equals("...")) && (next == ' ' || next == NEL);
  }
}
