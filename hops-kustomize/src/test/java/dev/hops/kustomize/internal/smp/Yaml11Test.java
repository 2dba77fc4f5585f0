package dev.hops.kustomize.internal.smp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Yaml11Test {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "Yes",
        "NO",
        "on",
        "Off",
        "y",
        "N",
        "true",
        "FALSE",
        "~",
        "null",
        "1",
        "-1",
        "+7",
        "0x1F",
        "0o17",
        "017",
        "08",
        "1_000",
        "1.5",
        "1e3",
        ".5",
        ".inf",
        "-.Inf",
        ".NaN",
        "0b101",
        "18446744073709551615",
        "99999999999999999999",
        "-",
        "- a",
        "[a]",
        "{a: b}",
        "a: b",
        "#c"
      })
  void nonStrings(String value) {
    assertThat(Yaml11.isValueNonString(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "x",
        "yesno",
        "onion",
        "0x",
        "1.2.3",
        "2001-12-14",
        "1:20",
        "a\nb",
        "\"quoted\"",
        "'q'",
        "[a",
        "<<",
        "-x",
        "?x",
        "0xG",
        ". 5",
        "Inf",
        "nan",
        "*a",
        "!tag",
        "|"
      })
  void strings(String value) {
    assertThat(Yaml11.isValueNonString(value)).isFalse();
  }
}
