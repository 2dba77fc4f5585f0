package dev.hops.check.rules;

import static dev.hops.check.CheckTesting.of;
import static dev.hops.check.rules.HouseTesting.check;
import static dev.hops.check.rules.HouseTesting.repo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hops.check.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternalGatewayTest {

  private static String route(String name, String annotations, String gateway) {
    return """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: %s
          namespace: default
          annotations: {%s}
        spec:
          parentRefs:
            - name: %s
              namespace: network
              sectionName: https
          rules:
            - backendRefs:
                - name: %s
                  port: 80
        """
        .formatted(name, annotations, gateway, name);
  }

  private static final String REDIRECT =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: https-redirect
        namespace: network
      spec:
        parentRefs:
          - name: envoy-external
            sectionName: http
        rules:
          - filters:
              - type: RequestRedirect
                requestRedirect:
                  scheme: https
      """;

  private static final String ROUTES =
      String.join(
          "---\n",
          route("web", "", "envoy-external"),
          route("webhook", "hops.dev/public: \"true\"", "envoy-external"),
          route("grafana", "", "envoy-internal"),
          route("shop", "example.com/internet: \"true\"", "edge"),
          REDIRECT);

  @Test
  void aRouteOnTheExternalGatewayWithoutThePublicAnnotationIsFoundAtItsParentRef() {
    List<Finding> f =
        of(check(repo().put("clusters/home/routes.yaml", ROUTES), null), "internal-gateway");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.pos().file()).isEqualTo("clusters/home/routes.yaml");
              assertThat(x.pos().line()).isEqualTo(9);
              assertThat(x.object()).isEqualTo("HTTPRoute/default/web");
              assertThat(x.message())
                  .isEqualTo(
                      "attaches to external Gateway network/envoy-external without"
                          + " hops.dev/public: true");
            });
  }

  @Test
  void optionsNameTheExternalGatewaysAndTheAnnotation() {
    String options =
        """
        rules:
          internal-gateway:
            options:
              externalGateways: [network/edge, envoy-external]
              publicAnnotation: example.com/internet
        """;
    List<Finding> f =
        of(check(repo().put("clusters/home/routes.yaml", ROUTES), options), "internal-gateway");
    assertThat(f)
        .extracting(x -> x.pos().line(), Finding::object)
        .containsExactly(tuple(9, "HTTPRoute/default/web"), tuple(25, "HTTPRoute/default/webhook"));
  }

  @Test
  void internalRoutesMarkedPublicRoutesAndRedirectsAreClean() {
    String clean =
        String.join(
            "---\n",
            route("webhook", "hops.dev/public: \"true\"", "envoy-external"),
            route("grafana", "", "envoy-internal"),
            REDIRECT);
    List<Finding> all = check(repo().put("clusters/home/routes.yaml", clean), null);
    assertThat(of(all, "internal-gateway")).isEmpty();
    assertThat(of(all, "renders")).isEmpty();
  }
}
