# patchesJson6902 cases: the deprecated field shows the JSON decoding errors of a patch
# ("decoding <patch>: <error>") and does not record previous names.

CM = """
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  k: v
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: other
data:
  k: v
"""


def legacy(text):
    return ("patchesJson6902:\n- target:\n    version: v1\n    kind: ConfigMap\n    name: cm\n"
            "  path: patch.json\n")


def case(name, text, extra=""):
    return dict(name=name, resources=CM, kustomization=legacy(text) + extra,
                files={"patch.json": text})


CASES = [
    case("missing comma", '[{"op": "add", "path": "/a" "value": 1}]'),
    case("trailing comma in an object", '[{"op": "add",}]'),
    case("truncated", '[{"op": "add", "path": "/a"}'),
    case("bad literal", '[{"op": "add", "path": "/a", "value": tru}]'),
    case("leading zero", '[{"op": "add", "path": "/a", "value": 01}]'),
    case("bad escape", '[{"op": "add", "path": "/a", "value": "\\q"}]'),
    case("bad unicode escape", '[{"op": "add", "path": "/a", "value": "\\u12x4"}]'),
    case("lone minus", '[{"op": "add", "path": "/a", "value": -}]'),
    case("no digit after the point", '[{"op": "add", "path": "/a", "value": 1.}]'),
    case("no exponent digits", '[{"op": "add", "path": "/a", "value": 1e+}]'),
    case("tab in a string", '[{"op": "add", "path": "/a", "value": "a\tb"}]'),
    case("text after the value", '[] x'),
    case("bad character in an array", '[{"op": "test", "path": "/data/k", "value": "v"} ; ]'),
    case("a list of strings", '["add"]'),
    case("an op that is not a string", '[{"op": 5, "path": "/data/x", "value": 1}]'),
    case("a null op", '[null]'),
    case("a path that is not a string (add)", '[{"op": "add", "path": 5, "value": 1}]'),
    case("a path that is not a string (replace)", '[{"op": "replace", "path": [], "value": 1}]'),
    case("a from that is not a string", '[{"op": "copy", "from": true, "path": "/data/x"}]'),
    case("escapes and unicode in values",
         '[{"op": "add", "path": "/data/x", "value": "\\u00e9\\ud83d\\ude00\\n\\"\\/"},'
         ' {"op": "add", "path": "/data/\\u0079", "value": "<&>"}]'),
    case("duplicate keys: the last wins", '[{"op": "add", "path": "/data/x", "value": 1, '
                                          '"value": "second"}]'),
    case("white space everywhere", ' [ { "op" : "add" , "path" : "/data/x" ,\n'
                                   ' "value" : [ 1 , { "a" : null } ] } ] '),
    case("a test on a whole object", '[{"op": "test", "path": "/data", "value": {"k": "v"}},'
                                     ' {"op": "add", "path": "/data/ok", "value": "yes"}]'),
    case("a test on a whole object that differs",
         '[{"op": "test", "path": "/data", "value": {"k": "v", "x": 1}}]'),
    case("a test on the document", '[{"op": "test", "path": "", "value": {"k": "v"}}]'),
    case("a renamed object has no previous name", '[{"op": "replace", "path": "/metadata/name",'
                                                  ' "value": "renamed"}]', """
replacements:
- source:
    kind: ConfigMap
    name: cm
  targets:
  - select:
      name: other
    fieldPaths: [data.k]
"""),
]
