package dev.hops.yaml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GoFloatTest {

  @Test
  void integersTakeTheShortcutWithTheSameDigits() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      double d =
          switch (i % 4) {
            case 0 -> random.nextInt(10_000) + 1;
            case 1 -> (random.nextLong() >>> 14) % 999_999_999_999_999L + 1;
            case 2 -> Math.pow(10, random.nextInt(15)) * (random.nextInt(9) + 1);
            default -> random.nextInt(1000) * 1000.0 + 1000;
          };
      assertThat(GoFloat.shortest(d)).as("%s", d).isEqualTo(GoFloat.shortestOfAny(d));
      assertThat(GoFloat.jsonRoundTrip(d)).isEqualTo((long) d);
      assertThat(GoFloat.jsonRoundTrip(-d)).isEqualTo(-(long) d);
    }
  }

  @Test
  void formatsAsGo() {
    // strconv.FormatFloat(f, 'g', -1, 64) and encoding/json, from Go 1.22
    assertThat(GoFloat.formatG(2000)).isEqualTo("2000");
    assertThat(GoFloat.formatG(16384)).isEqualTo("16384");
    assertThat(GoFloat.formatG(1e6)).isEqualTo("1e+06");
    assertThat(GoFloat.formatG(123456789)).isEqualTo("1.23456789e+08");
    assertThat(GoFloat.formatG(999999999999999.0)).isEqualTo("9.99999999999999e+14");
    assertThat(GoFloat.formatG(1e15)).isEqualTo("1e+15");
    assertThat(GoFloat.formatG(0.5)).isEqualTo("0.5");
    assertThat(GoFloat.formatG(5e-324)).isEqualTo("5e-324");
    assertThat(GoFloat.formatG(-24)).isEqualTo("-24");
    assertThat(GoFloat.formatJson(1e20)).isEqualTo("100000000000000000000");
    assertThat(GoFloat.formatJson(1e21)).isEqualTo("1e+21");
    assertThat(GoFloat.formatJson(1e-7)).isEqualTo("1e-7");
    assertThat(GoFloat.formatJson(8080)).isEqualTo("8080");
    assertThat(GoFloat.jsonRoundTrip(1e16)).isEqualTo(10_000_000_000_000_000L);
    assertThat(GoFloat.jsonRoundTrip(2.5)).isEqualTo(2.5);
  }
}
