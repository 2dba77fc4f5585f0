package dev.hops.helm.semver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Go's {@code strconv.Quote} and {@code ParseUint}; expected texts printed by Go 1.19. */
class GoStrconvTest {

  static Stream<Arguments> quote() {
    return Stream.of(
        arguments("a\u00a0b", "\"a\\u00a0b\""),
        arguments("\u0001\u007f", "\"\\x01\\x7f\""),
        arguments("é😀", "\"é😀\""),
        arguments("\u200b\u00ad", "\"\\u200b\\u00ad\""),
        arguments("\u0007\b\f\n\r\t\u000b", "\"\\a\\b\\f\\n\\r\\t\\v\""),
        arguments("\"\\", "\"\\\"\\\\\""),
        arguments("\udb40\udc01", "\"\\U000e0001\""),
        arguments("\u0378", "\"\\u0378\""));
  }

  @ParameterizedTest
  @MethodSource
  void quote(String s, String quoted) {
    assertThat(GoStrconv.quote(s)).isEqualTo(quoted);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "18446744073709551615, -1",
    "18446744073709551614, -2",
    "9223372036854775808, -9223372036854775808"
  })
  void parseUintReadsUnsigned64BitNumbers(String s, long expected) {
    assertThat(GoStrconv.parseUint(s)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
          ''                       | strconv.ParseUint: parsing "": invalid syntax
          1a                       | strconv.ParseUint: parsing "1a": invalid syntax
          +1                       | strconv.ParseUint: parsing "+1": invalid syntax
          18446744073709551616     | strconv.ParseUint: parsing "18446744073709551616": value out of range
          184467440737095516150a   | strconv.ParseUint: parsing "184467440737095516150a": value out of range
          """)
  void parseUintFailsWithGoText(String s, String message) {
    assertThatThrownBy(() -> GoStrconv.parseUint(s))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage(message);
  }
}
