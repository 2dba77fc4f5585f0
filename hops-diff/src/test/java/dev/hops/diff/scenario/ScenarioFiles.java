package dev.hops.diff.scenario;

/**
 * The files of the scenario's Flux repository (in the folder {@code kubernetes} of the Git
 * repository, Flux paths from the Git root), as text blocks. Each step of {@link FluxScenario}
 * rewrites some of them.
 */
final class ScenarioFiles {

  private ScenarioFiles() {}

  static final String GOTK_SYNC =
      """
      apiVersion: source.toolkit.fluxcd.io/v1
      kind: GitRepository
      metadata:
        name: flux-system
        namespace: flux-system
      spec:
        interval: 1m
        url: ssh://git@example.com/home-ops
        ref:
          branch: main
      ---
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: flux-system
        namespace: flux-system
      spec:
        interval: 10m
        path: ./kubernetes/clusters/home
        prune: true
        sourceRef:
          kind: GitRepository
          name: flux-system
      """;

  /** The Flux Kustomization of one app, {@code kubernetes/apps/<name>}. */
  static String appKustomization(String name) {
    return """
        ---
        apiVersion: kustomize.toolkit.fluxcd.io/v1
        kind: Kustomization
        metadata:
          name: %s
          namespace: flux-system
        spec:
          interval: 10m
          path: ./kubernetes/apps/%s
          prune: true
          sourceRef:
            kind: GitRepository
            name: flux-system
        """
        .formatted(name, name);
  }

  /** The shared component: an annotation on every object of the apps that use it. */
  static String teamComponent(String team) {
    return """
        apiVersion: kustomize.config.k8s.io/v1alpha1
        kind: Component
        commonAnnotations:
          example.com/team: %s
        """
        .formatted(team);
  }

  static String webKustomization(boolean withService) {
    return """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: web
        resources:
          - namespace.yaml
          - deployment.yaml
        %scomponents:
          - ../../components/team
        """
        .formatted(withService ? "  - service.yaml\n" : "");
  }

  static String namespace(String name) {
    return "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: " + name + "\n";
  }

  static String deployment(String name, String image) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %1$s
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: %1$s
          template:
            metadata:
              labels:
                app: %1$s
            spec:
              containers:
                - name: %1$s
                  image: %2$s
                  ports:
                    - name: http
                      containerPort: 8080
        """
        .formatted(name, image);
  }

  static final String WEB_SERVICE =
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
          - name: http
            port: 80
            targetPort: http
      """;

  static String apiKustomization(String settingsFile, boolean extra) {
    return """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: api
        resources:
          - namespace.yaml
          - deployment.yaml
          - %s
          - secret.yaml
        %scomponents:
          - ../../components/team
        """
        .formatted(settingsFile, extra ? "  - extra.yaml\n" : "");
  }

  static String apiSettings(String name) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
        data:
          LOG_LEVEL: info
          LISTEN: ":8080"
        """
        .formatted(name);
  }

  static final String API_EXTRA =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: api-extra
      data:
        FEATURE_FLAGS: search,export
      """;

  static String apiSecret(String password) {
    return """
        apiVersion: v1
        kind: Secret
        metadata:
          name: api-credentials
        type: Opaque
        stringData:
          username: api
          password: %s
        """
        .formatted(password);
  }

  static final String HELLO_KUSTOMIZATION =
      """
      apiVersion: kustomize.config.k8s.io/v1beta1
      kind: Kustomization
      resources:
        - release.yaml
      """;

  static final String HELLO_RELEASE =
      """
      apiVersion: helm.toolkit.fluxcd.io/v2
      kind: HelmRelease
      metadata:
        name: hello
        namespace: default
      spec:
        interval: 10m
        chart:
          spec:
            chart: ./kubernetes/charts/hello
            sourceRef:
              kind: GitRepository
              name: flux-system
              namespace: flux-system
        values:
          greeting: hi
      """;

  static String chartYaml(String version) {
    return "apiVersion: v2\nname: hello\nversion: " + version + "\n";
  }

  static String chartTemplate(boolean farewell) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ .Release.Name }}
          namespace: {{ .Release.Namespace }}
        data:
          greeting: {{ .Values.greeting }}
          chart: {{ .Chart.Name }}-{{ .Chart.Version }}
        %s"""
        .formatted(farewell ? "  farewell: bye\n" : "");
  }
}
