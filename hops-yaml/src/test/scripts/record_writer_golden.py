#!/usr/bin/env python3
"""Records golden outputs of `kubectl kustomize` (kustomize v5.5.0) for the YAML writer tests.

For every case group below it writes `<group>.input.yaml` (one resource per case, named c0001,
c0002, ... so that kustomize's legacy sort keeps them in input order) and `<group>.expected.yaml`
(kubectl's stdout) under hops-yaml/src/test/resources/writer-golden/. Inputs that make kustomize
fail are recorded one per file as `<group>-error-N.input.yaml` with `.error.txt` (kubectl's
stderr). WriterGoldenTest replays them all.

Run from the repository root with kubectl on PATH:  python3 hops-yaml/src/test/scripts/record_writer_golden.py
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "writer-golden")


def dq(s):
    """A YAML double-quoted scalar for s, escaping what a YAML reader may not accept raw."""
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif c < 0x20 or 0x7F <= c <= 0x9F or c in (0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029) or 0xD800 <= c <= 0xDFFF:
            out.append("\\x%02X" % c if c <= 0xFF else "\\u%04X" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def doc(i, body):
    return "kind: T\nmetadata:\n  name: c%04d\n%s" % (i, body if body.endswith("\n") else body + "\n")


def value_docs(snippets):
    """Cases given as the text after `v:` (starting with a space or a newline)."""
    return ["v:" + s for s in snippets]


SPECIAL_STRINGS = [
    "", " ", "  ", "a", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
    "y", "Y", "n", "N", "true", "True", "TRUE", "false", "False", "FALSE", "tRue", "~", "null",
    "Null", "NULL", "nULL", "1e3", "1E3", "1e+3", "1e-3", "1.5e3", "0123", "0128", "0x1F", "0X1F",
    "0x1g", "0o17", "0O17", "0o18", "0b101", "0B101", "0b102", "-0b101", "+0b101", "1_000",
    "1__000", "_1", "1_", "0_1", "3.14_15", "1_000.5", "12:30:00", "12:30", "1:20", "190:20:30",
    "1:60", "1:59", "-1:20", "+1:20:30.5", "1_0:20", "12:30:00.", "12:3a", "2001-12-14",
    "2001-12-14 21:59:43.10", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43Z",
    "2001-12-14T21:59:43.123456789012Z", "2001-13-14", "2001-02-29", "2000-02-29", "2001-1-4",
    "20011-12-14", "2001-12-14x", "*foo", "&a", "!x", "!!str", "{a}", "[a]", "{", "}", "[", "]",
    "a: b", "a:b", "a:", "a: ", ":a", ": a", ":", "a #b", "a#b", "#a", "- x", "-x", "-", "--",
    "---", "--- x", "...", "....", "? x", "?x", "?", "@x", "`x", "%x", "|x", ">x", "'x", '"x', ",x",
    "a,b", "a, b", "a[b]", "a{b}", "a?b", "a ?b", "x'y", 'x"y', "x\\y", "<<", "=", "<", ">",
    "&", ".5", ".5e3", "-.5", "+.5", ".", "..", ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan",
    ".NaN", ".NAN", ".infinity", "inf", "-inf", "Infinity", "nan", "NaN", "+1", "-1", "+0", "-0",
    "0", "00", "1.", "1.e5", "1e", "e5", "0.", "0x", "0xG", "1e400", "-1e400", "1e-400",
    "18446744073709551615", "18446744073709551616", "9223372036854775807",
    "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0x8000000000000000",
    "0xFFFFFFFFFFFFFFFF", "0x10000000000000000", "123456789012345678901234567890",
    " leading", "trailing ", " both ", "in  side", "tab\there", "\ttab", "tab\t", "a\u00a0b",
    "\u00a0", "caf\u00e9", "\u65e5\u672c\u8a9e", "\U0001F600", "x \U0001F600 y", "\u0085",
    "a\u0085b", "a\u2028b", "a\u2029b", "\u2028", "\ufeffab", "a\ufeffb", "\ufeff", "\ufffe",
    "\uffff", "\ue000", "\ufffd", "\x00", "a\x00b", "\x07", "\x08", "\x0b", "\x0c", "\x0d", "a\rb",
    "\x1b[0m", "\x7f", "\x80", "\x9f", "a\u200bb", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
    "<script>", "a&b", "\u00c0", "\u07ff", "\u0800", "\ud7ff", "\uf8ff", "%", "@", "`", "!", "*",
    "&", "|", ">", "'", '"', "#", ",", "[]", "{}", "a b", "$(VAR)", "${VAR}", "$${VAR}",
    "http://example.com/a?b=c#d", "key=value", "a;b", "C:\\path", "/usr/bin", "~/x", "~x",
    "nullx", "truex", "yesx", "0.0.0.0", "1.2.3", "v1.2.3", "1.0", "1.10", "100", "-100", "1e-7",
    "0.000001", "1e21", "1e20", "+.inf", "0x_1F", "0x1_F", "1_2_3", "0b1_0", "- ", " -", "a -",
    "a- b", "x: y: z", "x #", "x#", " #x", "a\\nb", "\\", "\\\\", "''", '""', "' '",
]

PLAIN_SCALARS = [
    "1", "-1", "+1", "0", "-0", "00", "0123", "0644", "0o17", "0x1F", "0X1f", "0b101", "-0b101",
    "1_000", "1__0", "0x_1F", "1e3", "1E3", "1e+3", "1e-3", "1.0", "1.5", "-1.5", "+1.5", "1.",
    "1.e5", ".5", "-.5", "+.5", "1e21", "1e20", "1e-7", "1e-6", "0.000001", "0.0000001",
    "1.5e300", "4.9e-324", "5e-324", "2.2250738585072014e-308", "1.7976931348623157e308",
    "123456789", "1234567.5", "123456.7", "0.1", "0.2", "0.3", "100000", "1000000", "1e6",
    "1e7", "12345678901234567", "123456789012345678", "9223372036854775807",
    "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551615", "18446744073709551616", "36893488147419103232",
    "9007199254740993", "1e15", "1e16", "1e17", "1.5e16", "-0.0", "0.0", "3.0", "1_000.5",
    "true", "True", "TRUE", "false", "FALSE", "yes", "no", "on", "off", "y", "n", "~", "null",
    "Null", "NULL", "2001-12-14", "2001-12-14T21:59:43.10-05:00", "2001-12-14t21:59:43.10Z",
    "2001-12-14 21:59:43.10", "2001-12-14   1:2:3", "2001-1-4", "2001-12-14T21:59:43+00:00",
    "2001-12-14T21:59:43-00:00", "2001-12-14T21:59:43.000000001+05:30",
    "2001-12-14T21:59:43.1234567891+01:00", "2001-12-14T21:59:43,5Z",
    "2001-12-14T21:59:43+05:60", "2001-12-14T21:59:43+23:59", "0000-01-01", "9999-12-31",
    "2001-02-29", "12:30:00", "1:20", "-1:20", "foo", "foo bar", "a:b", "a#b", "-x", "x-", "caf\u00e9", "\u65e5\u672c", "<<x", "=", ".", ".x", ".5x", "0x", "0xG", "1e",
    "1e400", "1e-400", "inf", "nan", "Infinity", "+inf",
]

MULTILINE = [
    "a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\na", "\na\n", "\n", "\n\n", "\n\n\n", "a\n",
    "a\n\n", " a\nb", "  a\n b\n", "a \nb", "a\n b", "a\n\nb", "a\n \nb", "a\n  \n", "a\tb\nc",
    "a\nb\tc\n", "line1\r\nline2\r\n", "a\rb\n", "caf\u00e9\n\u65e5\u672c\n", "\U0001F600\nx\n",
    "a\u2028b\n", "a\u0085b\n", "\ufeffa\nb\n", "#!/bin/sh\necho hi\n",
    "key: value\nlist:\n- a\n- b\n", "x" * 100 + "\n" + "y " * 60 + "\n", "- a\n- b",
    "---\na\n", "...\n", "a\n---\nb\n", "'quoted'\n", '"dq"\n', "  \n", " \n", "\n a",
    "\n\na\n\n", "a \n", "trailing\nspaces  \nhere\n", "{\n  \"json\": true\n}\n",
    "a\\b\nc\n", "%YAML\n", "\x00\n", "a\n\x07\n", "a\u00a0\nb",
]


def words(n, seed, wlen=(1, 12)):
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        out.append("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(*wlen))))
    return " ".join(out)


def long_strings():
    vals = []
    for k in range(12):
        vals.append(words(8 + k * 3, k))
    vals.append("a" * 200)
    vals.append("a" * 79 + " " + "b" * 10)
    vals.append("a" * 80 + " " + "b" * 10)
    vals.append("a" * 81 + " " + "b" * 10)
    vals.append("a" * 78 + " " + "b" * 10 + " c")
    vals.append("a" * 85 + "  " + "b" * 10)
    vals.append("a" * 85 + "   " + "b" * 10)
    vals.append("a " * 60)
    vals.append(("word " * 30).strip())
    vals.append("x" * 90 + " " + "y" * 90 + " " + "z" * 90)
    vals.append("@" + words(30, 99))
    vals.append(words(30, 98) + ": x")
    vals.append("'" + words(30, 97) + "'")
    vals.append(words(25, 96) + "\t" + words(10, 95))
    vals.append("\t" + words(25, 94))
    vals.append(words(25, 93).replace(" ", "  "))
    vals.append(words(20, 92) + " " + "\u00e9" * 30 + " " + words(5, 91))
    vals.append(words(20, 90) + " \U0001F600 " + words(10, 89))
    vals.append("\ufeff" + words(20, 88))
    vals.append(words(25, 87) + "\\" + words(5, 86))
    vals.append("yes " + words(25, 85))
    vals.append(words(25, 84) + " #comment like")
    vals.append("a" * 81 + " " + "b")
    vals.append("a" * 81 + " b ")
    vals.append(" " + "a" * 81 + " b")
    vals.append("x" * 81 + " " + " " + "y")
    return vals


def nest(depth, body_value):
    """`v:` followed by depth levels of nested maps, then the value."""
    lines = "v:"
    for d in range(depth):
        lines += "\n" + "  " * (d + 1) + "k%d:" % d
    return lines + " " + body_value


def depth_cases():
    out = []
    vals = [dq(s) for s in long_strings()[:14]] + [dq(s) for s in MULTILINE[:12]]
    for depth in range(0, 6):
        for v in vals:
            out.append(nest(depth, v))
    for v in vals:
        out.append("v:\n- " + v)
        out.append("v:\n- - " + v)
        out.append("v:\n- k: " + v)
        out.append("v:\n- k:\n  - - " + v)
    return out


KEY_SETS = [
    ["a10", "a9", "A", "_x", "1", "-", "a", "b", "B", "aa", "a1", "a01", "a001", "a0", "10", "9",
     "09", "", " ", "\u00e9", "Z", "z", "\u00e4", "\u65e5", "x1y", "x10y", "x2y", "x02y", "a-b",
     "a_b", "a.b", "a/b", "a:b", "a~b", "$x", "@x", "\u00aa", "\u00b5",
     "1a", "a01b", "ab1", "ab01", "99999999999999999999", "99999999999999999998",
     "1e3", "yes", "null", "~", "\U0001F600", "\ue000", "zz", "zZ", "Zz"],
    ["a1b2", "a1b10", "a1b", "a1", "a1c"],
    ["\u0660", "\u0661x", "a", "b", "x\u0661", "x\u0662"],
    ["metadata", "apiVersion", "kind", "spec", "status", "data", "binaryData", "stringData",
     "Kind", "KIND", "_", "__", "-a", "--a", "a-", "image", "imagePullPolicy", "images",
     "x-1", "x-10", "x-2", "x_1", "x_10", "x.1", "x.10", "port", "port1", "port10", "port2"],
    ["0", "00", "000", "01", "001", "0001", "1", "10", "100", "010", "0010", "a0", "a00",
     "a000", "a01", "a010", "a1", "a10", "1.5", "1.05", "1.50", "v1.2.3", "v1.10.0", "v1.9.9",
     "v10", "v9", "v09"],
]


def go_less(a, b):
    """goyaml.v2 sorter.go keyList.Less for two strings."""
    import unicodedata

    def letter(r):
        return unicodedata.category(r) in ("Lu", "Ll", "Lt", "Lm", "Lo")

    def digit(r):
        return unicodedata.category(r) == "Nd"

    for i in range(min(len(a), len(b))):
        if a[i] == b[i]:
            continue
        al, bl = letter(a[i]), letter(b[i])
        if al and bl:
            return a[i] < b[i]
        if al or bl:
            return bl
        an = bn = 0
        if a[i] == "0" or b[i] == "0":
            j = i - 1
            while j >= 0 and digit(a[j]):
                if a[j] != "0":
                    an = bn = 1
                    break
                j -= 1
        ai = i
        while ai < len(a) and digit(a[ai]):
            an = an * 10 + (ord(a[ai]) - ord("0"))
            ai += 1
        bi = i
        while bi < len(b) and digit(b[bi]):
            bn = bn * 10 + (ord(b[bi]) - ord("0"))
            bi += 1
        if an != bn:
            return an < bn
        if ai != bi:
            return ai < bi
        return a[i] < b[i]
    return len(a) < len(b)


def deterministic(keys):
    """Go sorts map keys from a random order; the result is fixed only if Less is a total order."""
    import functools
    order = sorted(keys, key=functools.cmp_to_key(lambda x, y: -1 if go_less(x, y) else (1 if go_less(y, x) else 0)))
    return all(go_less(order[i], order[j]) and not go_less(order[j], order[i])
               for i in range(len(order)) for j in range(i + 1, len(order)))


def key_cases():
    out = []
    for ks in KEY_SETS:
        kept = []
        for k in ks:
            if deterministic(kept + [k]):
                kept.append(k)
            else:
                print("key %r left out: it makes the order of %r cyclic" % (k, ks[:3]), file=sys.stderr)
        ks = kept
        body = "v:\n" + "".join("  %s: %s\n" % (dq(k), dq(k)) for k in ks)
        out.append(body)
    long_keys = ["k" * 127, "k" * 128, "k" * 129, "\u00e9" * 64, "\u00e9" * 65, "k" * 200,
                 "multi\nline", "multi\nline\n", "tab\tkey", "key: x", "-", "- x", "? x", "",
                 " ", "yes", "123", "1.5", "2001-12-14", "#", "&a", "*a", "!a", "|", ">",
                 "\u2028", "\ufeffk", "\U0001F600" * 33]
    for k in long_keys:
        out.append("v:\n  %s: x\n" % dq(k))
        out.append("v:\n  %s:\n    a: 1\n" % dq(k))
        out.append("v:\n  %s:\n  - a\n" % dq(k))
        out.append("v:\n  %s: %s\n" % (dq(k), dq("multi\nline value\n")))
    out.append("v:\n  " + dq("k" * 130) + ": " + dq("x" * 100 + " " + "y" * 50) + "\n")
    # top-level keys that are not strings: kustomize decodes them into a string-keyed map
    out.append("1: a\n2.5: b\ntrue: c\n0x1F: d\n2001-12-14: e\n! 7: f\n")
    return out


STRUCTURES = [
    " {}", " []", " {a: {}}", " {a: []}", " [[]]", " [{}]", " [[], {}, [[]]]", "\n  a:\n  b: ~\n  c: null",
    " [null, ~, '', \"\"]", "\n- a\n- - b\n  - c\n- - - d\n- k: v\n  l: w\n- - k: v\n- {}\n- []",
    "\n  list:\n  - a\n  - b\n  map:\n    x: 1\n  empty: {}\n  none: []",
    "\n- a: 1\n  b:\n  - c\n  - d: 2\n    e: []\n",
    " [1, 2.5, true, null, x, 'y', \"z\"]", " {a: 1, b: [2, 3], c: {d: e}}", "",
    "\n  nested:\n    deeper:\n      deepest:\n        - - - x\n",
    " [[[[[[[]]]]]]]", " {a: {b: {c: {d: {e: {}}}}}}",
]

TAGS = [
    " !!str 123", " !!str true", " !!str ~", " !!str", " !!int \"5\"", " !!int 0x1F", " !!float 1",
    " !!float \"1.5\"", " !!float 3", " !!bool \"true\"", " !!null \"\"", " !!null ~",
    " !!binary aGVsbG8=", " !!binary |\n    aGVsbG8g\n    d29ybGQ=", " !!binary /w==",
    " !!binary 4oKs", " !!binary 4oI=", " !!binary gICA", " !!timestamp 2001-12-14",
    " !!timestamp \"2001-12-14T01:02:03Z\"", " !Ref foo", " !Ref 123", " !Sub \"${x}\"",
    " !Foo {a: 1}", " !Foo [a]", " !!map {a: 1}", " !!seq [a]", " ! 123", " ! abc",
    " !<tag:yaml.org,2002:str> 5", " !!str 0644", " &a x", " !!merge <<",
    " '' ", " \"\"", " 'single ''quoted'''", " >\n    folded\n    text\n", " >-\n    folded\n\n    para\n",
    " |2\n     indented\n    text\n", " |+\n    keep\n\n", " |-\n    strip\n", " \"a\\tb\"",
    " \"\\x41\\u00e9\\U0001F600\"", " \"line\\\n    continued\"", " 'multi\n    line'",
    " plain\n    continued", " \"\\0\"", " \"\\e\"",
]

ERRORS = [
    "v:\n  a: 1\n  a: 2\n", "v:\n  1: a\n", "v:\n  ~: a\n", "v:\n  true: a\n", "v: .nan\n",
    "v: .inf\n", "v: -.inf\n", "v: !!int abc\n", "v: !!binary '!!'\n", "v: !!binary aGk\n",
    "v: 2001-12-14T21:59:43+24:00\n", "v: !!float abc\n", "v: !!bool yes\n", "v: !!null x\n",
    "v:\n  ? [a]\n  : b\n", "v:\n  ? {a: b}\n  : c\n", "v:\n  1.5: x\n", "v:\n  !!str a: 1\n  a: 2\n",
    "v:\n  2001-12-14: x\n", "v:\n  !Ref a: 1\n",
]


def complex_key_cases():
    """Keys written with `? ` (longer than 128 bytes or multi-line) in every kind of position."""
    long_key = dq("k" * 130)
    ml_key = dq("multi\nline")
    out = []
    for key in (long_key, ml_key, dq(" lead\ntrail ")):
        for value in ("x", "{}", "[]", "[a, b]", "{a: 1, b: [c]}", dq("v\nw\n"), dq(words(20, 5)),
                      "[[a]]", "[{a: 1}]", "~"):
            out.append("v:\n  %s: %s\n" % (key, value))
            out.append("v:\n- %s: %s\n" % (key, value))
            out.append("v:\n- - %s: %s\n" % (key, value))
            out.append("v:\n  a:\n    b:\n    - %s: %s\n      z: 1\n" % (key, value))
    return out


def fuzz_strings(seed, count):
    rnd = random.Random(seed)
    alphabet = list(" \t\n:#-'\"\\a1.,[{}]!&*?|>%@`yn0e_\u00e9\U0001F600\u2028\u0085\ufeff\x00\u00a0") + ["ab", "yes", "1", "  "]
    out = []
    for _ in range(count):
        n = rnd.choice([1, 2, 3, 4, 5, 6, 8, 12, 20])
        out.append("".join(rnd.choice(alphabet) for _ in range(n)))
    for _ in range(count // 10):
        n = rnd.randint(60, 200)
        out.append("".join(rnd.choice(alphabet + ["word"] * 8 + [" "] * 8) for _ in range(n)))
    return out


def fuzz_keys(seed, count):
    rnd = random.Random(seed)
    alphabet = list("aAzZ019_-.:/~ \u00e9\u00c9\u0661\U0001F600") + ["10", "00", "a1"]
    sets = []
    for _ in range(count):
        keys = set()
        for _ in range(rnd.randint(2, 12)):
            keys.add("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 5))))
        if deterministic(keys):
            sets.append(sorted(keys))
    return ["v:\n" + "".join("  %s: %s\n" % (dq(k), dq(k)) for k in ks) for ks in sets]


def groups():
    return {
        "quoted-strings": value_docs(" " + dq(s) for s in SPECIAL_STRINGS),
        "single-quoted": value_docs(" '" + s.replace("'", "''") + "'" for s in SPECIAL_STRINGS
                                    if all(0x20 <= ord(c) < 0x7F or ord(c) > 0xA0 and ord(c) not in (0xFEFF, 0xFFFE, 0xFFFF, 0x2028, 0x2029) for c in s)),
        "plain-scalars": value_docs(" " + s for s in PLAIN_SCALARS),
        "multiline": value_docs(" " + dq(s) for s in MULTILINE),
        "long-strings": value_docs(" " + dq(s) for s in long_strings()),
        "depth": depth_cases(),
        "keys": key_cases(),
        "structures": value_docs(STRUCTURES),
        "complex-keys": complex_key_cases(),
        "tags": value_docs(TAGS),
        "fuzz-strings": value_docs(" " + dq(s) for s in fuzz_strings(1, 400)),
        "fuzz-keys": fuzz_keys(2, 60),
    }


def kustomize(bodies):
    d = tempfile.mkdtemp()
    try:
        with open(os.path.join(d, "kustomization.yaml"), "w") as f:
            f.write("resources:\n- r.yaml\n")
        with open(os.path.join(d, "r.yaml"), "w", encoding="utf-8") as f:
            f.write("---\n".join(doc(i + 1, b) for i, b in enumerate(bodies)))
        p = subprocess.run(["kubectl", "kustomize", d], capture_output=True)
        return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")
    finally:
        shutil.rmtree(d)


def write(name, bodies, stdout=None, stderr=None):
    with open(os.path.join(OUT, name + ".input.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("---\n".join(doc(i + 1, b) for i, b in enumerate(bodies)))
    if stdout is not None:
        with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(stdout)
    if stderr is not None:
        # drop klog's time stamp and process id, so that recording again changes nothing
        stderr = re.sub(r"(?m)^E\d{4} [\d:.]+\s+\d+ run.go:\d+\] ", "", stderr)
        with open(os.path.join(OUT, name + ".error.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(stderr)


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    all_groups = groups()
    all_groups["errors"] = []
    for name, bodies in all_groups.items():
        bodies = list(bodies)
        good, bad = [], []
        rc, out, err = kustomize(bodies) if bodies and name != "errors" else (1, "", "")
        if rc == 0:
            good = bodies
        else:
            for b in bodies:
                (good if kustomize([b])[0] == 0 else bad).append(b)
            rc, out, err = kustomize(good)
            assert rc == 0, err
        if good:
            write(name, good, stdout=out)
        for i, b in enumerate(bad + (ERRORS if name == "errors" else [])):
            _, _, err1 = kustomize([b])
            write("%s-error-%02d" % (name, i + 1), [b], stderr=err1)
        print("%-16s %4d cases, %d errors" % (name, len(good), len(bad)), file=sys.stderr)


if __name__ == "__main__":
    main()
