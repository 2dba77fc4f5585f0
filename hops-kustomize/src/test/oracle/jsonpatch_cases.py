# JSON 6902 patch cases. Each is run through kubectl kustomize by oracle.py.

DEPLOY = """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  labels:
    app: web
  annotations:
    example.com/owner: team-a
    a~b: tilde
spec:
  replicas: 3
  paused: false
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.0
        args: ["--a", "--b", "--c"]
        ports:
        - containerPort: 80
          protocol: TCP
        env:
        - name: PORT
          value: "8080"
        - name: MULTI
          value: |
            line one
            line two
      - name: sidecar
        image: busybox
"""

TWO = """
apiVersion: v1
kind: ConfigMap
metadata:
  name: one
  labels:
    tier: a
data:
  k: v
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: two
  labels:
    tier: b
data:
  k: v
"""


def patch(ops, target="kind: Deployment"):
    body = "\n".join("    " + l for l in ops.strip("\n").split("\n"))
    return "patches:\n- target:\n    " + target + "\n  patch: |-\n" + body + "\n"


CASES = [
    dict(name="add a scalar field (YAML ops)", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /spec/minReadySeconds
  value: 10
""")),
    dict(name="add in JSON form", resources=DEPLOY, kustomization=patch("""
[{"op": "add", "path": "/spec/revisionHistoryLimit", "value": 5},
 {"op": "add", "path": "/metadata/labels/extra", "value": "yes"}]
""")),
    dict(name="replace with a string that looks like a number", resources=DEPLOY,
         kustomization=patch("""
- op: replace
  path: /metadata/labels/app
  value: "5"
- op: replace
  path: /spec/replicas
  value: 7
""")),
    dict(name="YAML 1.1 booleans in YAML ops are booleans", resources=DEPLOY,
         kustomization=patch("""
- op: add
  path: /spec/template/metadata/labels/flag
  value: yes
- op: replace
  path: /spec/paused
  value: on
- op: add
  path: /spec/template/metadata/labels/quoted
  value: "on"
""")),
    dict(name="remove a field and an array element", resources=DEPLOY, kustomization=patch("""
- op: remove
  path: /metadata/annotations/example.com~1owner
- op: remove
  path: /spec/template/spec/containers/0/args/1
""")),
    dict(name="negative indices", resources=DEPLOY, kustomization=patch("""
- op: remove
  path: /spec/template/spec/containers/0/args/-1
- op: replace
  path: /spec/template/spec/containers/-2/image
  value: nginx:2.0
- op: add
  path: /spec/template/spec/containers/0/args/-1
  value: --last
""")),
    dict(name="append with dash and insert at 0", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /spec/template/spec/containers/-
  value:
    name: third
    image: alpine
- op: add
  path: /spec/template/spec/containers/0/args/0
  value: --first
""")),
    dict(name="move and copy", resources=DEPLOY, kustomization=patch("""
- op: copy
  from: /spec/template/spec/containers/0/image
  path: /metadata/annotations/image
- op: move
  from: /spec/template/spec/containers/1
  path: /spec/template/spec/initContainers
""")),
    dict(name="test that passes", resources=DEPLOY, kustomization=patch("""
- op: test
  path: /spec/replicas
  value: 3
- op: test
  path: /spec/template/spec/containers/0/env/0
  value: {value: "8080", name: PORT}
- op: replace
  path: /spec/replicas
  value: 4
""")),
    dict(name="test that fails", resources=DEPLOY, kustomization=patch("""
- op: test
  path: /spec/replicas
  value: 4
""")),
    dict(name="test compares numbers by their JSON text", resources=DEPLOY,
         kustomization=patch("""
[{"op": "test", "path": "/spec/replicas", "value": 3.0}]
""")),
    dict(name="test of an absent key against null passes", resources=DEPLOY,
         kustomization=patch("""
[{"op": "test", "path": "/spec/absent", "value": null},
 {"op": "add", "path": "/spec/minReadySeconds", "value": 1}]
""")),
    dict(name="replace of a missing key adds it", resources=DEPLOY, kustomization=patch("""
- op: replace
  path: /spec/notThere
  value: added
""")),
    dict(name="copy from a missing key copies null", resources=DEPLOY, kustomization=patch("""
- op: copy
  from: /spec/notThere
  path: /spec/copied
""")),
    dict(name="add under a missing path fails", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /spec/missing/deeper
  value: 1
""")),
    dict(name="remove a missing key fails", resources=DEPLOY, kustomization=patch("""
- op: remove
  path: /spec/missing
""")),
    dict(name="add past the end of an array fails", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /spec/template/spec/containers/0/args/9
  value: x
""")),
    dict(name="bad array index", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /spec/template/spec/containers/0/args/x
  value: x
""")),
    dict(name="remove with a negative index out of range", resources=DEPLOY,
         kustomization=patch("""
- op: remove
  path: /spec/template/spec/containers/0/args/-4
""")),
    dict(name="replace at a missing array index", resources=DEPLOY, kustomization=patch("""
- op: replace
  path: /spec/template/spec/containers/5
  value: {}
""")),
    dict(name="unknown op", resources=DEPLOY, kustomization=patch("""
- op: frobnicate
  path: /spec
""")),
    dict(name="op without a path", resources=DEPLOY, kustomization=patch("""
- op: replace
  value: 1
""")),
    dict(name="move without from", resources=DEPLOY, kustomization=patch("""
- op: move
  path: /spec/x
""")),
    dict(name="numbers come back through float64", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /spec/template/metadata/annotations
  value:
    float: 1.0
    exp: 1e3
    big: 12345678901234567890
    neg: -0.5
    million: 1000000
""")),
    dict(name="strings, multi-line text and nulls survive", resources=DEPLOY,
         kustomization=patch("""
- op: add
  path: /spec/template/metadata/annotations
  value:
    port: "8080"
    text: |
      first
      second
    nothing: null
    empty: ""
    date: 2024-01-01
""")),
    dict(name="annotations become strings", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /metadata/annotations/count
  value: 5
- op: add
  path: /metadata/annotations/enabled
  value: true
""")),
    dict(name="path elements with ~0 and ~1", resources=DEPLOY, kustomization=patch("""
- op: replace
  path: /metadata/annotations/a~0b
  value: replaced
- op: add
  path: /metadata/annotations/x.io~1y
  value: slash
""")),
    dict(name="replace the whole object", resources=DEPLOY, kustomization=patch("""
- op: replace
  path: ""
  value:
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app
    data:
      a: b
""")),
    dict(name="replace the whole object with a scalar does nothing", resources=DEPLOY,
         kustomization=patch("""
[{"op": "replace", "path": "", "value": 3}]
""")),
    dict(name="replace the whole object with an array fails", resources=DEPLOY,
         kustomization=patch("""
[{"op": "replace", "path": "", "value": [1]}]
""")),
    dict(name="a path without leading slash", resources=DEPLOY, kustomization=patch("""
- op: add
  path: spec/foo
  value: bar
""")),
    dict(name="add with an empty key", resources=DEPLOY, kustomization=patch("""
- op: add
  path: /metadata/labels/
  value: empty-key
""")),
    dict(name="add without value adds null", resources=DEPLOY, kustomization=patch("""
[{"op": "add", "path": "/spec/template/metadata/labels/none"}]
""")),
    dict(name="patch every selected object", resources=TWO, kustomization=patch("""
- op: add
  path: /data/added
  value: "1"
""", target="kind: ConfigMap")),
    dict(name="target by label selector", resources=TWO, kustomization=patch("""
- op: replace
  path: /data/k
  value: changed
""", target="labelSelector: tier=b")),
    dict(name="patch from a YAML file", resources=DEPLOY,
         kustomization="patches:\n- target:\n    kind: Deployment\n  path: patch.yaml\n",
         files={"patch.yaml": """
- op: replace
  path: /spec/replicas
  value: 1
- op: add
  path: /spec/template/spec/containers/1/args
  value: [sleep, "3600"]
"""}),
    dict(name="patch from a JSON file", resources=DEPLOY,
         kustomization="patches:\n- target:\n    kind: Deployment\n  path: patch.json\n",
         files={"patch.json": '[\n  {"op": "replace", "path": "/spec/replicas", "value": 2},\n'
                              '  {"op": "add", "path": "/metadata/labels/json", "value": "<&>"}\n]\n'}),
    dict(name="syntax error in a JSON patch", resources=DEPLOY,
         kustomization="patches:\n- target:\n    kind: Deployment\n  path: patch.json\n",
         files={"patch.json": '[{"op": "add", "path": "/a" "value": 1}]'}),
    dict(name="renamed object keeps its previous name for later selection", resources=TWO,
         kustomization=patch("""
- op: replace
  path: /metadata/name
  value: uno
""", target="name: one") + """
replacements:
- source:
    kind: ConfigMap
    name: one
    fieldPath: metadata.name
  targets:
  - select:
      name: two
    fieldPaths: [data.k]
"""),
    dict(name="a patched number copied into a string field", resources=DEPLOY,
         kustomization=patch("""
- op: add
  path: /spec/progressDeadlineSeconds
  value: 2000000
""") + """
replacements:
- source:
    kind: Deployment
    fieldPath: spec.progressDeadlineSeconds
  targets:
  - select:
      kind: Deployment
    fieldPaths: [metadata.labels.app]
"""),
    dict(name="nested keys in yaml.v3 order after a patch", resources="""
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  a10: x
  a9: y
  B: z
  b: w
""", kustomization=patch("""
- op: add
  path: /data/c
  value: v
""", target="kind: ConfigMap")),

    dict(name="patched strings get yaml.v3's styles ([=regex] sees the quotes)", resources=DEPLOY,
         kustomization=patch("""
- op: replace
  path: /spec/template/spec/containers/0/args
  value: ["80", "x: y", "plain", "yes", "multi\\nline"]
""") + """
replacements:
- source:
    kind: Deployment
    fieldPath: metadata.name
  targets:
  - select:
      kind: Deployment
    fieldPaths:
    - 'spec.template.spec.containers.0.args.[=^"80"$]'
    - "spec.template.spec.containers.0.args.[=^'x: y'$]"
    - spec.template.spec.containers.0.args.[=^plain$]
    - 'spec.template.spec.containers.0.args.[=^"yes"$]'
    - 'spec.template.spec.containers.0.args.[=^\\|-]'
"""),
    dict(name="a patched string that looks like a number is quoted", resources=DEPLOY,
         kustomization=patch("""
- op: replace
  path: /spec/template/spec/containers/0/args
  value: ["80"]
""") + """
replacements:
- source:
    kind: Deployment
    fieldPath: metadata.name
  targets:
  - select:
      kind: Deployment
    fieldPaths:
    - spec.template.spec.containers.0.args.[=^80$]
"""),
]
