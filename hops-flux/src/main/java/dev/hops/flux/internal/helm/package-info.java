/**
 * HelmReleases rendered as helm-controller renders them: {@link
 * dev.hops.flux.internal.helm.ReleaseRenderer} takes a cluster's rendered HelmReleases, {@link
 * dev.hops.flux.internal.helm.ChartLocator} finds each chart (Git artifact folders, OCIRepository
 * and HelmRepository charts through hops-helm's chart cache, HelmCharts, mapped sources), {@link
 * dev.hops.flux.internal.helm.ReleaseValues} merges the values as fluxcd/pkg's {@code
 * ChartValuesFromReferences} does, and {@link dev.hops.flux.internal.helm.PostRender} applies the
 * post-renderers, commonMetadata and origin labels.
 */
package dev.hops.flux.internal.helm;
