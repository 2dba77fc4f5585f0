package dev.hops.flux.internal.subst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hops.flux.FluxException;
import dev.hops.flux.internal.subst.Substitution.Options;
import dev.hops.flux.internal.subst.Substitution.Strategy;
import dev.hops.kustomize.Kustomizer;
import dev.hops.kustomize.MemoryTree;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.YamlReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * fluxcd/pkg kustomize/kustomize_varsub_test.go with its testdata: the resources are built with
 * Hops' kustomize, the ConfigMaps and Secrets of the envtest cluster are given as found objects,
 * and the expectations are the Go test's (kustomization_varsub_expected.yaml and its assertions).
 */
class FluxVarsubTest {

  private static List<MappingNode> build(String kustomization, Map<String, String> files) {
    MemoryTree tree = new MemoryTree().put("dir/kustomization.yml", kustomization);
    files.forEach((name, text) -> tree.put("dir/" + name, text));
    return Kustomizer.builder().build().build(tree, "dir").nodes();
  }

  private static MappingNode object(String yaml) {
    return (MappingNode) YamlReader.withDefaults().readDocument(yaml, "cluster.yaml");
  }

  private static MappingNode byKind(List<MappingNode> nodes, String kind) {
    return nodes.stream().filter(n -> kind.equals(n.getString("kind"))).findFirst().orElseThrow();
  }

