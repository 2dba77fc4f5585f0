package dev.hops.flux.internal.subst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluation: fluxcd/pkg envsubst/eval_test.go (TestExpand with a lookup that never reports "not
 * set", TestExpandStrict with one that does), then cases derived from template.go and funcs.go.
 */
class TemplateTest {

  private static final String NOT_SET = "variable not set (strict mode): ";

  /** Flux's non-strict lookup: unknown names are "" and count as set. */
  private static Lookup lenient(Map<String, String> vars) {
    return name -> vars.getOrDefault(name, "");
  }

  private static Lookup strict(Map<String, String> vars) {
    return vars::get;
  }

  static Stream<Arguments> expand() {
    String path = "/home/bozo/ideas/thoughts.for.today";
    return Stream.of(
        Arguments.of(Map.of(), "abcdEFGH28ij", "abcdEFGH28ij"),
        Arguments.of(Map.of("var01", "abcdEFGH28ij"), "${#var01}", "12"),
        Arguments.of(Map.of("var01", "abcdEFGH28ij"), "${var01^}", "AbcdEFGH28ij"),
        Arguments.of(Map.of("var01", "abcdEFGH28ij"), "${var01^^}", "ABCDEFGH28IJ"),
        Arguments.of(Map.of("var01", "ABCDEFGH28IJ"), "${var01,}", "aBCDEFGH28IJ"),
        Arguments.of(Map.of("var01", "ABCDEFGH28IJ"), "${var01,,}", "abcdefgh28ij"),
        Arguments.of(Map.of("path_name", path), "${path_name:11}", "ideas/thoughts.for.today"),
        Arguments.of(Map.of("path_name", path), "${path_name:11:5}", "ideas"),
        Arguments.of(Map.of("var", "abc"), "${var=xyz}", "abc"),
        Arguments.of(Map.of(), "${var=xyz}", "xyz"),
        Arguments.of(
            Map.of("default_var", "foo"), "something ${var=${default_var}}", "something foo"),
        Arguments.of(
            Map.of("default_var", "foo1"), "foo: ${var=${default_var}-suffix}", "foo: foo1-suffix"),
        Arguments.of(
            Map.of("default_var", "foo1"),
            "foo: ${var=prefix${default_var}-suffix}",
            "foo: prefixfoo1-suffix"),
        Arguments.of(Map.of(), "${var:=xyz}", "xyz"),
        Arguments.of(
            Map.of("stringZ", "abcABC123ABCabc"), "${stringZ/%abc/XYZ}", "abcABC123ABCXYZ"),
        Arguments.of(
            Map.of("stringZ", "abcABC123ABCabc"), "${stringZ/#abc/XYZ}", "XYZABC123ABCabc"),
        Arguments.of(
            Map.of("stringZ", "abcABC123ABCabc"), "${stringZ//abc/xyz}", "xyzABC123ABCxyz"),
        Arguments.of(Map.of("stringZ", "abcABC123ABCabc"), "${stringZ/abc/xyz}", "xyzABC123ABCabc"),
        Arguments.of(Map.of("filename", "bash.string.txt"), "${filename#*.}", "string.txt"),
        Arguments.of(Map.of("filename", "path/to/file"), "${filename#*/}", "to/file"),
        Arguments.of(Map.of("filename", "/path/to/file"), "${filename#*/}", "path/to/file"),
        Arguments.of(Map.of("filename", "bash.string.txt"), "${filename##*.}", "txt"),
        Arguments.of(Map.of("filename", "path/to/file"), "${filename##*/}", "file"),
        Arguments.of(Map.of("filename", "/path/to/file"), "${filename##*/}", "file"),
        Arguments.of(Map.of("filename", "bash.string.txt"), "${filename%.*}", "bash.string"),
        Arguments.of(Map.of("filename", "bash.string.txt"), "${filename%%.*}", "bash"),
        Arguments.of(Map.of("var01", "abcdEFGH28ij"), "${var=${var01^^}}", "ABCDEFGH28IJ"),
        Arguments.of(Map.of("var01", "abcdEFGH28ij"), "$${var01}", "${var01}"),
        Arguments.of(
            Map.of("var01", "abcdEFGH28ij"),
            "some text ${var01}$${var$${var01}$var01${var01}",
            "some text abcdEFGH28ij${var${var01}$var01abcdEFGH28ij"),
        Arguments.of(
            Map.of("default_var", "foo"),
            "something $${var=${default_var}}",
            "something ${var=foo}"),
        Arguments.of(Map.of("stringZ", "foo/bar"), "${stringZ/\\//-}", "foo-bar"),
        Arguments.of(Map.of("stringZ", "foo/bar/baz"), "${stringZ//\\//-}", "foo-bar-baz"),
        Arguments.of(
            Map.of("default_var", "foo"),
            "\\\\something ${var=${default_var}}",
            "\\\\something foo"),
        Arguments.of(Map.of("stringZ", "foo.bar"), "${stringZ/./}", "foobar"),
        // not from the Go table: spec section 4.3 and funcs.go
        Arguments.of(Map.of("X", "v"), "$$$${X}", "$${X}"),
        Arguments.of(Map.of("X", "v"), "$$${X}", "$v"),
        Arguments.of(Map.of("X", "v"), "$X $(X) $1 $ } \\${X}", "$X $(X) $1 $ } \\v"),
        Arguments.of(Map.of("X", ""), "${X=d}", "d"),
        Arguments.of(Map.of("X", ""), "${X:=d}", "d"),
        Arguments.of(Map.of("X", "v"), "${X:+alt}", "v"),
        Arguments.of(Map.of("X", ""), "${X:+alt}", "alt"),
        Arguments.of(Map.of("X", ""), "${X:?msg}", "msg"),
        Arguments.of(Map.of("X", "abc"), "${X:-1}", "abc"),
        Arguments.of(Map.of("X", "abc"), "${X: -1}", "abc"),
        Arguments.of(Map.of("X", "abcdef"), "${X:-2:1}", "abcdef"),
        Arguments.of(Map.of("X", "abc"), "${X:=$$}", "abc"),
        Arguments.of(Map.of(), "${X:=$$}", "$$"),
        Arguments.of(Map.of(), "${X:=a b:c}", "a b:c"),
        Arguments.of(Map.of("X", "abc"), "${X:1:2:3}", "abc"),
        Arguments.of(Map.of("X", "abc"), "${X:x}", "abc"),
        Arguments.of(Map.of("X", "abc", "N", "1"), "${X:${N}}", "bc"),
        Arguments.of(Map.of("X", "a.b.c"), "${X//./-}", "a-b-c"),
        Arguments.of(Map.of("X", "a$b"), "${X/$$/S}", "aSb"),
        Arguments.of(Map.of("X", "abc"), "${X/#b/z}", "abc"),
        Arguments.of(Map.of("X", "abc"), "${X/#a/}", "abc"),
        Arguments.of(Map.of("X", "abc"), "${X/%c/}", "abc"),
        Arguments.of(Map.of("X", "abc"), "${X//b/}", "ac"),
        Arguments.of(Map.of("X", "abc"), "${X//${E}/-}", "-a-b-c-"),
        Arguments.of(Map.of("X", "héllo"), "${#X}", "6"),
        Arguments.of(Map.of("X", "héllo"), "${X^^}", "HÉLLO"),
        Arguments.of(Map.of("X", "éa"), "${X^}", "Éa"),
        Arguments.of(Map.of("X", "straße"), "${X^^}", "STRAßE"),
        Arguments.of(Map.of("X", "a.b.c"), "${X%.*}", "a.b"),
        Arguments.of(Map.of("X", "a.b.c"), "${X#[ab].}", "b.c"),
        Arguments.of(Map.of("X", "a.b.c"), "${X#[}", "a.b.c"),
        Arguments.of(Map.of("X", "v"), "${X}\u00e9${X}", "v\u00e9v"),
        Arguments.of(Map.of("Ü", "u"), "${Ü}", "u"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("expand")
  void expands(Map<String, String> vars, String input, String output) {
    assertThat(Template.eval(input, lenient(vars))).isEqualTo(output);
  }

  static Stream<Arguments> expandStrict() {
    return Stream.of(
        Arguments.of(Map.of(), "abcdEFGH28ij", "abcdEFGH28ij"),
        Arguments.of(Map.of("foo", "bar"), "${foo}", "bar"),
        Arguments.of(Map.of("foo", ""), "${foo}", ""),
        Arguments.of(Map.of("foo", "bar"), "${missing:=default}", "default"),
        Arguments.of(Map.of(), "${missing:-fallback}", "fallback"),
        Arguments.of(Map.of(), "${missing:=assigned}", "assigned"),
        Arguments.of(Map.of(), "${missing=assigned}", "assigned"),
        // not from the Go table
        Arguments.of(Map.of(), "${missing:+alt}", "alt"),
        Arguments.of(Map.of(), "${missing:?msg}", "msg"),
        Arguments.of(Map.of(), "$${missing}", "${missing}"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("expandStrict")
  void expandsStrict(Map<String, String> vars, String input, String output) {
    assertThat(Template.eval(input, strict(vars))).isEqualTo(output);
  }

  static Stream<String> missingStrict() {
    return Stream.of(
        "${missing}",
        "${#missing}",
        "${missing^}",
        "${missing^^}",
        "${missing,}",
        "${missing,,}",
        "${missing:0}",
        "${missing:0:10}",
        "${missing/pattern/replacement}",
        "${missing//pattern/replacement}",
        "${missing/#pattern/replacement}",
        "${missing/%pattern/replacement}",
        "${missing#pattern}",
        "${missing##pattern}",
        "${missing%pattern}",
        "${missing%%pattern}",
        // arguments are evaluated first, even a default that is not needed
        "${set:=${missing}}");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("missingStrict")
  void failsStrict(String input) {
    assertThatThrownBy(() -> Template.eval(input, strict(Map.of("set", "v"))))
        .isInstanceOf(EnvsubstException.class)
        .hasMessage(NOT_SET + "\"missing\"");
  }

  @Test
  void negativeLengthIsGosSlicePanic() {
    assertThatThrownBy(() -> Template.eval("${X:0:-1}", lenient(Map.of("X", "abc"))))
        .hasMessage("runtime error: slice bounds out of range [:-1]");
    assertThatThrownBy(() -> Template.eval("${X:2:-1}", lenient(Map.of("X", "abc"))))
        .hasMessage("runtime error: slice bounds out of range [2:1]");
  }

  @Test
  void parseErrorOffsetPointsIntoTheInput() {
    assertThatThrownBy(() -> Template.parse("a: $$x ${{ x }}"))
        .isInstanceOfSatisfying(
            EnvsubstException.class, e -> assertThat(e.offset()).isBetween(7, 10));
  }
}
