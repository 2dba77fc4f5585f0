package dev.hops.flux.internal.subst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.flux.internal.subst.TemplateNode.Func;
import dev.hops.flux.internal.subst.TemplateNode.Seq;
import dev.hops.flux.internal.subst.TemplateNode.Text;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parse trees of fluxcd/pkg envsubst/parse/parse_test.go (TestParse), then parse errors: their
 * messages are Go's error values, the cases derived by reading parse.go and scan.go.
 */
class ParserTest {

  private static Text text(String v) {
    return new Text(v);
  }

  private static Func func(String param, String name, TemplateNode... args) {
    return new Func(param, name, List.of(args));
  }

  private static Func var(String param) {
    return new Func(param, "", List.of());
  }

  private static Seq list(TemplateNode... nodes) {
    return new Seq(List.of(nodes));
  }

  static Stream<Arguments> trees() {
    return Stream.of(
        // text only
        Arguments.of("text", text("text")),
        Arguments.of("}text", text("}text")),
        Arguments.of("http://github.com", text("http://github.com")),
        Arguments.of("$${string}", text("${string}")),
        Arguments.of("$$string", text("$string")),
        Arguments.of("\\\\.\\pipe\\pipename", text("\\\\.\\pipe\\pipename")),
        // variable only
        Arguments.of("${string}", var("string")),
        // text transform functions
        Arguments.of("${string,}", func("string", ",")),
        Arguments.of("${string,,}", func("string", ",,")),
        Arguments.of("${string^}", func("string", "^")),
        Arguments.of("${string^^}", func("string", "^^")),
        // substring functions
        Arguments.of("${string:position}", func("string", ":", text("position"))),
        Arguments.of(
            "${string:position:length}", func("string", ":", text("position"), text("length"))),
        // string removal functions
        Arguments.of("${string#substring}", func("string", "#", text("substring"))),
        Arguments.of("${string##substring}", func("string", "##", text("substring"))),
        Arguments.of("${string%substring}", func("string", "%", text("substring"))),
        Arguments.of("${string%%substring}", func("string", "%%", text("substring"))),
        // string replace functions
        Arguments.of(
            "${string/substring/replacement}",
            func("string", "/", text("substring"), text("replacement"))),
        Arguments.of(
            "${string//substring/replacement}",
            func("string", "//", text("substring"), text("replacement"))),
        Arguments.of(
            "${string/#substring/replacement}",
            func("string", "/#", text("substring"), text("replacement"))),
        Arguments.of(
            "${string/%substring/replacement}",
            func("string", "/%", text("substring"), text("replacement"))),
        // default value functions
        Arguments.of("${string=default}", func("string", "=", text("default"))),
        Arguments.of("${string:=default}", func("string", ":=", text("default"))),
        Arguments.of("${string:-default}", func("string", ":-", text("default"))),
        Arguments.of("${string:?default}", func("string", ":?", text("default"))),
        Arguments.of("${string:+default}", func("string", ":+", text("default"))),
        // length function
        Arguments.of("${#string}", func("string", "#")),
        // special characters in argument
        Arguments.of("${string#$%:*{}", func("string", "#", text("$%:*{"))),
        // text before and after function
        Arguments.of(
            "hello ${#string} world",
            list(text("hello "), list(func("string", "#"), text(" world")))),
        Arguments.of(
            "\\\\ hello ${#string} world \\\\",
            list(text("\\\\ hello "), list(func("string", "#"), text(" world \\\\")))),
        // escaped function arguments
        Arguments.of(
            "${string/\\/position/length}", func("string", "/", text("/position"), text("length"))),
        Arguments.of(
            "${string/\\/position\\\\/length}",
            func("string", "/", text("/position\\"), text("length"))),
        Arguments.of(
            "${string/position/\\/length}", func("string", "/", text("position"), text("/length"))),
        Arguments.of(
            "${string/position/\\/length\\\\}",
            func("string", "/", text("position"), text("/length\\"))),
        Arguments.of(
            "${string/position/\\/leng\\\\th}",
            func("string", "/", text("position"), text("/leng\\th"))),
        // functions in functions
        Arguments.of("${string:${position}}", func("string", ":", var("position"))),
        Arguments.of(
            "${string:${stringy:position:length}:${stringz,,}}",
            func(
                "string",
                ":",
                func("stringy", ":", text("position"), text("length")),
                func("stringz", ",,"))),
        Arguments.of("${string#${stringz}}", func("string", "#", var("stringz"))),
        Arguments.of("${string=${stringz}}", func("string", "=", var("stringz"))),
        Arguments.of("${string=prefix-${var}}", func("string", "=", text("prefix-"), var("var"))),
        Arguments.of("${string=${var}-suffix}", func("string", "=", var("var"), text("-suffix"))),
        Arguments.of(
            "${string=prefix-${var}-suffix}",
            func("string", "=", text("prefix-"), var("var"), text("-suffix"))),
        Arguments.of(
            "${string=prefix${var} suffix}",
            func("string", "=", text("prefix"), var("var"), text(" suffix"))),
        Arguments.of(
            "${string//${stringy}/${stringz}}",
            func("string", "//", var("stringy"), var("stringz"))),
        // not from the Go table: the rules of spec section 4.3
        Arguments.of("", text("")),
        Arguments.of("$VAR $(cmd) $1 $ }", text("$VAR $(cmd) $1 $ }")),
        Arguments.of("$$$${X}", text("$${X}")),
        Arguments.of("$$${X}", list(text("$"), var("X"))),
        Arguments.of("${X:=$$}", func("X", ":=", text("$$"))),
        Arguments.of("${X/$$/d}", func("X", "/", text("$"), text("d"))),
        Arguments.of("${X:-1}", func("X", ":-", text("1"))),
        Arguments.of("${X: -1}", func("X", ":", text(" -1"))),
        Arguments.of("${X:+}", func("X", ":+")),
        Arguments.of("${X/a/}", func("X", "/", text("a"))),
        Arguments.of("${X:1:2:3}", func("X", ":", text("1"), text("2:3"))),
        Arguments.of("${Ünï_1}", var(GoStrings.fromJava("Ünï_1"))),
        Arguments.of("${1X}", var("1X")),
        Arguments.of("a\0${X}", text("a")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("trees")
  void parses(String input, TemplateNode expected) {
    assertThat(Template.parse(input).root()).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("${}", "unable to parse variable name"),
        Arguments.of("${", "unable to parse variable name"),
        Arguments.of("${ X}", "unable to parse variable name"),
        Arguments.of("${{ github.sha }}", "unable to parse variable name"),
        Arguments.of("${.x}", "unable to parse variable name"),
        Arguments.of("${-X}", "unable to parse variable name"),
        Arguments.of("${foo.bar}", "missing closing brace"),
        Arguments.of("${X-default}", "missing closing brace"),
        Arguments.of("${X?}", "missing closing brace"),
        Arguments.of("${X+y}", "missing closing brace"),
        Arguments.of("${X }", "missing closing brace"),
        Arguments.of("${X", "missing closing brace"),
        Arguments.of("a ${X} ${Y", "missing closing brace"),
        // the default argument runs to the end of input, then no argument can be scanned
        Arguments.of("${X:=d", "unable to parse substitution within function"),
        Arguments.of("${X#}", "unable to parse substitution within function"),
        // "}" is a valid pattern for a replacement; the "/" after it is then missing
        Arguments.of("${X//}", "bad substitution"),
        Arguments.of("${X//b}", "bad substitution"),
        Arguments.of("${X/a}", "bad substitution"),
        Arguments.of("${X^^^}", "bad substitution"),
        Arguments.of("${X,x}", "bad substitution"),
        Arguments.of("${#}", "bad substitution"),
        Arguments.of("${#X:1}", "bad substitution"),
        Arguments.of("${X:a${Y}}", "bad substitution"),
        Arguments.of("${X::}", "unable to parse substitution within function"),
        // a ':' at the end: the stale rune width of peek() leaves the scanner after the colon
        Arguments.of("${X:", "bad substitution"),
        Arguments.of("${X#a", "bad substitution"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void rejects(String input, String message) {
    assertThatThrownBy(() -> Template.parse(input))
        .isInstanceOf(EnvsubstException.class)
        .hasMessage(message);
  }
}
