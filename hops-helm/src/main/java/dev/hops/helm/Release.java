package dev.hops.helm;

/**
 * What Helm needs to know of a release besides its chart and values: its name, its namespace and
 * the Kubernetes version the chart's capabilities report (null: Helm's default).
 */
public record Release(String name, String namespace, String kubeVersion) {}
