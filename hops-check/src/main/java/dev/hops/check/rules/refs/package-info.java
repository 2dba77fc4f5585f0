/**
 * Reference checks: rules that follow a field naming another object (a sourceRef, a valuesFrom, a
 * Gateway parentRef, a Service backendRef, a secret store, a ConfigMap or Secret, a storage class,
 * a kustomization path) and report the ones whose target does not exist. A target missing from a
 * render that is complete is certain; when some of the cluster's objects are unknown (a failed or
 * external Kustomization, HelmReleases not rendered), the finding is downgraded and says why.
 */
package dev.hops.check.rules.refs;
