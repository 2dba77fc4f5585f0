package dev.hops.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven writer tests. Each case is the YAML text after {@code v:} in the resource {@code
 * kind: T, metadata.name: c, v: ...}; the expected text is what follows {@code v:} in the output.
 * Every expected value was recorded with kubectl kustomize v5.5.0 (kubectl v1.32.4) on the same
 * input, by src/test/scripts/record_writer_cases.py, which generates this file: do not edit by
 * hand. The error cases are inputs on which kustomize fails; the message fragments are Hops's own.
 */
class KustomizeYamlCasesTest {

  private static final String PREFIX = "kind: T\nmetadata:\n  name: c\n";

  private static void assertWritten(String value, String expected) {
    Node doc = YamlReader.withDefaults().readDocument(PREFIX + "v:" + value + "\n", "case.yaml");
    assertThat(KustomizeYaml.toYaml(doc)).isEqualTo(PREFIX + "v:" + expected);
  }

  static Stream<Arguments> quoting() {
    return Stream.of(
        arguments(" \"plain\"", " plain\n"),
        arguments(" \"yes\"", " \"yes\"\n"),
        arguments(" \"no\"", " \"no\"\n"),
        arguments(" \"on\"", " \"on\"\n"),
        arguments(" \"off\"", " \"off\"\n"),
        arguments(" \"y\"", " \"y\"\n"),
        arguments(" \"n\"", " \"n\"\n"),
        arguments(" \"Y\"", " \"Y\"\n"),
        arguments(" \"N\"", " \"N\"\n"),
        arguments(" \"~\"", " \"~\"\n"),
        arguments(" \"null\"", " \"null\"\n"),
        arguments(" \"Null\"", " \"Null\"\n"),
        arguments(" \"true\"", " \"true\"\n"),
        arguments(" \"False\"", " \"False\"\n"),
        arguments(" \"1e3\"", " \"1e3\"\n"),
        arguments(" \"0123\"", " \"0123\"\n"),
        arguments(" \"0x1F\"", " \"0x1F\"\n"),
        arguments(" \"0o17\"", " \"0o17\"\n"),
        arguments(" \"0b101\"", " \"0b101\"\n"),
        arguments(" \"1_000\"", " \"1_000\"\n"),
        arguments(" \"12:30:00\"", " \"12:30:00\"\n"),
        arguments(" \"1:20\"", " \"1:20\"\n"),
        arguments(" \"2001-12-14\"", " \"2001-12-14\"\n"),
        arguments(" \"2001-12-14T21:59:43Z\"", " \"2001-12-14T21:59:43Z\"\n"),
        arguments(" \"*foo\"", " '*foo'\n"),
        arguments(" \"&a\"", " '&a'\n"),
        arguments(" \"!x\"", " '!x'\n"),
        arguments(" \"{a}\"", " '{a}'\n"),
        arguments(" \"[a]\"", " '[a]'\n"),
        arguments(" \"a: b\"", " 'a: b'\n"),
        arguments(" \"a:b\"", " a:b\n"),
        arguments(" \"a #b\"", " 'a #b'\n"),
        arguments(" \"a#b\"", " a#b\n"),
        arguments(" \"- x\"", " '- x'\n"),
        arguments(" \"-x\"", " -x\n"),
        arguments(" \"? x\"", " '? x'\n"),
        arguments(" \"?x\"", " ?x\n"),
        arguments(" \"@x\"", " '@x'\n"),
        arguments(" \"`x\"", " '`x'\n"),
        arguments(" \"%x\"", " '%x'\n"),
        arguments(" \"|x\"", " '|x'\n"),
        arguments(" \">x\"", " '>x'\n"),
        arguments(" \"'x\"", " '''x'\n"),
        arguments(" \"#x\"", " '#x'\n"),
        arguments(" \",x\"", " ',x'\n"),
        arguments(" \"-\"", " '-'\n"),
        arguments(" \"---\"", " '---'\n"),
        arguments(" \"...\"", " '...'\n"),
        arguments(" \"=\"", " =\n"),
        arguments(" \"<<\"", " <<\n"),
        arguments(" \".\"", " .\n"),
        arguments(" \".5\"", " \".5\"\n"),
        arguments(" \"+1\"", " \"+1\"\n"),
        arguments(" \"-1\"", " \"-1\"\n"),
        arguments(" \"0\"", " \"0\"\n"),
        arguments(" \"1.0\"", " \"1.0\"\n"),
        arguments(" \"nan\"", " nan\n"),
        arguments(" \".nan\"", " \".nan\"\n"),
        arguments(" \"inf\"", " inf\n"),
        arguments(" \".inf\"", " \".inf\"\n"),
        arguments(" \"\"", " \"\"\n"),
        arguments(" \" \"", " ' '\n"),
        arguments(" \" lead\"", " ' lead'\n"),
        arguments(" \"trail \"", " 'trail '\n"),
        arguments(" \" both \"", " ' both '\n"),
        arguments(" \"in  side\"", " in  side\n"),
        arguments(" \"tab\\x09here\"", " \"tab\\there\"\n"),
        arguments(" \"\\x09\"", " \"\\t\"\n"),
        arguments(" \"caf\u00e9\"", " caf\u00e9\n"),
        arguments(" \"\u65e5\u672c\u8a9e\"", " \u65e5\u672c\u8a9e\n"),
        arguments(" \"\ud83d\ude00\"", " \"\\U0001F600\"\n"),
        arguments(" \"x \ud83d\ude00\"", " \"x \\U0001F600\"\n"),
        arguments(" \"a\\x00b\"", " \"a\\0b\"\n"),
        arguments(" \"\\x07\"", " \"\\a\"\n"),
        arguments(" \"\\x1B[0m\"", " \"\\e[0m\"\n"),
        arguments(" \"a\\x85b\"", " a b\n"),
        arguments(" \"\\x85\"", " ' '\n"),
        arguments(" \"\\uFEFFab\"", " \"\\uFEFF\\x61\\x62\"\n"),
        arguments(" \"a\\uFEFFb\"", " \"a\\uFEFFb\"\n"),
        arguments(" \"a\\u2028b\"", " 'a\u2028  b'\n"),
        arguments(" \"a\u00a0b\"", " a\u00a0b\n"),
        arguments(" \"it's\"", " it's\n"),
        arguments(" \"say \\\"hi\\\"\"", " say \"hi\"\n"),
        arguments(" \"back\\\\slash\"", " back\\slash\n"),
        arguments(" \"${VAR}\"", " ${VAR}\n"),
        arguments(" \"http://example.com/a?b=c#d\"", " http://example.com/a?b=c#d\n"));
  }

