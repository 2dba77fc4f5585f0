/**
 * Helm charts rendered with Helm's own engine: {@link dev.hops.helm.HelmEngine} (helm-java's native
 * Helm library, loaded once) and {@link dev.hops.helm.ChartRenderer} (a chart folder and merged
 * values in, the release's objects out).
 */
package dev.hops.helm;
