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
 * The {@code backendRefs} of Gateway API routes name a Service that exists, with the port used; a
 * Service of another namespace needs a ReferenceGrant there.
 */
public final class RouteBackend implements Rule {

  @Override
  public String id() {
    return "httproute-backend";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "route backendRefs name a Service and port that exist (and may be used)";
  }

  @Override
  public String explanation() {
    return "Each spec.rules[].backendRefs entry of an HTTPRoute (or GRPCRoute, TCPRoute, TLSRoute,"
        + " UDPRoute) sends traffic to a Service (group \"\", kind Service by default; namespace "
        + "defaulting to the route's) on one of its ports. A Service that does not exist, a port "
        + "it does not have, or a Service of another namespace without a ReferenceGrant there "
        + "that allows the route's kind and namespace, leaves the route without a backend: "
        + "requests fail with 500. The port is the Service's port number: not the container's, and "
        + "not a port's name (the API server rejects a name). Fix the name, namespace or port, or "
        + "add the ReferenceGrant in the Service's namespace.";
  }

  @Override
  public void check(CheckContext context, Consumer<Finding> findings) {
    Targets targets = new Targets(context);
    Producers producers = new Producers(context);
    Unresolved unresolved = Unresolved.of(this, context, findings);
    for (Rendered r : context.objects()) {
      if (!RouteParent.isRoute(r)) {
        continue;
      }
      for (MappingNode rule : Nodes.mappings(r.object().getMapping("spec"), "rules")) {
        for (MappingNode b : Nodes.mappings(rule, "backendRefs")) {
          if (Nodes.text(b, "group", "").isEmpty()
              && Nodes.text(b, "kind", "Service").equals("Service")
              && Nodes.text(b, "name", null) != null) {
            check(r, b, targets, producers, unresolved, findings);
          }
        }
      }
    }
    unresolved.flush();
  }

  private void check(
      Rendered r,
      MappingNode backend,
      Targets targets,
      Producers producers,
      Unresolved unresolved,
      Consumer<Finding> findings) {
    String ns = Nodes.text(backend, "namespace", r.namespace());
    String name = Nodes.text(backend, "name", null);
    String target = "Service/" + ns + "/" + name;
    Rendered svc = targets.find(r.cluster(), "", "Service", ns, name);
    String field = "spec.rules[].backendRefs";
    boolean made = svc == null && producers.producer(r.cluster(), "Service", ns, name) != null;
    if (svc == null && !made) {
      unresolved.missing(
          r,
          backend,
          field,
          target,
          "does not exist",
          "fix the Service's name or namespace (it defaults to the route's, " + r.namespace() + ")",
          unresolved.unknown(r.cluster()));
      return;
    }
    if (!ns.equals(r.namespace()) && !granted(targets, r, ns, name)) {
      unresolved.report(
          r,
          backend,
          field,
          "names " + target + " of another namespace",
          "no ReferenceGrant of "
              + ns
              + " allows "
              + r.kind()
              + "s of "
              + r.namespace()
              + " to use",
          "no ReferenceGrant in the render allows "
              + r.kind()
              + "s of "
              + r.namespace()
              + " to use",
          "add a ReferenceGrant in "
              + ns
              + " from "
              + r.kind()
              + " of "
              + r.namespace()
              + " to the Service",
          unresolved.unknown(r.cluster()));
    }
    PortProblem problem = made ? null : portProblem(backend, svc, r.fromChart()); // made: unknown
    if (problem != null) {
      findings.accept(
          Finding.of(
              this,
              Rules.position(backend, r),
              r.ref(),
              field + " names " + target + ", " + problem.message(),
              problem.hint()));
    }
  }

  /** Why a backendRef's port does not fit its Service, and how to fix it. */
  private record PortProblem(String message, String hint) {
    static final String USE_A_PORT = "use one of the Service's ports (spec.ports[].port)";
  }

  /** Why the backendRef's port does not fit the Service, or null. */
  private static PortProblem portProblem(MappingNode backend, Rendered svc, boolean fromChart) {
    MappingNode spec = svc.object().getMapping("spec");
    if ("ExternalName".equals(Nodes.text(spec, "type", ""))) {
      return null;
    }
    String port = Nodes.text(backend, "port", null);
    List<String> ports = new ArrayList<>();
    String named = null; // the number of the Service's port named like the backendRef's port
    for (MappingNode p : Nodes.mappings(spec, "ports")) {
      ports.add(Nodes.text(p, "port", "?"));
      if (port != null && port.equals(Nodes.text(p, "name", null))) {
        named = Nodes.text(p, "port", "?");
      }
    }
    if (port == null) {
      return new PortProblem(
          "but gives no port: a Service backend needs one (" + listed(ports) + ")",
          PortProblem.USE_A_PORT);
    }
    if (named != null) {
      // Gateway API's port is a number: the API server rejects a name
      return new PortProblem(
          "with port '" + port + "', a name: backendRefs take the port number (" + named + ")",
          fromChart
              ? "give the chart port "
                  + named
                  + ", or use a chart version that turns names into"
                  + " numbers"
              : "write port: " + named);
    }
    return ports.contains(port)
        ? null
        : new PortProblem(
            "which has no port " + port + " (" + listed(ports) + ")", PortProblem.USE_A_PORT);
  }

  private static String listed(List<String> ports) {
    return ports.isEmpty() ? "it has no ports" : "its ports: " + String.join(", ", ports);
  }

  /**
   * True when a ReferenceGrant of {@code ns} lets the route's kind and namespace use the Service.
   */
  private static boolean granted(Targets targets, Rendered route, String ns, String service) {
    for (Rendered g : targets.ofKind(route.cluster(), GATEWAY_GROUP, "ReferenceGrant")) {
      if (!g.namespace().equals(ns)) {
        continue;
      }
      MappingNode spec = g.object().getMapping("spec");
      boolean from =
          Nodes.mappings(spec, "from").stream()
              .anyMatch(
                  f ->
                      Nodes.text(f, "group", "").equals(GATEWAY_GROUP)
                          && Nodes.text(f, "kind", "").equals(route.kind())
                          && Nodes.text(f, "namespace", "").equals(route.namespace()));
      boolean to =
          Nodes.mappings(spec, "to").stream()
              .anyMatch(
                  t ->
                      Nodes.text(t, "group", "").isEmpty()
                          && Nodes.text(t, "kind", "").equals("Service")
                          && Nodes.text(t, "name", service).equals(service));
      if (from && to) {
        return true;
      }
    }
    return false;
  }
}