  @ParameterizedTest
  @MethodSource
  void quoting(String value, String expected) {
    assertWritten(value, expected);
  }

  static Stream<Arguments> plain_scalars() {
    return Stream.of(
        arguments(" 1", " 1\n"),
        arguments(" -1", " -1\n"),
        arguments(" +1", " 1\n"),
        arguments(" 0644", " 420\n"),
        arguments(" 0o17", " 15\n"),
        arguments(" 0x1F", " 31\n"),
        arguments(" 1_000", " 1000\n"),
        arguments(" 1e3", " 1000\n"),
        arguments(" 1.0", " 1\n"),
        arguments(" 1.5", " 1.5\n"),
        arguments(" -0.0", " 0\n"),
        arguments(" 3.0", " 3\n"),
        arguments(" .5", " 0.5\n"),
        arguments(" 1e21", " 1e+21\n"),
        arguments(" 1e20", " 1e+20\n"),
        arguments(" 1e-7", " 1e-07\n"),
        arguments(" 0.000001", " 1e-06\n"),
        arguments(" 0.0000001", " 1e-07\n"),
        arguments(" 123456.7", " 123456.7\n"),
        arguments(" 1234567.5", " 1.2345675e+06\n"),
        arguments(" 1.5e300", " 1.5e+300\n"),
        arguments(" 5e-324", " 5e-324\n"),
        arguments(" 9223372036854775807", " 9223372036854775807\n"),
        arguments(" 9223372036854775808", " 9223372036854775808\n"),
        arguments(" 18446744073709551615", " 18446744073709551615\n"),
        arguments(" 18446744073709551616", " 1.8446744073709552e+19\n"),
        arguments(" true", " true\n"),
        arguments(" True", " true\n"),
        arguments(" FALSE", " false\n"),
        arguments(" yes", " \"yes\"\n"),
        arguments(" no", " \"no\"\n"),
        arguments(" on", " \"on\"\n"),
        arguments(" ~", " null\n"),
        arguments(" null", " null\n"),
        arguments(" ", " null\n"),
        arguments(" 2001-12-14", " \"2001-12-14T00:00:00Z\"\n"),
        arguments(" 2001-12-14T21:59:43.10-05:00", " \"2001-12-14T21:59:43.1-05:00\"\n"),
        arguments(" 2001-12-14 21:59:43.10", " \"2001-12-14T21:59:43.1Z\"\n"),
        arguments(" 2001-12-14T21:59:43+00:00", " \"2001-12-14T21:59:43Z\"\n"),
        arguments(" 12:30:00", " \"12:30:00\"\n"),
        arguments(" foo bar", " foo bar\n"),
        arguments(" caf\u00e9", " caf\u00e9\n"));
  }

