package dev.hops.check.rules.refs;

import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.rules.Nodes;
import dev.hops.yaml.MappingNode;
import java.util.List;
import java.util.Map;

/**
 * Which listeners of a Gateway accept a route (Gateway API: {@code allowedRoutes.namespaces.from}
 * defaults to {@code Same}; {@code allowedRoutes.kinds} defaults to the kinds of the listener's
 * protocol).
 */
final class Listeners {

  static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

  /** The route kinds each core protocol takes when a listener does not list kinds. */
  private static final Map<String, List<String>> KINDS_BY_PROTOCOL =
      Map.of(
          "HTTP", List.of("HTTPRoute", "GRPCRoute"),
          "HTTPS", List.of("HTTPRoute", "GRPCRoute"),
          "TLS", List.of("TLSRoute", "TCPRoute"),
          "TCP", List.of("TCPRoute"),
          "UDP", List.of("UDPRoute"));

  private Listeners() {}

  /**
   * Why the listener does not accept a route of this kind from this namespace, or null when it does
   * (or when that depends on what Hops cannot see: a namespace selector).
   */
  static String refusal(
      MappingNode listener, Rendered gateway, String routeKind, String routeNamespace) {
    MappingNode allowed = listener.getMapping("allowedRoutes");
    String from = Nodes.text(Nodes.mapping(allowed, "namespaces"), "from", "Same");
    if (from.equals("Same") && !routeNamespace.equals(gateway.namespace())) {
      return "accepts routes only from its own namespace "
          + gateway.namespace()
          + " (allowedRoutes.namespaces.from: Same)";
    }
    List<MappingNode> kinds = Nodes.mappings(allowed, "kinds");
    if (!kinds.isEmpty()) {
      for (MappingNode k : kinds) {
        if (Nodes.text(k, "kind", "").equals(routeKind)
            && Nodes.text(k, "group", GATEWAY_GROUP).equals(GATEWAY_GROUP)) {
          return null;
        }
      }
      return "does not list " + routeKind + " in allowedRoutes.kinds";
    }
    String protocol = Nodes.text(listener, "protocol", "");
    List<String> byProtocol = KINDS_BY_PROTOCOL.get(protocol);
    if (byProtocol != null && !byProtocol.contains(routeKind)) {
      return "speaks " + protocol + ", which takes " + String.join(" or ", byProtocol) + " only";
    }
    return null;
  }
}
