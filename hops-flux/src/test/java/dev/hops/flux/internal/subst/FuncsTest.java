package dev.hops.flux.internal.subst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** fluxcd/pkg envsubst/funcs_test.go. */
class FuncsTest {

  @Test
  void len() {
    assertThat(Funcs.toLen("Hello World")).isEqualTo("11");
  }

  @Test
  void lower() {
    assertThat(Funcs.toLower("Hello World")).isEqualTo("hello world");
  }

  @Test
  void lowerFirst() {
    assertThat(Funcs.toLowerFirst("HELLO WORLD")).isEqualTo("hELLO WORLD");
    assertThat(Funcs.toLowerFirst("")).isEmpty();
  }

  @Test
  void upper() {
    assertThat(Funcs.toUpper("Hello World")).isEqualTo("HELLO WORLD");
  }

  @Test
  void upperFirst() {
    assertThat(Funcs.toUpperFirst("hello world")).isEqualTo("Hello world");
    assertThat(Funcs.toUpperFirst("")).isEmpty();
  }

  @Test
  void defaults() {
    assertThat(Funcs.toDefault("Hello World", List.of("Hola Mundo"))).isEqualTo("Hello World");
    assertThat(Funcs.toDefault("", List.of("Hola Mundo"))).isEqualTo("Hola Mundo");
    String many =
        GoStrings.fromJava("Hola Mundo")
            + GoStrings.fromJava("-Bonjour le monde")
            + GoStrings.fromJava("-Halló heimur");
    assertThat(
            Funcs.toDefault(
                "",
                List.of(
                    GoStrings.fromJava("Hola Mundo"),
                    GoStrings.fromJava("-Bonjour le monde"),
                    GoStrings.fromJava("-Halló heimur"))))
        .isEqualTo(many);
  }

  @Test
  void substr() {
    String s = "123456789123456789";
    assertThat(Funcs.toSubstr(s, List.of("0", "8"))).isEqualTo("12345678");
    assertThat(Funcs.toSubstr(s, List.of("1", "8"))).isEqualTo("23456789");
    assertThat(Funcs.toSubstr(s, List.of("9"))).isEqualTo("123456789");
    assertThat(Funcs.toSubstr(s, List.of("9", "50"))).isEqualTo("123456789");
    assertThat(Funcs.toSubstr(s, List.of("-3", "2"))).isEqualTo("78");
    assertThat(Funcs.toSubstr(s, List.of("-300", "3"))).isEqualTo("123");
    assertThat(Funcs.toSubstr("12345678", List.of("9", "1"))).isEmpty();
  }

  @Test
  void replaceWithEmptyPatternInsertsAroundEveryRune() {
    String s = GoStrings.fromJava("aé");
    assertThat(GoStrings.toJava(GoStrings.replace(s, "", "-", -1))).isEqualTo("-a-é-");
    assertThat(GoStrings.replace("ab", "", "-", 1)).isEqualTo("-ab");
  }
}
