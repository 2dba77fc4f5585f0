package dev.hops.check.rules.refs;

import static dev.hops.check.rules.refs.Listeners.GATEWAY_GROUP;

import dev.hops.check.CheckContext;
import dev.hops.check.CheckContext.Rendered;
import dev.hops.check.Finding;
import dev.hops.check.Rule;
import dev.hops.check.Severity;
import dev.hops.check.rules.Nodes;
import dev.hops.check.rules.Rules;
import dev.hops.yaml.MappingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code parentRefs} of Gateway API routes name a Gateway that exists, a listener it has
 * ({@code sectionName}, {@code port}), and a listener that accepts the route.
 */
public final class RouteParent implements Rule {

  static final List<String> ROUTE_KINDS =
      List.of("HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute", "UDPRoute");

  @Override
  public String id() {
    return "httproute-parent";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "routes attach to a Gateway and listener that exist and accept them";
  }

  @Override
  public String explanation() {
    return "An HTTPRoute (or GRPCRoute, TCPRoute, TLSRoute, UDPRoute) carries traffic only once "
        + "it is attached to a Gateway: each spec.parentRefs entry names the Gateway (namespace "
        + "defaulting to the route's), optionally a listener by sectionName and a port. A route "
        + "whose Gateway or listener does not exist, or whose listener does not accept it (by "
        + "default a listener accepts routes from its own namespace only, and of the kinds of its "
        + "protocol), is silently not served. Fix the name, namespace, sectionName or port, or "
        + "let the listener accept the route (allowedRoutes.namespaces.from: All or a selector).";
  }

  static boolean isRoute(Rendered r) {
    return r.group().equals(GATEWAY_GROUP) && ROUTE_KINDS.contains(r.kind());
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Targets targets = new Targets(context);
    Unresolved unresolved = Unresolved.of(this, context, findings);
    for (Rendered r : context.objects()) {
      if (!isRoute(r)) {
        continue;
      }
      for (MappingNode p : Nodes.mappings(r.object().getMapping("spec"), "parentRefs")) {
        if (!Nodes.text(p, "group", GATEWAY_GROUP).equals(GATEWAY_GROUP)
            || !Nodes.text(p, "kind", "Gateway").equals("Gateway")
            || Nodes.text(p, "name", null) == null) {
          continue; // another kind of parent (a Service for a mesh, a ListenerSet)
        }
        String ns = Nodes.text(p, "namespace", r.namespace());
        String name = Nodes.text(p, "name", null);
        Rendered gw = targets.find(r.cluster(), GATEWAY_GROUP, "Gateway", ns, name);
        if (gw == null) {
          unresolved.missing(
              r,
              p,
              "spec.parentRefs",
              "Gateway/" + ns + "/" + name,
              "does not exist",
              "fix the Gateway's name or namespace (it defaults to the route's, "
                  + r.namespace()
                  + ")",
              unresolved.unknown(r.cluster()));
        } else {
          checkListener(r, p, gw, findings);
        }
      }
    }
    unresolved.flush();
  }

  private void checkListener(
      Rendered route, MappingNode parentRef, Rendered gw, Consumer<Finding> findings) {
    String section = Nodes.text(parentRef, "sectionName", null);
    String port = Nodes.text(parentRef, "port", null);
    List<MappingNode> listeners = Nodes.mappings(gw.object().getMapping("spec"), "listeners");
    List<MappingNode> chosen = new ArrayList<>();
    for (MappingNode l : listeners) {
      if ((section == null || section.equals(Nodes.text(l, "name", "")))
          && (port == null || port.equals(Nodes.text(l, "port", "")))) {
        chosen.add(l);
      }
    }
    String problem = null;
    if (section != null
        && listeners.stream().noneMatch(l -> section.equals(Nodes.text(l, "name", "")))) {
      problem = "which has no listener '" + section + "' (its listeners: " + names(listeners) + ")";
    } else if (chosen.isEmpty() && port != null) {
      problem =
          (section == null
                  ? "which has no listener on port "
                  : "whose listener '" + section + "' is not on port ")
              + port;
    } else if (!chosen.isEmpty()) {
      problem = refusal(chosen, gw, route);
    }
    if (problem != null) {
      findings.accept(
          Finding.of(
              this,
              Rules.position(parentRef, route),
              route.ref(),
              "spec.parentRefs names " + gw.ref() + ", " + problem,
              "fix sectionName or port, or change the Gateway's listener"));
    }
  }

  /** Why none of the listeners accepts the route (the first one's reason), or null. */
  private static String refusal(List<MappingNode> listeners, Rendered gw, Rendered route) {
    String first = null;
    for (MappingNode l : listeners) {
      String why = Listeners.refusal(l, gw, route.kind(), route.namespace());
      if (why == null) {
        return null;
      }
      if (first == null) {
        first = "'" + Nodes.text(l, "name", "") + "' " + why;
      }
    }
    return listeners.size() == 1
        ? "whose listener " + first
        : "none of whose listeners accepts it (listener " + first + ")";
  }

  private static String names(List<MappingNode> listeners) {
    List<String> out = new ArrayList<>();
    for (MappingNode l : listeners) {
      out.add(Nodes.text(l, "name", "?"));
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }
}