  @ParameterizedTest
  @MethodSource
  void plain_scalars(String value, String expected) {
    assertWritten(value, expected);
  }

  static Stream<Arguments> folding() {
    return Stream.of(
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 w000012 w000013 w000014 w000015 w000016 w000017 w000018"
                + " w000019\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011 w000012 w000013 w000014 w000015 w000016 w000017 w000018"
                + " w000019\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 w000012 w000013 w000014 w000015 w000016 w000017 w000018 w000019"
                + " w000020 w000021 w000022 w000023 w000024 w000025 w000026 w000027 w000028"
                + " w000029\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011 w000012 w000013 w000014 w000015 w000016 w000017 w000018"
                + " w000019\n"
                + "  w000020 w000021 w000022 w000023 w000024 w000025 w000026 w000027 w000028"
                + " w000029\n"),
        arguments(
            " \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
            " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
        arguments(
            " \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                + " yyyyyyyyyyyyyyyyyyyy\"",
            " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
                + "  yyyyyyyyyyyyyyyyyyyy\n"),
        arguments(
            " \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx "
                + " yyyyyyyyyyyyyyyyyyyy\"",
            " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx "
                + " yyyyyyyyyyyyyyyyyyyy\n"),
        arguments(
            " \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  "
                + " y\"",
            " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  "
                + " y\n"),
        arguments(
            " \"@w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 w000012 w000013 w000014\"",
            " '@w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011 w000012 w000013 w000014'\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 w000012 w000013 w000014: x\"",
            " 'w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011 w000012 w000013 w000014: x'\n"),
        arguments(
            " \"'w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 w000012 w000013 w000014\"",
            " '''w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011 w000012 w000013 w000014'\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011\\x09w000000 w000001 w000002 w000003\"",
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011\\tw000000 w000001 w000002 w000003\"\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011\\\\w000000 w000001 w000002 w000003\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011\\w000000 w000001 w000002 w000003\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011  w000000 w000001 w000002 w000003\"",
            " w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011  w000000 w000001 w000002 w000003\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004"
                + " \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"
                + " x\"",
            " w000000 w000001 w000002 w000003 w000004"
                + " \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\n"
                + "  x\n"),
        arguments(
            " \"yes w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 w000012 w000013\"",
            " yes w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011 w000012 w000013\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 \\x07\"",
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009\n"
                + "  w000010 w000011 \\a\"\n"),
        arguments(
            "\n"
                + "  k: \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009 w000010 w000011\"",
            "\n"
                + "  k: w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009\n"
                + "    w000010 w000011\n"),
        arguments(
            "\n"
                + "  k:\n"
                + "    k: \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009 w000010 w000011\"",
            "\n"
                + "  k:\n"
                + "    k: w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009\n"
                + "      w000010 w000011\n"),
        arguments(
            "\n"
                + "  k:\n"
                + "    k:\n"
                + "      k:\n"
                + "        k:\n"
                + "          k: \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007"
                + " w000008 w000009 w000010 w000011\"",
            "\n"
                + "  k:\n"
                + "    k:\n"
                + "      k:\n"
                + "        k:\n"
                + "          k: w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007"
                + " w000008\n"
                + "            w000009 w000010 w000011\n"),
        arguments(
            "\n"
                + "- \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009 w000010 w000011\"",
            "\n"
                + "- w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009\n"
                + "  w000010 w000011\n"),
        arguments(
            "\n"
                + "- - \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009 w000010 w000011\"",
            "\n"
                + "- - w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009\n"
                + "    w000010 w000011\n"),
        arguments(
            "\n"
                + "- k: \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009 w000010 w000011\"",
            "\n"
                + "- k: w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009\n"
                + "    w000010 w000011\n"),
        arguments(
            "\n"
                + "  \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\":"
                + " \"w000000 w000001 w000002 w000003\"",
            "\n"
                + "  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk:"
                + " w000000\n"
                + "    w000001 w000002 w000003\n"));
  }

