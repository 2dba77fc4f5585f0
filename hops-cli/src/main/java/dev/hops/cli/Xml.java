package dev.hops.cli;

/** Escaping for XML 1.0 written by hand: text and attribute values. */
final class Xml {

  private Xml() {}

  /** Character data: markup characters escaped, characters XML 1.0 cannot hold replaced. */
  static String text(String s) {
    return escape(s, false);
  }

  /** An attribute value in double quotes; line breaks and tabs kept as character references. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\r' -> sb.append("&#13;"); // a parser turns a literal CR into LF
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
