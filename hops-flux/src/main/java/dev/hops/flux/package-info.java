/**
 * Flux repositories rendered offline: the clusters of a repository, its sources, every Flux
 * Kustomization built as kustomize-controller builds it (generated kustomization, spec fields,
 * post-build substitution, ownership labels), and the dependency graph.
 */
package dev.hops.flux;
