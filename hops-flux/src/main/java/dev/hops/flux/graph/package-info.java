/**
 * The dependency graph of a rendered cluster: its Flux Kustomizations and HelmReleases, their
 * {@code dependsOn}, what is wrong with them ({@link dev.hops.flux.graph.Finding}), and the order
 * Flux would reconcile them in (waves).
 *
 * <pre>{@code
 * RenderResult result = FluxRenderer.builder().build().render(tree, "home");
 * for (DependencyGraph g : DependencyGraph.of(result)) {
 *   g.findings().forEach(f -> System.err.println(f.format()));
 *   g.waves().forEach(wave -> System.out.println(wave.stream().map(GraphNode::ref).toList()));
 * }
 * }</pre>
 */
package dev.hops.flux.graph;
