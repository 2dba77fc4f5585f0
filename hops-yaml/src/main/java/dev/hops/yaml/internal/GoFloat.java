package dev.hops.yaml.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Go's {@code strconv.FormatFloat(f, fmt, -1, 64)} for the formats kustomize's output depends on:
 * {@code 'g'} (goyaml.v2 and yaml.v3 write floats with it) and the mix of {@code 'f'} and {@code
 * 'e'} that {@code encoding/json} uses.
 *
 * <p>Both Go and Java print the shortest decimal that reads back as the same double. They differ
 * only when one digit is enough: Java may then print two digits if that is closer (4.9E-324 where
 * Go prints 5e-324); {@link #shortest} corrects that.
 */
public final class GoFloat {

  /** The shortest decimal of a finite, non-zero double: {@code 0.digits * 10^point}. */
  record Decimal(String digits, int point) {}

  private GoFloat() {}

  /** {@code strconv.FormatFloat(f, 'g', -1, 64)}, with Go's spellings of infinities and NaN. */
  public static String formatG(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    if (f == 0) {
      return isNegative(f) ? "-0" : "0";
    }
    Decimal d = shortest(Math.abs(f));
    int exp = d.point - 1;
    String body = exp < -4 || exp >= 6 ? formatE(d) : formatF(d);
    return f < 0 ? "-" + body : body;
  }

  /** {@code strconv.FormatFloat(f, 'f', -1, 64)}: plain decimal, shortest digits. */
  public static String formatF(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    if (f == 0) {
      return isNegative(f) ? "-0" : "0";
    }
    String body = formatF(shortest(Math.abs(f)));
    return f < 0 ? "-" + body : body;
  }

  /**
   * The text {@code encoding/json} writes for a float64: {@code 'f'} format between 1e-6 and 1e21,
   * {@code 'e'} outside, with a one-digit negative exponent written without its leading zero
   * ({@code 1e-7}, but {@code 1e+21}). Throws for NaN and infinities, as Go does.
   */
  public static String formatJson(double f) {
    if (Double.isNaN(f) || Double.isInfinite(f)) {
      throw new IllegalArgumentException("json: unsupported value: " + formatG(f));
    }
    if (f == 0) {
      return isNegative(f) ? "-0" : "0";
    }
    double abs = Math.abs(f);
    Decimal d = shortest(abs);
    String body;
    if (abs < 1e-6 || abs >= 1e21) {
      body = formatE(d);
      int n = body.length();
      if (n >= 4
          && body.charAt(n - 4) == 'e'
          && body.charAt(n - 3) == '-'
          && body.charAt(n - 2) == '0') {
        body = body.substring(0, n - 2) + body.charAt(n - 1);
      }
    } else {
      body = formatF(d);
    }
    return f < 0 ? "-" + body : body;
  }

  /**
   * The value goyaml.v2 reads back from the JSON text of {@code f}: an integer-looking text (no
   * point, no exponent) becomes a Long when it fits int64, a BigInteger when it fits uint64, else
   * the double; any other text is the same double.
   */
  public static Object jsonRoundTrip(double f) {
    if (f == 0) {
      return 0L;
    }
    double abs = Math.abs(f);
    if (abs < 1e-6 || abs >= 1e21) {
      return f;
    }
    if (abs < 1e15 && abs == Math.rint(abs)) {
      return (long) f; // an exact integer: what the long branch below gives, without BigInteger
    }
    Decimal d = shortest(abs);
    if (d.point < d.digits.length()) {
      return f; // the 'f' text has a fractional part
    }
    BigInteger value =
        new BigInteger(d.digits).multiply(BigInteger.TEN.pow(d.point - d.digits.length()));
    if (f < 0) {
      value = value.negate();
    }
    if (value.bitLength() <= 63) {
      return value.longValue();
    }
    if (value.signum() > 0 && value.compareTo(GoStrconv.UINT64_MAX) <= 0) {
      return value;
    }
    return f;
  }

  private static boolean isNegative(double f) {
    return Double.doubleToRawLongBits(f) < 0;
  }

  /** The shortest decimal of a positive finite double, choosing as Go does. */
  static Decimal shortest(double abs) {
    if (abs < 1e15 && abs == Math.rint(abs)) {
      // An integer of at most 15 digits is exact and its digits are the shortest decimal; this is
      // the common case, and it spares BigDecimal, whose class initialization alone takes
      // milliseconds in a cold JVM.
      String s = Long.toString((long) abs);
      int end = s.length();
      while (s.charAt(end - 1) == '0') {
        end--;
      }
      return new Decimal(s.substring(0, end), s.length());
    }
    return shortestOfAny(abs);
  }

  /** {@link #shortest} for any positive finite double. */
  static Decimal shortestOfAny(double abs) {
    BigDecimal bd = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
    String digits = bd.unscaledValue().toString();
    int point = digits.length() - bd.scale();
    if (digits.length() == 2) {
      Decimal one = oneDigit(abs, digits, point);
      if (one != null) {
        return one;
      }
    }
    return new Decimal(digits, point);
  }

  /** Go's shortest output has one digit whenever a one-digit decimal reads back as {@code abs}. */
  private static Decimal oneDigit(double abs, String digits, int point) {
    int lead = digits.charAt(0) - '0';
    BigDecimal exact = new BigDecimal(abs);
    Decimal best = null;
    BigDecimal bestDistance = null;
    for (int candidate = lead; candidate <= lead + 1; candidate++) {
      BigDecimal value = new BigDecimal(BigInteger.valueOf(candidate), 1 - point);
      if (value.doubleValue() == abs) {
        BigDecimal distance = value.subtract(exact).abs();
        if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
          bestDistance = distance;
          best = candidate == 10 ? new Decimal("1", point + 1) : new Decimal("" + candidate, point);
        }
      }
    }
    return best;
  }

  /** {@code d.ddde±XX} with at least two exponent digits. */
  private static String formatE(Decimal d) {
    StringBuilder sb = new StringBuilder(d.digits.length() + 6);
    sb.append(d.digits.charAt(0));
    if (d.digits.length() > 1) {
      sb.append('.').append(d.digits, 1, d.digits.length());
    }
    int exp = d.point - 1;
    sb.append('e').append(exp < 0 ? '-' : '+');
    int abs = Math.abs(exp);
    if (abs < 10) {
      sb.append('0');
    }
    return sb.append(abs).toString();
  }

  /** Plain decimal notation, with exactly the digits of the shortest decimal. */
  private static String formatF(Decimal d) {
    String digits = d.digits;
    int point = d.point;
    StringBuilder sb = new StringBuilder(digits.length() + Math.abs(point) + 2);
    if (point <= 0) {
      sb.append("0.");
      sb.repeat('0', -point);
      return sb.append(digits).toString();
    }
    if (point >= digits.length()) {
      sb.append(digits);
      sb.repeat('0', point - digits.length());
      return sb.toString();
    }
    return sb.append(digits, 0, point)
        .append('.')
        .append(digits, point, digits.length())
        .toString();
  }
}
