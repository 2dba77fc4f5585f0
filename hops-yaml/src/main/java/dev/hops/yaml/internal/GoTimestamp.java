package dev.hops.yaml.internal;

/**
 * Whether a plain scalar is a YAML timestamp for yaml.v3: Go's {@code time.Parse} against the four
 * layouts yaml.v3 allows ({@code 2006-1-2T15:4:5.999999999Z07:00}, the same with a lower-case t,
 * {@code 2006-1-2 15:4:5.999999999} and {@code 2006-1-2}).
 */
final class GoTimestamp {

  private GoTimestamp() {}

  static boolean isTimestamp(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i != 4 || i == s.length() || s.charAt(i) != '-') {
      return false;
    }
    return parse(s, 'T', true) || parse(s, 't', true) || parse(s, ' ', false) || dateOnly(s);
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

  private static boolean dateOnly(String s) {
    Cursor c = new Cursor(s);
    return date(c) && c.atEnd();
  }

  private static boolean date(Cursor c) {
    int year = Integer.parseInt(c.s.substring(0, 4));
    c.pos = 4;
    if (!c.literal('-')) {
      return false;
    }
    int month = c.num();
    if (month < 1 || month > 12 || !c.literal('-')) {
      return false;
    }
    int day = c.num();
    return day >= 1 && day <= daysIn(month, year);
  }

  private static boolean parse(String s, char separator, boolean zone) {
    Cursor c = new Cursor(s);
    if (!date(c)) {
      return false;
    }
    if (separator == ' ') {
      if (c.atEnd() || c.s.charAt(c.pos) != ' ') {
        return false;
      }
      while (!c.atEnd() && c.s.charAt(c.pos) == ' ') {
        c.pos++;
      }
    } else if (!c.literal(separator)) {
      return false;
    }
    int hour = c.num();
    if (hour < 0 || hour >= 24 || !c.literal(':')) {
      return false;
    }
    int minute = c.num();
    if (minute < 0 || minute >= 60 || !c.literal(':')) {
      return false;
    }
    int second = c.num();
    if (second < 0 || second >= 60) {
      return false;
    }
    if (!c.atEnd() && (c.s.charAt(c.pos) == '.' || c.s.charAt(c.pos) == ',') && c.digit(1)) {
      c.pos++;
      while (c.digit(0)) {
        c.pos++;
      }
    }
    if (zone) {
      if (c.literal('Z')) {
        return c.atEnd();
      }
      String rest = s.substring(c.pos);
      if (rest.length() < 6 || rest.charAt(3) != ':') {
        return false;
      }
      char sign = rest.charAt(0);
      if (sign != '+' && sign != '-') {
        return false;
      }
      if (!twoDigits(rest, 1) || !twoDigits(rest, 4)) {
        return false;
      }
      int hr = Integer.parseInt(rest.substring(1, 3));
      int mm = Integer.parseInt(rest.substring(4, 6));
      return hr <= 24 && mm <= 60 && rest.length() == 6;
    }
    return c.atEnd();
  }

  private static boolean twoDigits(String s, int at) {
    return Character.isDigit(s.charAt(at))
        && s.charAt(at) < 128
        && Character.isDigit(s.charAt(at + 1))
        && s.charAt(at + 1) < 128;
  }

  private static int daysIn(int month, int year) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