  @ParameterizedTest
  @MethodSource
  void folding(String value, String expected) {
    assertWritten(value, expected);
  }

  static Stream<Arguments> multiline() {
    return Stream.of(
        arguments(" \"a\\x0Ab\"", " |-\n  a\n  b\n"),
        arguments(" \"a\\x0Ab\\x0A\"", " |\n  a\n  b\n"),
        arguments(" \"a\\x0Ab\\x0A\\x0A\"", " |+\n  a\n  b\n\n"),
        arguments(" \"a\\x0Ab\\x0A\\x0A\\x0A\"", " |+\n  a\n  b\n\n\n"),
        arguments(" \"\\x0A\"", " |2+\n\n"),
        arguments(" \"\\x0A\\x0A\"", " |2+\n\n\n"),
        arguments(" \"\\x0Aa\"", " |2-\n\n  a\n"),
        arguments(" \" a\\x0Ab\"", " |2-\n   a\n  b\n"),
        arguments(" \"  a\\x0A  b\\x0A\"", " |2\n    a\n    b\n"),
        arguments(" \"a\\x0A b\\x0A\"", " |\n  a\n   b\n"),
        arguments(" \"a \\x0Ab\"", " \"a \\nb\"\n"),
        arguments(" \"a\\x0A\\x0Ab\\x0A\"", " |\n  a\n\n  b\n"),
        arguments(" \"a\\x0A \\x0Ab\"", " \"a\\n \\nb\"\n"),
        arguments(" \"a\\x09b\\x0Ac\"", " \"a\\tb\\nc\"\n"),
        arguments(" \"line1\\x0D\\x0Aline2\\x0D\\x0A\"", " \"line1\\r\\nline2\\r\\n\"\n"),
        arguments(" \"caf\u00e9\\x0Ad\u00e9j\u00e0\\x0A\"", " |\n  caf\u00e9\n  d\u00e9j\u00e0\n"),
        arguments(" \"\ud83d\ude00\\x0Ax\\x0A\"", " \"\\U0001F600\\nx\\n\"\n"),
        arguments(" \"a\\u2028b\\x0A\"", " |\n  a\u2028  b\n"),
        arguments(" \"\\uFEFFa\\x0Ab\\x0A\"", " \"\\uFEFF\\x61\\n\\x62\\n\"\n"),
        arguments(" \"#!/bin/sh\\x0Aecho hi\\x0A\"", " |\n  #!/bin/sh\n  echo hi\n"),
        arguments(" \"key: value\\x0Alist:\\x0A- a\\x0A\"", " |\n  key: value\n  list:\n  - a\n"),
        arguments(" \"---\\x0Aa\\x0A\"", " |\n  ---\n  a\n"),
        arguments(
            " \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\x0A\"",
            " |\n"
                + "  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
        arguments(
            " \"w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008 w000009"
                + " w000010 w000011 w000012 w000013 w000014 w000015 w000016 w000017 w000018"
                + " w000019\\x0A\"",
            " |\n"
                + "  w000000 w000001 w000002 w000003 w000004 w000005 w000006 w000007 w000008"
                + " w000009 w000010 w000011 w000012 w000013 w000014 w000015 w000016 w000017 w000018"
                + " w000019\n"),
        arguments(" \"trailing  \\x0Aspaces\\x0A\"", " \"trailing  \\nspaces\\n\"\n"),
        arguments("\n  k:\n    k: \"a\\x0Ab\\x0A\"", "\n  k:\n    k: |\n      a\n      b\n"),
        arguments("\n- \"a\\x0Ab\\x0A\"", "\n- |\n  a\n  b\n"),
        arguments("\n- - \" a\\x0Ab\"", "\n- - |2-\n     a\n    b\n"),
        arguments("\n- k: \"a\\x0Ab\"", "\n- k: |-\n    a\n    b\n"));
  }

  @ParameterizedTest
  @MethodSource
  void multiline(String value, String expected) {
    assertWritten(value, expected);
  }

  static Stream<Arguments> collections() {
    return Stream.of(
        arguments(" {}", " {}\n"),
        arguments(" []", " []\n"),
        arguments(" {a: {}}", "\n  a: {}\n"),
        arguments(" {a: []}", "\n  a: []\n"),
        arguments(" [[]]", "\n- []\n"),
        arguments(" [{}]", "\n- {}\n"),
        arguments(" [[], {}, [[]]]", "\n- []\n- {}\n- - []\n"),
        arguments(
            "\n  a:\n  b: ~\n  c: null\n  d: ''", "\n  a: null\n  b: null\n  c: null\n  d: \"\"\n"),
        arguments(" [null, ~, '', \"\"]", "\n- null\n- null\n- \"\"\n- \"\"\n"),
        arguments(
            "\n- a\n- - b\n  - c\n- - - d\n- k: v\n  l: w\n- - k: v\n- {}\n- []",
            "\n- a\n- - b\n  - c\n- - - d\n- k: v\n  l: w\n- - k: v\n- {}\n- []\n"),
        arguments(
            "\n  list:\n  - a\n  map:\n    x: 1\n  empty: {}\n  none: []",
            "\n  empty: {}\n  list:\n  - a\n  map:\n    x: 1\n  none: []\n"),
        arguments(" [1, 2.5, true, null, x]", "\n- 1\n- 2.5\n- true\n- null\n- x\n"),
        arguments(" {a: {b: {c: {d: {}}}}}", "\n  a:\n    b:\n      c:\n        d: {}\n"),
        arguments(" [[[[[]]]]]", "\n- - - - []\n"));
  }

  @ParameterizedTest
  @MethodSource
  void collections(String value, String expected) {
    assertWritten(value, expected);
  }

  static Stream<Arguments> keys() {
    return Stream.of(
        arguments(
            "\n"
                + "  \"a10\": \"a10\"\n"
                + "  \"a9\": \"a9\"\n"
                + "  \"A\": \"A\"\n"
                + "  \"_x\": \"_x\"\n"
                + "  \"1\": \"1\"\n"
                + "  \"-\": \"-\"\n"
                + "  \"a\": \"a\"\n"
                + "  \"b\": \"b\"\n"
                + "  \"B\": \"B\"\n",
            "\n"
                + "  '-': '-'\n"
                + "  _x: _x\n"
                + "  \"1\": \"1\"\n"
                + "  A: A\n"
                + "  B: B\n"
                + "  a: a\n"
                + "  a9: a9\n"
                + "  a10: a10\n"
                + "  b: b\n"),
        arguments(
            "\n"
                + "  \"image\": \"image\"\n"
                + "  \"imagePullPolicy\": \"imagePullPolicy\"\n"
                + "  \"images\": \"images\"\n"
                + "  \"Image\": \"Image\"\n"
                + "  \"IMAGE\": \"IMAGE\"\n"
                + "  \"_image\": \"_image\"\n"
                + "  \"image_\": \"image_\"\n"
                + "  \"image-1\": \"image-1\"\n",
            "\n"
                + "  _image: _image\n"
                + "  IMAGE: IMAGE\n"
                + "  Image: Image\n"
                + "  image: image\n"
                + "  image-1: image-1\n"
                + "  image_: image_\n"
                + "  imagePullPolicy: imagePullPolicy\n"
                + "  images: images\n"),
        arguments(
            "\n"
                + "  \"0\": \"0\"\n"
                + "  \"00\": \"00\"\n"
                + "  \"000\": \"000\"\n"
                + "  \"01\": \"01\"\n"
                + "  \"001\": \"001\"\n"
                + "  \"1\": \"1\"\n"
                + "  \"10\": \"10\"\n"
                + "  \"100\": \"100\"\n"
                + "  \"010\": \"010\"\n",
            "\n"
                + "  \"0\": \"0\"\n"
                + "  \"00\": \"00\"\n"
                + "  \"000\": \"000\"\n"
                + "  \"1\": \"1\"\n"
                + "  \"01\": \"01\"\n"
                + "  \"001\": \"001\"\n"
                + "  \"10\": \"10\"\n"
                + "  \"010\": \"010\"\n"
                + "  \"100\": \"100\"\n"),
        arguments(
            "\n"
                + "  \"a0\": \"a0\"\n"
                + "  \"a00\": \"a00\"\n"
                + "  \"a01\": \"a01\"\n"
                + "  \"a010\": \"a010\"\n"
                + "  \"a1\": \"a1\"\n"
                + "  \"a10\": \"a10\"\n"
                + "  \"a9\": \"a9\"\n",
            "\n  a0: a0\n  a00: a00\n  a1: a1\n  a01: a01\n  a9: a9\n  a10: a10\n  a010: a010\n"),
        arguments(
            "\n"
                + "  \"port1\": \"port1\"\n"
                + "  \"port10\": \"port10\"\n"
                + "  \"port2\": \"port2\"\n"
                + "  \"port\": \"port\"\n"
                + "  \"port01\": \"port01\"\n",
            "\n  port: port\n  port1: port1\n  port01: port01\n  port2: port2\n  port10: port10\n"),
        arguments(
            "\n"
                + "  \"x.1\": \"x.1\"\n"
                + "  \"x.10\": \"x.10\"\n"
                + "  \"x.2\": \"x.2\"\n"
                + "  \"x-1\": \"x-1\"\n"
                + "  \"x_1\": \"x_1\"\n"
                + "  \"x1\": \"x1\"\n",
            "\n  x-1: x-1\n  x.1: x.1\n  x.2: x.2\n  x.10: x.10\n  x_1: x_1\n  x1: x1\n"),
        arguments(
            "\n"
                + "  \"\u00e9\": \"\u00e9\"\n"
                + "  \"e\": \"e\"\n"
                + "  \"z\": \"z\"\n"
                + "  \"Z\": \"Z\"\n"
                + "  \"\u00c9\": \"\u00c9\"\n"
                + "  \"\u65e5\": \"\u65e5\"\n"
                + "  \"\ud83d\ude00\": \"\ud83d\ude00\"\n"
                + "  \"\ue000\": \"\ue000\"\n"
                + "  \"_\": \"_\"\n"
                + "  \"~\": \"~\"\n",
            "\n"
                + "  _: _\n"
                + "  \"~\": \"~\"\n"
                + "  \ue000: \ue000\n"
                + "  \"\\U0001F600\": \"\\U0001F600\"\n"
                + "  Z: Z\n"
                + "  e: e\n"
                + "  z: z\n"
                + "  \u00c9: \u00c9\n"
                + "  \u00e9: \u00e9\n"
                + "  \u65e5: \u65e5\n"),
        arguments(
            "\n"
                + "  \"\": \"\"\n"
                + "  \" \": \" \"\n"
                + "  \"yes\": \"yes\"\n"
                + "  \"null\": \"null\"\n"
                + "  \"~\": \"~\"\n"
                + "  \"1.5\": \"1.5\"\n"
                + "  \"0x1F\": \"0x1F\"\n"
                + "  \"- a\": \"- a\"\n"
                + "  \"? b\": \"? b\"\n"
                + "  \"a: b\": \"a: b\"\n"
                + "  \"#\": \"#\"\n"
                + "  \"&a\": \"&a\"\n"
                + "  \"*a\": \"*a\"\n"
                + "  \"!t\": \"!t\"\n",
            "\n"
                + "  \"\": \"\"\n"
                + "  ' ': ' '\n"
                + "  '!t': '!t'\n"
                + "  '#': '#'\n"
                + "  '&a': '&a'\n"
                + "  '*a': '*a'\n"
                + "  '- a': '- a'\n"
                + "  '? b': '? b'\n"
                + "  \"~\": \"~\"\n"
                + "  \"0x1F\": \"0x1F\"\n"
                + "  \"1.5\": \"1.5\"\n"
                + "  'a: b': 'a: b'\n"
                + "  \"null\": \"null\"\n"
                + "  \"yes\": \"yes\"\n"),
        arguments(
            "\n"
                + "  \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\":"
                + " \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\"\n"
                + "  \"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\":"
                + " \"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\"\n"
                + "  \"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\":"
                + " \"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"\n"
                + "  \"\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\":"
                + " \"\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\"\n",
            "\n"
                + "  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk:"
                + " kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n"
                + "  ? mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\n"
                + "  : mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\n"
                + "  ? \u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\n"
                + "  : \u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\u00e8\n"
                + "  \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9:"
                + " \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\n"),
        arguments(
            "\n"
                + "  \"multi\\x0Aline\": \"multi\\x0Aline\"\n"
                + "  \"tab\\x09key\": \"tab\\x09key\"\n"
                + "  \"\\uFEFFk\": \"\\uFEFFk\"\n"
                + "  \"<&>\": \"<&>\"\n",
            "\n"
                + "  <&>: <&>\n"
                + "  \"\\uFEFF\\x6B\": \"\\uFEFF\\x6B\"\n"
                + "  ? |-\n"
                + "    multi\n"
                + "    line\n"
                + "  : |-\n"
                + "    multi\n"
                + "    line\n"
                + "  \"tab\\tkey\": \"tab\\tkey\"\n"),
        arguments(
            "\n"
                + "  \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\":\n"
                + "    a: 1\n"
                + "  \"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\":\n"
                + "  - x\n",
            "\n"
                + "  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\n"
                + "  : a: 1\n"
                + "  ? mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\n"
                + "  : - x\n"),
        arguments(
            "\n  \"multi\\x0Aline\": \"v\\x0Aw\\x0A\"\n",
            "\n  ? |-\n    multi\n    line\n  : |\n    v\n    w\n"),
        arguments(
            "\n"
                + "  ? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                + "  : x",
            "\n"
                + "  ? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                + "  : x\n"));
  }

  @ParameterizedTest
  @MethodSource
  void keys(String value, String expected) {
    assertWritten(value, expected);
  }

  static Stream<Arguments> tags() {
    return Stream.of(
        arguments(" !!str 123", " \"123\"\n"),
        arguments(" !!str true", " \"true\"\n"),
        arguments(" !!int \"5\"", " 5\n"),
        arguments(" !!int 0x1F", " 31\n"),
        arguments(" !!float 1", " 1\n"),
        arguments(" !!float \"1.5\"", " 1.5\n"),
        arguments(" !!binary aGVsbG8=", " hello\n"),
        arguments(" !!binary /w==", " \ufffd\n"),
        arguments(" !!timestamp 2001-12-14", " \"2001-12-14T00:00:00Z\"\n"),
        arguments(" !Ref foo", " foo\n"),
        arguments(" !Ref 123", " \"123\"\n"),
        arguments(" !Foo {a: 1}", "\n  a: 1\n"),
        arguments(" !!null \"\"", " null\n"),
        arguments(" >\n    folded\n    text\n", " |\n  folded text\n"),
        arguments(" |-\n    literal\n", " literal\n"),
        arguments(" 'single ''quoted'''", " single 'quoted'\n"));
  }

  @ParameterizedTest
  @MethodSource
  void tags(String value, String expected) {
    assertWritten(value, expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        arguments(
            "duplicate key", "v:\n  a: 1\n  a: 2\n", "mapping key \"a\" already defined at line 5"),
        arguments("int key below the top", "v:\n  1: a\n", "json: unsupported type"),
        arguments("null key below the top", "v:\n  ~: a\n", "json: unsupported type"),
        arguments("NaN", "v: .nan\n", "json: unsupported value: NaN"),
        arguments("infinity", "v: -.inf\n", "json: unsupported value: -Inf"),
        arguments("int tag on text", "v: !!int abc\n", "cannot decode !!str `abc` as a !!int"),
        arguments(
            "bad base64", "v: !!binary '!!'\n", "!!binary value contains invalid base64 data"),
        arguments(
            "offset of 24 hours",
            "v: 2001-12-14T21:59:43+24:00\n",
            "timezone hour outside of range"),
        arguments("DEL character", "v: \"\\x7F\"\n", "control characters are not allowed"),
        arguments("U+FFFE", "v: \"\\uFFFE\"\n", "control characters are not allowed"),
        arguments("sequence as key", "v:\n  ? [a]\n  : b\n", "invalid map key"),
        arguments("NEL before a document marker", "v: \"a\\x85--- b\"\n", "document indicator"),
        arguments("NEL in a key", "v:\n  \"a\\x85b\": x\n", "did not find expected"),
        arguments(
            "key of 1023 characters",
            "v:\n"
                + "  ? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                + "  : x\n",
            "did not find expected"),
        arguments(
            "key of 1021 characters and an escape",
            "v:\n"
                + "  ? aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa<\n"
                + "  : x\n",
            "did not find expected"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void errors(String label, String body, String message) {
    Node doc = YamlReader.withDefaults().readDocument(PREFIX + body, "e.yaml");
    assertThatThrownBy(() -> KustomizeYaml.toYaml(doc))
        .isInstanceOf(YamlException.class)
        .hasMessageContaining(message)
        .hasMessageStartingWith("e.yaml:");
  }
}
