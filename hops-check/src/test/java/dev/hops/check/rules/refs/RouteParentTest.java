package dev.hops.check.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hops.check.Finding;
import dev.hops.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteParentTest {

  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata:
        name: internal
        namespace: network
      spec:
        gatewayClassName: envoy
        listeners:
          - name: http
            protocol: HTTP
            port: 80
          - name: https
            protocol: HTTPS
            port: 443
            allowedRoutes:
              namespaces:
                from: All
          - name: tls
            protocol: TLS
            port: 8443
            allowedRoutes:
              namespaces:
                from: All
      ---
      """;

  private static List<Finding> check(String parentRef) {
    return RefRepo.check(
        "httproute-parent",
        GATEWAY
            + """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: apps
            spec:
              parentRefs:
            """
            + parentRef);
  }

  @Test
  void aListenerThatAcceptsTheRouteIsFine() {
    assertThat(check("    - name: internal\n      namespace: network\n      sectionName: https\n"))
        .isEmpty();
    assertThat(check("    - name: internal\n      namespace: network\n      port: 443\n"))
        .isEmpty();
    assertThat(check("    - name: internal\n      namespace: network\n")).isEmpty();
  }

  @Test
  void aMissingGatewayIsAnErrorAtTheParentRef() {
    List<Finding> f = check("    - name: external\n      namespace: network\n");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.pos().file()).isEqualTo("clusters/home/apps.yaml");
              assertThat(x.pos().line()).isEqualTo(32);
              assertThat(x.object()).isEqualTo("HTTPRoute/apps/web");
              assertThat(x.message())
                  .isEqualTo(
                      "spec.parentRefs names Gateway/network/external, which does not exist");
            });
  }

  @Test
  void theNamespaceDefaultsToTheRoutes() {
    assertThat(check("    - name: internal\n"))
        .extracting(Finding::message)
        .containsExactly("spec.parentRefs names Gateway/apps/internal, which does not exist");
  }

  @Test
  void aSectionOrPortTheGatewayDoesNotHaveIsAnError() {
    assertThat(check("    - name: internal\n      namespace: network\n      sectionName: web\n"))
        .extracting(Finding::message)
        .containsExactly(
            "spec.parentRefs names Gateway/network/internal, which has no listener 'web' (its"
                + " listeners: http, https, tls)");
    assertThat(
            check(
                "    - name: internal\n      namespace: network\n      sectionName: https\n"
                    + "      port: 80\n"))
        .extracting(Finding::message)
        .containsExactly(
            "spec.parentRefs names Gateway/network/internal, whose listener 'https' is not on"
                + " port 80");
  }

  @Test
  void aListenerThatRefusesTheRouteIsAnError() {
    assertThat(check("    - name: internal\n      namespace: network\n      sectionName: http\n"))
        .extracting(Finding::message)
        .containsExactly(
            "spec.parentRefs names Gateway/network/internal, whose listener 'http' accepts routes"
                + " only from its own namespace network (allowedRoutes.namespaces.from: Same)");
    assertThat(check("    - name: internal\n      namespace: network\n      sectionName: tls\n"))
        .extracting(Finding::message)
        .containsExactly(
            "spec.parentRefs names Gateway/network/internal, whose listener 'tls' speaks TLS,"
                + " which takes TLSRoute or TCPRoute only");
  }

  @Test
  void whenTheRenderIsIncompleteAMissingGatewayIsAWarning() {
    List<Finding> f =
        RefRepo.check(
            "httproute-parent",
            RefRepo.FAILING
                + """
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata:
                  name: api
                  namespace: apps
                spec:
                  parentRefs:
                    - name: external
                      namespace: network
                """);
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(f.getFirst().message()).contains("which is not in the render; it may be among");
  }
}
