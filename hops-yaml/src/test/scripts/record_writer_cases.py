#!/usr/bin/env python3
"""Generates KustomizeYamlCasesTest.java: table-driven writer tests whose expected outputs are
recorded by running `kubectl kustomize` (kustomize v5.5.0) on the same inputs.

Each case is the text after `v:` in a resource `kind: T / metadata.name: c / v: ...`; the expected
value is the text after `v:` in kubectl's output (kind, metadata and v sort in that order).

Run from the repository root with kubectl on PATH:  python3 hops-yaml/src/test/scripts/record_writer_cases.py
then format the generated file with google-java-format (./mvnw spotless:apply).
"""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(__file__)
TARGET = os.path.join(HERE, "..", "java", "dev", "hops", "yaml", "KustomizeYamlCasesTest.java")
PREFIX = "kind: T\nmetadata:\n  name: c\nv:"


def dq(s):
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif c < 0x20 or 0x7F <= c <= 0x9F or c in (0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029):
            out.append("\\x%02X" % c if c <= 0xFF else "\\u%04X" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def words(n, length=7):
    return " ".join(("w%0" + str(length - 1) + "d") % i for i in range(n))


def nested(depth, value):
    text = ""
    for d in range(depth):
        text += "\n" + "  " * (d + 1) + "k:"
    return text + " " + value


CATEGORIES = {
    "quoting": [" " + dq(s) for s in [
        "plain", "yes", "no", "on", "off", "y", "n", "Y", "N", "~", "null", "Null", "true", "False",
        "1e3", "0123", "0x1F", "0o17", "0b101", "1_000", "12:30:00", "1:20", "2001-12-14",
        "2001-12-14T21:59:43Z", "*foo", "&a", "!x", "{a}", "[a]", "a: b", "a:b", "a #b", "a#b",
        "- x", "-x", "? x", "?x", "@x", "`x", "%x", "|x", ">x", "'x", "#x", ",x", "-", "---", "...",
        "=", "<<", ".", ".5", "+1", "-1", "0", "1.0", "nan", ".nan", "inf", ".inf", "", " ", " lead",
        "trail ", " both ", "in  side", "tab\there", "\t", "caf\u00e9", "\u65e5\u672c\u8a9e",
        "\U0001F600", "x \U0001F600", "a\x00b", "\x07", "\x1b[0m", "a\u0085b", "\u0085",
        "\ufeffab", "a\ufeffb", "a\u2028b", "a\u00a0b", "it's", "say \"hi\"", "back\\slash",
        "${VAR}", "http://example.com/a?b=c#d",
    ]],
    "plain_scalars": [" " + s for s in [
        "1", "-1", "+1", "0644", "0o17", "0x1F", "1_000", "1e3", "1.0", "1.5", "-0.0", "3.0", ".5",
        "1e21", "1e20", "1e-7", "0.000001", "0.0000001", "123456.7", "1234567.5", "1.5e300",
        "5e-324", "9223372036854775807", "9223372036854775808", "18446744073709551615",
        "18446744073709551616", "true", "True", "FALSE", "yes", "no", "on", "~", "null", "",
        "2001-12-14", "2001-12-14T21:59:43.10-05:00", "2001-12-14 21:59:43.10",
        "2001-12-14T21:59:43+00:00", "12:30:00", "foo bar", "caf\u00e9",
    ]],
    "folding": (
        [" " + dq(words(n)) for n in (9, 10, 11, 12, 20, 30)]
        + [" " + dq("x" * 120), " " + dq("x" * 81 + " " + "y" * 20),
           " " + dq("x" * 81 + "  " + "y" * 20), " " + dq("x" * 81 + "   y"),
           " " + dq("@" + words(15)), " " + dq(words(15) + ": x"), " " + dq("'" + words(15)),
           " " + dq(words(12) + "\t" + words(4)), " " + dq(words(12) + "\\" + words(4)),
           " " + dq(words(12) + "  " + words(4)), " " + dq(words(5) + " " + "\u00e9" * 60 + " x"),
           " " + dq("yes " + words(14)), " " + dq(words(12) + " \x07")]
        + [nested(d, dq(words(12))) for d in (1, 2, 5)]
        + ["\n- " + dq(words(12)), "\n- - " + dq(words(12)), "\n- k: " + dq(words(12)),
           "\n  " + dq("k" * 70) + ": " + dq(words(4))]
    ),
    "multiline": [" " + dq(s) for s in [
        "a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\n", "\n\n", "\na", " a\nb", "  a\n  b\n",
        "a\n b\n", "a \nb", "a\n\nb\n", "a\n \nb", "a\tb\nc", "line1\r\nline2\r\n",
        "caf\u00e9\nd\u00e9j\u00e0\n", "\U0001F600\nx\n", "a\u2028b\n", "\ufeffa\nb\n",
        "#!/bin/sh\necho hi\n", "key: value\nlist:\n- a\n", "---\na\n", "x" * 100 + "\n",
        words(20) + "\n", "trailing  \nspaces\n",
    ]] + [nested(2, dq("a\nb\n")), "\n- " + dq("a\nb\n"), "\n- - " + dq(" a\nb"),
          "\n- k: " + dq("a\nb")],
    "collections": [
        " {}", " []", " {a: {}}", " {a: []}", " [[]]", " [{}]", " [[], {}, [[]]]",
        "\n  a:\n  b: ~\n  c: null\n  d: ''", " [null, ~, '', \"\"]",
        "\n- a\n- - b\n  - c\n- - - d\n- k: v\n  l: w\n- - k: v\n- {}\n- []",
        "\n  list:\n  - a\n  map:\n    x: 1\n  empty: {}\n  none: []",
        " [1, 2.5, true, null, x]", " {a: {b: {c: {d: {}}}}}", " [[[[[]]]]]",
    ],
    "keys": [
        "\n" + "".join("  %s: %s\n" % (dq(k), dq(k)) for k in ks) for ks in [
            ["a10", "a9", "A", "_x", "1", "-", "a", "b", "B"],
            ["image", "imagePullPolicy", "images", "Image", "IMAGE", "_image", "image_", "image-1"],
            ["0", "00", "000", "01", "001", "1", "10", "100", "010"],
            ["a0", "a00", "a01", "a010", "a1", "a10", "a9"],
            ["port1", "port10", "port2", "port", "port01"],
            ["x.1", "x.10", "x.2", "x-1", "x_1", "x1"],
            ["\u00e9", "e", "z", "Z", "\u00c9", "\u65e5", "\U0001F600", "\ue000", "_", "~"],
            ["", " ", "yes", "null", "~", "1.5", "0x1F", "- a", "? b", "a: b", "#", "&a", "*a", "!t"],
            ["k" * 128, "m" * 129, "\u00e9" * 64, "\u00e8" * 65],
            ["multi\nline", "tab\tkey", "\ufeffk", "<&>"],
        ]
    ] + ["\n  %s:\n    a: 1\n  %s:\n  - x\n" % (dq("k" * 129), dq("m" * 129)),
         "\n  %s: %s\n" % (dq("multi\nline"), dq("v\nw\n")),
         "\n  ? " + "a" * 1022 + "\n  : x"],
    "tags": [
        " !!str 123", " !!str true", " !!int \"5\"", " !!int 0x1F", " !!float 1", " !!float \"1.5\"",
        " !!binary aGVsbG8=", " !!binary /w==", " !!timestamp 2001-12-14", " !Ref foo",
        " !Ref 123", " !Foo {a: 1}", " !!null \"\"", " >\n    folded\n    text\n",
        " |-\n    literal\n", " 'single ''quoted'''",
    ],
}

# label: (input after the common prefix, a fragment of Hops's message)
ERRORS = {
    "duplicate key": ("v:\n  a: 1\n  a: 2\n", "mapping key \"a\" already defined at line 5"),
    "int key below the top": ("v:\n  1: a\n", "json: unsupported type"),
    "null key below the top": ("v:\n  ~: a\n", "json: unsupported type"),
    "NaN": ("v: .nan\n", "json: unsupported value: NaN"),
    "infinity": ("v: -.inf\n", "json: unsupported value: -Inf"),
    "int tag on text": ("v: !!int abc\n", "cannot decode !!str `abc` as a !!int"),
    "bad base64": ("v: !!binary '!!'\n", "!!binary value contains invalid base64 data"),
    "offset of 24 hours": ("v: 2001-12-14T21:59:43+24:00\n", "timezone hour outside of range"),
    "DEL character": ('v: "\\x7F"\n', "control characters are not allowed"),
    "U+FFFE": ('v: "\\uFFFE"\n', "control characters are not allowed"),
    "sequence as key": ("v:\n  ? [a]\n  : b\n", "invalid map key"),
    "NEL before a document marker": ('v: "a\\x85--- b"\n', "document indicator"),
    "NEL in a key": ('v:\n  "a\\x85b": x\n', "did not find expected"),
    "key of 1023 characters": ("v:\n  ? " + "a" * 1023 + "\n  : x\n", "did not find expected"),
    "key of 1021 characters and an escape": (
        "v:\n  ? " + "a" * 1021 + "<\n  : x\n", "did not find expected"),
}


def kustomize(body):
    d = tempfile.mkdtemp()
    try:
        with open(os.path.join(d, "kustomization.yaml"), "w") as f:
            f.write("resources:\n- r.yaml\n")
        with open(os.path.join(d, "r.yaml"), "w", encoding="utf-8") as f:
            f.write("kind: T\nmetadata:\n  name: c\n" + body)
        p = subprocess.run(["kubectl", "kustomize", d], capture_output=True)
        return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")
    finally:
        shutil.rmtree(d)


def java(s):
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif 0x20 <= c < 0x7F:
            out.append(ch)
        elif c > 0xFFFF:
            c -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
        else:
            out.append("\\u%04x" % c)
    out.append('"')
    return "".join(out)


def main():
    methods = []
    for name, cases in CATEGORIES.items():
        rows = []
        for snippet in cases:
            rc, out, err = kustomize("v:" + snippet + "\n")
            if rc != 0:
                raise SystemExit("kustomize failed on %r: %s" % (snippet, err))
            assert out.startswith(PREFIX), out
            rows.append("        arguments(%s, %s)" % (java(snippet), java(out[len(PREFIX):])))
        methods.append((name, rows))
    errors = []
    for label, (body, message) in ERRORS.items():
        rc, out, err = kustomize(body)
        assert rc != 0, (label, out)
        errors.append("        arguments(%s, %s, %s)" % (java(label), java(body), java(message)))

    with open(TARGET, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for name, rows in methods:
            camel = "".join(p.capitalize() for p in name.split("_"))
            f.write("\n  static Stream<Arguments> %s() {\n    return Stream.of(\n" % name)
            f.write(",\n".join(rows))
            f.write(");\n  }\n\n")
            f.write("  @ParameterizedTest\n  @MethodSource\n")
            f.write("  void %s(String value, String expected) {\n" % name)
            f.write("    assertWritten(value, expected);\n  }\n")
        f.write("\n  static Stream<Arguments> errors() {\n    return Stream.of(\n")
        f.write(",\n".join(errors))
        f.write(");\n  }\n")
        f.write(FOOTER)


HEADER = '''package dev.hops.yaml;

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
 * input, by src/test/scripts/record_writer_cases.py, which generates this file: do not edit by hand.
 * The error cases are inputs on which kustomize fails; the message fragments are Hops's own.
 */
class KustomizeYamlCasesTest {

  private static final String PREFIX = "kind: T\\nmetadata:\\n  name: c\\n";

  private static void assertWritten(String value, String expected) {
    Node doc = YamlReader.withDefaults().readDocument(PREFIX + "v:" + value + "\\n", "case.yaml");
    assertThat(KustomizeYaml.toYaml(doc)).isEqualTo(PREFIX + "v:" + expected);
  }
'''

FOOTER = '''
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
'''

if __name__ == "__main__":
    main()