  // testdata/configmap.yaml, as it is in the cluster
  private static final String APP_VARS =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: app-vars
        namespace: apps
      data:
        prometheus_scrape: '"true"'
        prometheus_port: '"9797"'
        image: "nginx:1.21.4"
      """;

  // testdata/kustomization_varsub.yaml: postBuild.substitute (substituteFrom app-vars)
  private static Variables varsubVariables() {
    Map<String, String> inline = new LinkedHashMap<>();
    inline.put("cluster_env", "prod");
    inline.put("cluster_region", "eu-central-1");
    return Variables.collect(List.of(VariableSource.of(object(APP_VARS), null)), inline);
  }

  @Test
  void varsub() {
    List<MappingNode> built =
        build(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: apps
            resources:
            - ./deployment.yaml
            - ./config.yaml
            """,
            Map.of(
                "deployment.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                  namespace: apps
                  labels:
                    environment: ${cluster_env:=dev}
                    region: ${cluster_region}
                spec:
                  selector:
                    matchLabels:
                      app: app
                  template:
                    metadata:
                      annotations:
                        prometheus.io/scrape: ${prometheus_scrape:=false}
                        prometheus.io/port: ${prometheus_port}
                      labels:
                        app: app
                    spec:
                      containers:
                      - name: nginx
                        image: ${image}
                        imagePullPolicy: IfNotPresent
                        resources:
                          limits:
                            cpu: 2000m
                            memory: 512Mi
                          requests:
                            cpu: 100m
                            memory: 64Mi
                """,
                "config.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  labels:
                    kustomize.toolkit.fluxcd.io/substitute: disabled
                    environment: ${cluster_env:=dev}
                    region: ${cluster_region}
                  name: app-vars
                  namespace: apps
                data:
                  prometheus_scrape: ${prometheus_scrape:=false}
                  prometheus_port: ${prometheus_port}
                  image: ${image}
                """));
    Variables vars = varsubVariables();
    MappingNode deployment =
        Substitution.apply(byKind(built, "Deployment"), vars, Options.controller());
    MappingNode config = byKind(built, "ConfigMap");
    assertThat(Substitution.apply(config, vars, Options.controller())).isSameAs(config);

    // kustomization_varsub_expected.yaml (fluxcd/pkg's Build keeps the resources' order)
    assertThat(KustomizeYaml.toYaml(List.of(deployment, config)))
        .isEqualTo(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              labels:
                environment: prod
                region: eu-central-1
              name: app
              namespace: apps
            spec:
              selector:
                matchLabels:
                  app: app
              template:
                metadata:
                  annotations:
                    prometheus.io/port: "9797"
                    prometheus.io/scrape: "true"
                  labels:
                    app: app
                spec:
                  containers:
                  - image: nginx:1.21.4
                    imagePullPolicy: IfNotPresent
                    name: nginx
                    resources:
                      limits:
                        cpu: 2000m
                        memory: 512Mi
                      requests:
                        cpu: 100m
                        memory: 64Mi
            ---
            apiVersion: v1
            data:
              image: ${image}
              prometheus_port: ${prometheus_port}
              prometheus_scrape: ${prometheus_scrape:=false}
            kind: ConfigMap
            metadata:
              labels:
                environment: ${cluster_env:=dev}
                kustomize.toolkit.fluxcd.io/substitute: disabled
                region: ${cluster_region}
              name: app-vars
              namespace: apps
            """);
  }

  private static MappingNode strictConfig() {
    return build(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: apps
            resources:
            - ./config.yaml
            """,
            Map.of(
                "config.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  labels:
                    environment: ${cluster_env:=dev}
                    region: ${cluster_region}
                  name: app-vars-strict
                  namespace: apps
                data:
                  missing: ${missing}
                """))
        .getFirst();
  }

  @Test
  void varsubStrict() {
    assertThatThrownBy(
            () ->
                Substitution.apply(
                    strictConfig(), varsubVariables(), new Options(true, Strategy.WITH_VARIABLES)))
        .isInstanceOf(FluxException.class)
        .hasMessageContaining("variable not set");
    Substitution.apply(
        strictConfig(), varsubVariables(), new Options(false, Strategy.WITH_VARIABLES));
  }

  private static MappingNode alwaysConfig() {
    return build(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: apps
            resources:
            - ./config.yaml
            """,
            Map.of(
                "config.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  labels:
                    environment: ${cluster_env:=dev}
                  name: app-vars-always
                  namespace: apps
                data:
                  region: ${cluster_region:=eu-central-1}
                """))
        .getFirst();
  }

  @Test
  void alwaysDisabledLeavesDefaults() {
    // kustomization_varsub_novars.yaml: no postBuild variables at all
    MappingNode out =
        Substitution.apply(alwaysConfig(), Variables.collect(List.of(), null), Options.fluxCli());
    String yaml = KustomizeYaml.toYaml(out);
    assertThat(yaml).contains("${cluster_env:=dev}").contains("${cluster_region:=eu-central-1}");
  }

  @Test
  void alwaysEnabledSubstitutesDefaults() {
    MappingNode out =
        Substitution.apply(
            alwaysConfig(),
            Variables.collect(List.of(), null),
            Options.fluxCli().withStrategy(Strategy.ALWAYS));
    String yaml = KustomizeYaml.toYaml(out);
    assertThat(yaml)
        .doesNotContain("${")
        .contains("environment: dev")
        .contains("region: eu-central-1");
  }

  private static MappingNode strictEmptyConfig() {
    return build(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: apps
            resources:
            - ./config.yaml
            """,
            Map.of(
                "config.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  labels:
                    from-inline: "${empty_inline}"
                    from-configmap: "${empty_cm}"
                    from-secret: "${empty_secret}"
                  name: app-vars-strict-empty
                  namespace: apps
                """))
        .getFirst();
  }

  @Test
  void strictEmptyValues() {
    Variables vars =
        Variables.collect(
            List.of(
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: app-vars-empty
                          namespace: apps
                        data:
                          empty_cm: ""
                        """),
                    null),
                VariableSource.of(
                    object(
                        """
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: app-vars-empty
                          namespace: apps
                        stringData:
                          empty_secret: ""
                        """),
                    null)),
            Map.of("empty_inline", ""),
            true);
    MappingNode out =
        Substitution.apply(strictEmptyConfig(), vars, new Options(true, Strategy.WITH_VARIABLES));
    String yaml = KustomizeYaml.toYaml(out);
    assertThat(yaml)
        .doesNotContain("${")
        .contains("from-inline: null")
        .contains("from-configmap: null")
        .contains("from-secret: null");

    // the same as non-strict with the variables omitted (kustomization_varsub_dummy.yaml)
    MappingNode omitted =
        Substitution.apply(
            strictEmptyConfig(), Variables.of(Map.of("dummy", "unused")), Options.fluxCli());
    assertThat(KustomizeYaml.toYaml(omitted)).isEqualTo(yaml);
  }
}
