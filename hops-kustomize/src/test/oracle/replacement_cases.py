# Replacement cases. Each is run through kubectl kustomize by oracle.py.

RES = """
apiVersion: v1
kind: ConfigMap
metadata:
  name: config
  namespace: prod
  labels:
    role: source
  annotations:
    example.com/version: "1.2.3"
data:
  image: registry.io/app:v2
  port: "8080"
  replicas: "4"
  flag: "true"
  csv: a,b,c
  text: |
    multi
    line
  empty: ""
structured:
  number: 7
  bool: true
  map:
    key: value
    other: 1
  list:
  - x
  - y
  emptyMap: {}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
  labels:
    app: web
    team: blue
  annotations:
    owner: a
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: app
        image: app:v1
        args: ["--port", "80", "--mode=x"]
        ports:
        - containerPort: 80
        env:
        - name: PORT
          value: "80"
        - name: NULLED
          value: null
      - name: myapp-sidecar
        image: sidecar:v1
      - name: other
        image: other:v1
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app: api
    team: red
spec:
  replicas: 2
  template:
    spec:
      containers:
      - name: app
        image: api:v1
"""

CLUSTER = """
apiVersion: v1
kind: ConfigMap
metadata:
  name: src
data:
  value: copied
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: role
  labels:
    l: original
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: dflt
  namespace: default
data:
  value: original
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: other
  namespace: elsewhere
data:
  value: original
"""


def repl(source, targets):
    return "replacements:\n- source:\n" + indent(source, 4) + "  targets:\n" + indent(targets, 2)


def indent(s, n):
    return "".join(" " * n + l + "\n" for l in s.strip("\n").split("\n"))


