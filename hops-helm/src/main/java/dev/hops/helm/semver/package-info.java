/**
 * A port of Masterminds/semver v3 ({@code github.com/Masterminds/semver/v3}), the version and range
 * semantics Helm and Flux use to pick a chart version or an OCI tag: {@link
 * dev.hops.helm.semver.Version} ({@code version.go}) and {@link dev.hops.helm.semver.Constraint}
 * ({@code constraints.go}). Error messages are Go's.
 */
package dev.hops.helm.semver;
