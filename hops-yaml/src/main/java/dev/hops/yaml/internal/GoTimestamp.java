package dev.hops.yaml.internal;

/**
 * YAML timestamps as Go's yaml.v2 and yaml.v3 see them: {@code time.Parse} against the four layouts
 * they allow ({@code 2006-1-2T15:4:5.999999999Z07:00}, the same with a lower-case t, {@code
 * 2006-1-2 15:4:5.999999999} and {@code 2006-1-2}), and the text {@code time.Time.MarshalJSON}
 * gives the parsed time (RFC 3339 with nanoseconds, trailing zeros dropped).
 */
public final class GoTimestamp {

  /** A parsed timestamp: wall clock fields and the zone offset in seconds (0 for UTC). */
  public record Parsed(
      int year, int month, int day, int hour, int minute, int second, int nanos, int offset) {}

  private GoTimestamp() {}

  public static boolean isTimestamp(String s) {
    return parse(s) != null;
  }

  /** The timestamp, or null when none of the layouts matches. */
  public static Parsed parse(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i != 4 || i == s.length() || s.charAt(i) != '-') {
      return null;
    }
    Parsed p = parse(s, 'T', true);
    if (p == null) {
      p = parse(s, 't', true);
    }
    if (p == null) {
      p = parse(s, ' ', false);
    }
    return p == null ? dateOnly(s) : p;
  }

  /**
   * What {@code json.Marshal} writes for the time (without the quotes): {@code
   * 2001-12-14T21:59:43.1-05:00}. Throws where Go's MarshalJSON fails (an offset of 24 hours).
   */
  public static String toJsonText(Parsed t) {
    StringBuilder sb = new StringBuilder(35);
    pad(sb, t.year, 4).append('-');
    pad(sb, t.month, 2).append('-');
    pad(sb, t.day, 2).append('T');
    pad(sb, t.hour, 2).append(':');
    pad(sb, t.minute, 2).append(':');
    pad(sb, t.second, 2);
    if (t.nanos != 0) {
      StringBuilder frac = new StringBuilder();
      pad(frac, t.nanos, 9);
      int end = frac.length();
      while (frac.charAt(end - 1) == '0') {
        end--;
      }
      sb.append('.').append(frac, 0, end);
    }
    if (t.offset == 0) {
      return sb.append('Z').toString();
    }
    int minutes = Math.abs(t.offset) / 60;
    if (minutes / 60 >= 24) {
      throw new IllegalArgumentException(
          "json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: timezone hour"
              + " outside of range [0,23]");
    }
    sb.append(t.offset < 0 ? '-' : '+');
    pad(sb, minutes / 60, 2).append(':');
    return pad(sb, minutes % 60, 2).toString();
  }

  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }

  private static final class Cursor {
    final String s;
    int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean digit(int offset) {
      int p = pos + offset;
      return p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9';
    }

    /** Go's getnum(value, false): one or two digits; -1 when there is none. */
    int num() {
      if (!digit(0)) {
        return -1;
      }
      int v = s.charAt(pos) - '0';
      pos++;
      if (digit(0)) {
        v = v * 10 + (s.charAt(pos) - '0');
        pos++;
      }
      return v;
    }

    boolean literal(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    boolean atEnd() {
      return pos == s.length();
    }
  }

  private static Parsed dateOnly(String s) {
    Cursor c = new Cursor(s);
    int[] date = date(c);
    return date != null && c.atEnd() ? new Parsed(date[0], date[1], date[2], 0, 0, 0, 0, 0) : null;
  }

  /** Year, month and day, or null. */
  private static int[] date(Cursor c) {
    int year = Integer.parseInt(c.s.substring(0, 4));
    c.pos = 4;
    if (!c.literal('-')) {
      return null;
    }
    int month = c.num();
    if (month < 1 || month > 12 || !c.literal('-')) {
      return null;
    }
    int day = c.num();
    return day >= 1 && day <= daysIn(month, year) ? new int[] {year, month, day} : null;
  }

  private static Parsed parse(String s, char separator, boolean zone) {
    Cursor c = new Cursor(s);
    int[] date = date(c);
    if (date == null || !separator(c, separator)) {
      return null;
    }
    int hour = c.num();
    if (hour < 0 || hour >= 24 || !c.literal(':')) {
      return null;
    }
    int minute = c.num();
    if (minute < 0 || minute >= 60 || !c.literal(':')) {
      return null;
    }
    int second = c.num();
    if (second < 0 || second >= 60) {
      return null;
    }
    int nanos = 0;
    if (!c.atEnd() && (c.s.charAt(c.pos) == '.' || c.s.charAt(c.pos) == ',') && c.digit(1)) {
      c.pos++;
      int digits = 0;
      while (c.digit(0)) {
        if (digits < 9) { // Go keeps nine digits and drops the rest
          nanos = nanos * 10 + (c.s.charAt(c.pos) - '0');
          digits++;
        }
        c.pos++;
      }
      for (; digits < 9; digits++) {
        nanos *= 10;
      }
    }
    Integer offset = zone ? zoneOffset(c) : (c.atEnd() ? Integer.valueOf(0) : null);
    if (offset == null) {
      return null;
    }
    return new Parsed(date[0], date[1], date[2], hour, minute, second, nanos, offset);
  }

  private static boolean separator(Cursor c, char separator) {
    if (separator != ' ') {
      return c.literal(separator);
    }
    // Go's time.Parse treats a space of the layout as any run of spaces.
    if (c.atEnd() || c.s.charAt(c.pos) != ' ') {
      return false;
    }
    while (!c.atEnd() && c.s.charAt(c.pos) == ' ') {
      c.pos++;
    }
    return true;
  }

  /** {@code Z} or {@code ±hh:mm} ending the text; the offset in seconds, or null. */
  private static Integer zoneOffset(Cursor c) {
    if (c.literal('Z')) {
      return c.atEnd() ? 0 : null;
    }
    String rest = c.s.substring(c.pos);
    if (rest.length() != 6 || rest.charAt(3) != ':') {
      return null;
    }
    char sign = rest.charAt(0);
    if ((sign != '+' && sign != '-') || !twoDigits(rest, 1) || !twoDigits(rest, 4)) {
      return null;
    }
    int hr = Integer.parseInt(rest.substring(1, 3));
    int mm = Integer.parseInt(rest.substring(4, 6));
    if (hr > 24 || mm > 60) {
      return null;
    }
    int offset = (hr * 60 + mm) * 60;
    return sign == '-' ? -offset : offset;
  }

  private static boolean twoDigits(String s, int at) {
    return isAsciiDigit(s.charAt(at)) && isAsciiDigit(s.charAt(at + 1));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int daysIn(int month, int year) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