CASES = [
    dict(name="string into a container field by [name=]", resources=RES, kustomization=repl("""
kind: ConfigMap
name: config
fieldPath: data.image
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.template.spec.containers.[name=app].image
""")),
    dict(name="a quoted number into an int field keeps the int", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: data.replicas
""", """
- select:
    kind: Deployment
  fieldPaths:
  - spec.replicas
""")),
    dict(name="an int into a string field keeps the string", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: structured.number
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.annotations.owner
  - spec.template.spec.containers.[name=app].env.[name=PORT].value
""")),
    dict(name="a string into an int field fails when printed", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.replicas
""")),
    dict(name="into a null field", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.template.spec.containers.[name=app].env.[name=NULLED].value
""")),
    dict(name="missing target field without create fails", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
  fieldPaths:
  - spec.template.metadata.annotations.port
""")),
    dict(name="create a missing field: the text is typed again", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
  fieldPaths:
  - spec.template.metadata.annotations.port
  - spec.template.spec.containers.0.env.[name=NEW].value
  options:
    create: true
""")),
    dict(name="create a mapping and a list", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: structured.map
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - spec.template.metadata.labels
  - spec.selector.matchLabels
  options:
    create: true
""") + """
- source:
    kind: ConfigMap
    fieldPath: structured.list
  targets:
  - select:
      kind: Deployment
      name: api
    fieldPaths:
    - spec.template.spec.containers.0.args
    - spec.template.spec.containers.0.command
    options:
      create: true
"""),
    dict(name="a mapping replaces a mapping, a scalar replaces a list", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: structured.map
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.labels
""") + """
- source:
    kind: ConfigMap
    fieldPath: data.flag
  targets:
  - select:
      kind: Deployment
      name: web
    fieldPaths:
    - spec.template.spec.containers.[name=app].args
"""),
    dict(name="a mapping into a string field leaves it empty", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: structured.map
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.annotations.owner
""")),
    dict(name="source delimiter", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
options:
  delimiter: ":"
  index: 1
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.labels.version
  options:
    create: true
""")),
    dict(name="target delimiter: replace, prefix and suffix", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.template.spec.containers.[name=app].image
  options:
    delimiter: ":"
    index: 1
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.template.spec.containers.[name=other].image
  options:
    delimiter: ":"
    index: -1
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - spec.template.spec.containers.0.image
  options:
    delimiter: ":"
    index: 5
""")),
    dict(name="source delimiter index out of bounds", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.csv
options:
  delimiter: ","
  index: 3
""", """
- select:
    kind: Deployment
""")),
    dict(name="delimiter on a non-scalar source", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: structured.map
options:
  delimiter: ","
""", """
- select:
    kind: Deployment
""")),
    dict(name="wildcard over a list", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
""", """
- select:
    kind: Deployment
  fieldPaths:
  - spec.template.spec.containers.*.image
""")),
    dict(name="wildcard over a mapping fails", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.labels.*
""")),
    dict(name="[name=value] is an unanchored regexp", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.template.spec.containers.[name=app].image
""")),
    dict(name="[=value] matches list items", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.template.spec.containers.0.args.[=^--port$]
  - spec.template.spec.containers.0.args.[=mode]
""")),
    dict(name="[=value] matches the quoted text of list items", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - spec.template.spec.containers.0.args.[=^80$]
""")),
    dict(name="dotted keys: brackets and escapes", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: metadata.annotations.[example.com/version]
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.annotations.example\\.com/version
  - metadata.labels.[app.kubernetes.io/version]
  options:
    create: true
""")),
    dict(name="index paths and appending with create", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - spec.template.spec.containers.0.image
  - spec.template.spec.containers.1.image
  options:
    create: true
""")),
    dict(name="index past the end fails", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - spec.template.spec.containers.3.image
  options:
    create: true
""")),
    dict(name="source selected more than once", resources=RES, kustomization=repl("""
kind: Deployment
fieldPath: spec.replicas
""", """
- select:
    kind: ConfigMap
""")),
    dict(name="nothing selected", resources=RES, kustomization=repl("""
kind: Secret
fieldPath: data.x
options:
  delimiter: "."
  create: true
""", """
- select:
    kind: ConfigMap
""")),
    dict(name="missing source field", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.nope
""", """
- select:
    kind: Deployment
""")),
    dict(name="an empty mapping is missing", resources=RES, kustomization=repl("""
kind: ConfigMap
namespace: prod
fieldPath: structured.emptyMap
""", """
- select:
    kind: Deployment
""")),
    dict(name="an empty string is a value", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.empty
""", """
- select:
    kind: Deployment
  fieldPaths:
  - metadata.annotations.empty
  options:
    create: true
""")),
    dict(name="default field paths are metadata.name", resources=RES, kustomization=repl("""
kind: ConfigMap
""", """
- select:
    kind: Deployment
    name: api
""")),
    dict(name="reject by id and by label", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
  reject:
  - name: api
  fieldPaths:
  - metadata.labels.port
  options:
    create: true
- select:
    kind: Deployment
  reject:
  - labelSelector: team=red
  fieldPaths:
  - metadata.labels.port2
  options:
    create: true
- select:
    labelSelector: team in (red,blue)
    annotationSelector: owner
  fieldPaths:
  - metadata.labels.port3
  options:
    create: true
""")),
    dict(name="reject with both id and labels rejects on either", resources=RES,
         kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
  reject:
  - name: web
    labelSelector: team=red
  fieldPaths:
  - metadata.labels.port
  options:
    create: true
""")),
    dict(name="namespaces: empty is default, cluster-scoped too", resources=CLUSTER,
         kustomization=repl("""
name: src
namespace: default
fieldPath: data.value
""", """
- select:
    namespace: default
  fieldPaths:
  - metadata.labels.copied
  options:
    create: true
""")),
    dict(name="select by group and version", resources=CLUSTER, kustomization=repl("""
version: v1
kind: ConfigMap
name: src
fieldPath: data.value
""", """
- select:
    group: rbac.authorization.k8s.io
  fieldPaths:
  - metadata.labels.l
- select:
    version: v1
    namespace: elsewhere
  fieldPaths:
  - data.value
""")),
    dict(name="booleans, multi-line strings and lists", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: structured.bool
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.labels.team
  - spec.paused
  options:
    create: true
""") + """
- source:
    kind: ConfigMap
    fieldPath: data.text
  targets:
  - select:
      kind: Deployment
      name: api
    fieldPaths:
    - metadata.labels.app
- source:
    kind: ConfigMap
    fieldPath: structured.list
  targets:
  - select:
      kind: Deployment
      name: web
    fieldPaths:
    - spec.template.spec.containers.[name=app].args
"""),
    dict(name="create under a null value changes nothing", resources="""
apiVersion: v1
kind: ConfigMap
metadata:
  name: src
data:
  v: x
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: dst
data:
""", kustomization=repl("""
name: src
fieldPath: data.v
""", """
- select:
    name: dst
  fieldPaths:
  - data.created
  options:
    create: true
""")),
    dict(name="create a list element by [name=]", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.image
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - spec.template.spec.containers.[name=new].image
  - spec.template.spec.containers.[name=app].args.[=--flag]
  options:
    create: true
""")),
    dict(name="encoding option is ignored", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
options:
  encoding: base64
""", """
- select:
    kind: Deployment
    name: web
  fieldPaths:
  - metadata.annotations.owner
  options:
    encoding: base64
""")),
    dict(name="missing targets", resources=RES, kustomization="""
replacements:
- source:
    kind: ConfigMap
    fieldPath: data.port
"""),
    dict(name="empty targets do nothing", resources=RES, kustomization="""
replacements:
- source:
    kind: ConfigMap
    fieldPath: data.port
  targets: []
"""),
    dict(name="target without select", resources=RES, kustomization="""
replacements:
- source:
    kind: ConfigMap
    fieldPath: data.port
  targets:
  - fieldPaths: [spec.replicas]
"""),
    dict(name="scalar in the middle of a target path", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: data.port
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - spec.replicas.value
""")),
    dict(name="wildcard in a source path", resources=RES, kustomization=repl("""
kind: Deployment
name: web
fieldPath: spec.template.spec.containers.*.image
""", """
- select:
    kind: ConfigMap
""")),
    dict(name="negative index in a source path", resources=RES, kustomization=repl("""
kind: Deployment
name: web
fieldPath: spec.template.spec.containers.-1.image
""", """
- select:
    kind: ConfigMap
""")),
    dict(name="source by index and by [name=] (exact)", resources=RES, kustomization=repl("""
kind: Deployment
name: web
fieldPath: spec.template.spec.containers.[name=myapp-sidecar].image
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - spec.template.spec.containers.0.image
""") + """
- source:
    kind: Deployment
    name: web
    fieldPath: spec.template.spec.containers.2.name
  targets:
  - select:
      kind: Deployment
      name: api
    fieldPaths:
    - spec.template.spec.containers.0.name
"""),
    dict(name="replacements from a file holding a list", resources=RES, kustomization="""
replacements:
- path: replacements.yaml
""", files={"replacements.yaml": """
- source:
    kind: ConfigMap
    fieldPath: data.replicas
  targets:
  - select:
      kind: Deployment
    fieldPaths: [spec.replicas]
- Source:
    kind: ConfigMap
    fieldpath: data.image
    unknown: ignored
  targets:
  - select:
      name: web
    fieldPaths: [spec.template.spec.containers.0.image]
    options:
      create: yes
"""}),
    dict(name="a replacement from a file holding one", resources=RES, kustomization="""
replacements:
- path: one.yaml
- source:
    kind: ConfigMap
    fieldPath: data.port
  targets:
  - select:
      name: api
    fieldPaths: [metadata.annotations.port]
    options: {create: true}
""", files={"one.yaml": """
source:
  kind: ConfigMap
  fieldPath: data.flag
targets:
- select:
    name: api
  fieldPaths: [metadata.annotations.flag]
  options: {create: true}
"""}),
    dict(name="a replacement file with a number for a string", resources=RES, kustomization="""
replacements:
- path: r.yaml
""", files={"r.yaml": """
- source:
    kind: ConfigMap
    fieldPath: data.port
  targets:
  - select:
      name: 5
"""}),
    dict(name="a replacement file that is not a replacement", resources=RES, kustomization="""
replacements:
- path: r.yaml
""", files={"r.yaml": "just text\n"}),
    dict(name="path and inline together", resources=RES, kustomization="""
replacements:
- path: r.yaml
  source:
    kind: ConfigMap
""", files={"r.yaml": "[]\n"}),
    dict(name="inline: unknown field", resources=RES, kustomization="""
replacements:
- source: {kind: ConfigMap, fieldPath: data.port, bogus: 1}
  targets:
  - select: {kind: Deployment}
"""),
    dict(name="inline: a string for an int", resources=RES, kustomization="""
replacements:
- source: {kind: ConfigMap, fieldPath: data.port, options: {index: "1"}}
  targets:
  - select: {kind: Deployment}
"""),
    dict(name="inline: a number for a name", resources=RES, kustomization="""
replacements:
- source: {kind: ConfigMap, fieldPath: data.port}
  targets:
  - select: {kind: Deployment, name: 5}
"""),
    dict(name="inline: a number for a field path", resources=RES, kustomization="""
replacements:
- source: {kind: ConfigMap, fieldPath: 5}
  targets:
  - select: {kind: Deployment}
"""),
    dict(name="inline: targets that are not a list", resources=RES, kustomization="""
replacements:
- source: {kind: ConfigMap, fieldPath: data.port}
  targets: {select: {kind: Deployment}}
"""),
    dict(name="inline: an entry that is a string", resources=RES, kustomization="""
replacements:
- just a string
"""),
    dict(name="inline: field names are matched case-insensitively", resources=RES,
         kustomization="""
replacements:
- SOURCE: {Kind: ConfigMap, fieldpath: data.replicas}
  Targets:
  - Select: {KIND: Deployment}
    FieldPaths: [spec.replicas]
"""),
    dict(name="inline: YAML 1.1 booleans", resources=RES, kustomization="""
replacements:
- source: {kind: ConfigMap, fieldPath: data.port}
  targets:
  - select: {kind: Deployment, name: api}
    fieldPaths: [metadata.annotations.port]
    options: {create: yes}
"""),
    dict(name="source path data.image.x", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "data.image.x"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="source path data.[name=x]", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "data.[name=x]"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="source path metadata.name.0", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "metadata.name.0"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="source path data.-", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "data.-"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="source path data.[x]", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "data.[x]"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="source path structured.list.-", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "structured.list.-"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="source path structured.list.[=y]", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "structured.list.[=y]"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="source path structured.map.[other=1]", resources=RES, kustomization=repl("""
kind: ConfigMap
fieldPath: "structured.map.[other=1]"
""", """
- select:
    kind: Deployment
    name: api
  fieldPaths:
  - metadata.annotations.x
  options:
    create: true
""")),
    dict(name="[=regex] sees long text unfolded and quoted text with its quotes", resources="""
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  args:
  - aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt
  - "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss zzzz"
  - 'single'
""", kustomization=repl("""
kind: ConfigMap
fieldPath: metadata.name
""", """
- select:
    kind: ConfigMap
  fieldPaths:
  - data.args.[=^aaaa.*tttt$]
  - 'data.args.[=^"aaaa.*zzzz"$]'
  - "data.args.[=^'single'$]"
""")),
]
