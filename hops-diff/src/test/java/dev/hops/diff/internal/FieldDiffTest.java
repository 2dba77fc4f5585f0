package dev.hops.diff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.diff.FieldChange;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field-level diff of two versions of one object, inline YAML in, field changes out. */
class FieldDiffTest {

  static MappingNode yaml(String text) {
    return YamlReader.withDefaults().readDocument(text, "test.yaml").asMapping();
  }

  static List<String> diff(String base, String head) {
    return FieldDiff.between(yaml(base), yaml(head)).stream().map(FieldDiffTest::line).toList();
  }

  static String line(FieldChange f) {
    return f.path() + ": " + f.before() + " -> " + f.after();
  }

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: default
        labels:
          app.kubernetes.io/name: web
      spec:
        replicas: 1
        template:
          spec:
            containers:
            - name: app
              image: nginx:1.27
              args: [--port=8080, --verbose]
              env:
              - name: LOG
                value: info
              - name: MODE
                value: "1"
              ports:
              - containerPort: 8080
                name: http
            - name: sidecar
              image: envoy:1.30
      """;

  @Test
  void sameContentWrittenDifferentlyIsNoChange() {
    String reordered =
        """
        kind: Deployment
        apiVersion: apps/v1
        metadata: {namespace: default, name: web, labels: {"app.kubernetes.io/name": 'web'}}
        spec:
          template:
            spec:
              containers:
              - image: "nginx:1.27"
                name: app
                args:
                - --port=8080
                - --verbose
                env: [{value: info, name: LOG}, {name: MODE, value: '1'}]
                ports: [{name: http, containerPort: 0x1F90}]
              - {name: sidecar, image: envoy:1.30}
          replicas: 1
        """;
    assertThat(diff(DEPLOYMENT, reordered)).isEmpty();
  }

  @Test
  void scalarsAreComparedAsTypedValues() {
    assertThat(
            diff(
                "kind: ConfigMap\napiVersion: v1\ndata: {a: x, b: ~}\nspec: {n: 1, m: true}\n",
                "kind: ConfigMap\napiVersion: v1\ndata: {a: x, b: null}\n"
                    + "spec: {n: \"1\", m: \"true\"}\n"))
        .containsExactly("spec.n: 1 -> \"1\"", "spec.m: true -> \"true\"");
  }

  @Test
  void mapKeysAddedRemovedAndChangedInDocumentOrder() {
    assertThat(
            diff(
                "kind: X\nmetadata: {name: a, labels: {one: '1', two: '2', three: '3'}}\n",
                "kind: X\nmetadata: {name: a, labels: {zero: '0', one: '1', three: '33'}}\n"))
        .containsExactly(
            "metadata.labels.zero: null -> \"0\"",
            "metadata.labels.two: \"2\" -> null",
            "metadata.labels.three: \"3\" -> \"33\"");
  }

  @Test
  void keysThatAreNotWordsAreQuotedInThePath() {
    assertThat(
            diff(
                "kind: ConfigMap\nmetadata: {labels: {app.kubernetes.io/name: web}}\n"
                    + "data: {app.conf: 'a: b'}\n",
                "kind: ConfigMap\nmetadata: {labels: {app.kubernetes.io/name: api}}\n"
                    + "data: {app.conf: 'a: c'}\n"))
        .containsExactly(
            "metadata.labels[\"app.kubernetes.io/name\"]: web -> api",
            "data[\"app.conf\"]: \"a: b\" -> \"a: c\"");
  }

  @Test
  void containersAndEnvAreMatchedByName() {
    String head =
        DEPLOYMENT
            .replace("value: info", "value: debug")
            .replace("image: nginx:1.27", "image: nginx:1.28")
            .replace(
                "        - name: MODE\n          value: \"1\"\n",
                "        - name: NEW\n          value: x\n        - name: MODE\n"
                    + "          value: \"1\"\n");
    // the sidecar moves before the app container: a reorder alone is no change
    head =
        head.replace("      - name: sidecar\n        image: envoy:1.30\n", "")
            .replace(
                "      containers:\n",
                "      containers:\n      - name: sidecar\n        image: envoy:1.30\n");
    assertThat(diff(DEPLOYMENT, head))
        .containsExactly(
            "spec.template.spec.containers[name=app].image: nginx:1.27 -> nginx:1.28",
            "spec.template.spec.containers[name=app].env[name=LOG].value: info -> debug",
            "spec.template.spec.containers[name=app].env[name=NEW]: null -> {name: NEW, value: x}");
  }

  @Test
  void aContainerAddedAndOneRemoved() {
    String head =
        DEPLOYMENT.replace(
            "      - name: sidecar\n        image: envoy:1.30\n",
            "      - name: proxy\n        image: envoy:1.31\n");
    assertThat(diff(DEPLOYMENT, head))
        .containsExactly(
            "spec.template.spec.containers[name=proxy]: null -> {name: proxy, image: envoy:1.31}",
            "spec.template.spec.containers[name=sidecar]: {name: sidecar, image: envoy:1.30} -> null");
  }

  @Test
  void containerPortsByContainerPortAndServicePortsByPort() {
    String head =
        DEPLOYMENT.replace(
            "        - containerPort: 8080\n          name: http\n",
            "        - containerPort: 9090\n          name: metrics\n"
                + "        - containerPort: 8080\n          name: web\n");
    assertThat(diff(DEPLOYMENT, head))
        .containsExactly(
            "spec.template.spec.containers[name=app].ports[containerPort=9090]:"
                + " null -> {containerPort: 9090, name: metrics}",
            "spec.template.spec.containers[name=app].ports[containerPort=8080].name: http -> web");
    String service =
        """
        apiVersion: v1
        kind: Service
        spec:
          ports:
          - {port: 80, targetPort: http}
          - {port: 443, targetPort: https}
        """;
    assertThat(diff(service, service.replace("- {port: 80, targetPort: http}\n  ", "")))
        .containsExactly("spec.ports[port=80]: {port: 80, targetPort: http} -> null");
  }

  @Test
  void portsWithOneNumberForTwoProtocolsAreKeyedByBoth() {
    String base =
        """
        apiVersion: v1
        kind: Service
        spec:
          ports:
          - {port: 53, protocol: UDP, name: dns}
          - {port: 53, protocol: TCP, name: dns-tcp}
        """;
    assertThat(diff(base, base.replace("name: dns}", "name: domain}")))
        .containsExactly("spec.ports[port=53,protocol=UDP].name: dns -> domain");
  }

  @Test
  void otherListsGoByPositionAlignedOnEqualItems() {
    String head = DEPLOYMENT.replace("[--port=8080, --verbose]", "[--port=8080, --tls, --verbose]");
    assertThat(diff(DEPLOYMENT, head))
        .containsExactly("spec.template.spec.containers[name=app].args[1]: null -> --tls");
    String changed = DEPLOYMENT.replace("[--port=8080, --verbose]", "[--port=9090, --verbose]");
    assertThat(diff(DEPLOYMENT, changed))
        .containsExactly(
            "spec.template.spec.containers[name=app].args[0]: --port=8080 -> --port=9090");
    String removed = DEPLOYMENT.replace("[--port=8080, --verbose]", "[--verbose]");
    assertThat(diff(DEPLOYMENT, removed))
        .containsExactly("spec.template.spec.containers[name=app].args[0]: --port=8080 -> null");
  }

  @Test
  void ingressRulesHaveNoKeyAndGoByPosition() {
    String base =
        """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        spec:
          rules:
          - host: a.example.com
          - host: b.example.com
        """;
    assertThat(diff(base, base.replace("b.example.com", "c.example.com")))
        .containsExactly("spec.rules[1].host: b.example.com -> c.example.com");
  }

  @Test
  void customKindsHaveNoListKeys() {
    String base =
        """
        apiVersion: example.com/v1
        kind: Widget
        spec:
          containers:
          - {name: a, image: x}
          - {name: b, image: y}
        """;
    // by position: the reorder is a change of both items
    assertThat(diff(base, base.replace("{name: a, image: x}", "{name: c, image: x}")))
        .containsExactly("spec.containers[0].name: a -> c");
  }

  @Test
  void aChangedTypeOfValueShowsBothValues() {
    assertThat(diff("kind: X\nspec: {a: [1, 2]}\n", "kind: X\nspec: {a: {b: 1}}\n"))
        .containsExactly("spec.a: [1, 2] -> {b: 1}");
  }

  @Test
  void stringsAreQuotedOnlyWhenPlainTextWouldReadOtherwise() {
    assertThat(
            diff(
                "kind: X\nspec: {a: x, b: x, c: x, d: x, e: x}\n",
                "kind: X\nspec: {a: 'yes', b: '', c: \"two\\nlines\", d: 'a, b', e: '-x'}\n"))
        .containsExactly(
            "spec.a: x -> \"yes\"",
            "spec.b: x -> \"\"",
            "spec.c: x -> \"two\\nlines\"",
            "spec.d: x -> \"a, b\"",
            "spec.e: x -> -x");
  }
}
