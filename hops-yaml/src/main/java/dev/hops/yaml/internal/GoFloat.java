package dev.hops.yaml.internal;

import java.math.BigDecimal;

/** Go's strconv.FormatFloat(f, fmt, -1, 64) for the formats 'f', 'e' and 'g'. */
public final class GoFloat {

  private GoFloat() {}

  /** Decimal digits (no leading zeros) and the decimal exponent: value = 0.d1d2... x 10^exp. */
  private record Digits(String digits, int exp, boolean negative) {}

  private static Digits digits(double f) {
    boolean neg = f < 0 || (f == 0 && 1 / f < 0);
    BigDecimal bd = new BigDecimal(Double.toString(Math.abs(f))).stripTrailingZeros();
    if (bd.signum() == 0) {
      return new Digits("0", 1, neg);
    }
    String unscaled = bd.unscaledValue().toString();
    int exp = unscaled.length() - bd.scale();
    return new Digits(unscaled, exp, neg);
  }

  public static String formatF(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    Digits d = digits(f);
    StringBuilder sb = new StringBuilder();
    if (d.negative) {
      sb.append('-');
    }
    if (d.digits.equals("0")) {
      return sb.append('0').toString();
    }
    if (d.exp <= 0) {
      sb.append("0.");
      sb.append("0".repeat(-d.exp));
      sb.append(d.digits);
    } else if (d.exp >= d.digits.length()) {
      sb.append(d.digits);
      sb.append("0".repeat(d.exp - d.digits.length()));
    } else {
      sb.append(d.digits, 0, d.exp).append('.').append(d.digits, d.exp, d.digits.length());
    }
    return sb.toString();
  }

  public static String formatE(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    Digits d = digits(f);
    StringBuilder sb = new StringBuilder();
    if (d.negative) {
      sb.append('-');
    }
    sb.append(d.digits.charAt(0));
    if (d.digits.length() > 1) {
      sb.append('.').append(d.digits, 1, d.digits.length());
    }
    int e = d.digits.equals("0") ? 0 : d.exp - 1;
    sb.append('e').append(e < 0 ? '-' : '+');
    int ae = Math.abs(e);
    if (ae < 10) {
      sb.append('0');
    }
    sb.append(ae);
    return sb.toString();
  }

  /** 'g' with shortest precision: %e when the exponent is < -4 or >= 6 (Go's eprec for -1). */
  public static String formatG(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    Digits d = digits(f);
    int x = d.digits.equals("0") ? 0 : d.exp - 1;
    if (x < -4 || x >= 6) {
      return formatE(f);
    }
    return formatF(f);
  }
}
