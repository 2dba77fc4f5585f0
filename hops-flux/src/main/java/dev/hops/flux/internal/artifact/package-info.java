/**
 * Flux's ArtifactGenerator (source-watcher, {@code source.extensions.fluxcd.io/v1beta1}) emulated
 * offline: {@link dev.hops.flux.internal.artifact.ArtifactGenerators#generate} turns generator
 * objects and their sources into the ExternalArtifacts they compose ({@link
 * dev.hops.flux.internal.artifact.GeneratedArtifact}), each a {@link dev.hops.kustomize.SourceTree}
 * that refers to the source files without copying them.
 *
 * <p>Ported from fluxcd/source-watcher ({@code internal/builder}, {@code internal/controller}) with
 * the Go library behaviour it relies on: {@code io/fs.Glob} and {@code path.Match} for {@code from}
 * ({@link dev.hops.flux.internal.artifact.FsGlob}), doublestar v4 for {@code exclude} ({@link
 * dev.hops.flux.internal.artifact.Doublestar}), {@code os.Root} for the staging directory ({@link
 * dev.hops.flux.internal.artifact.StagingTree}) and fluxcd/pkg's archive filter ({@link
 * dev.hops.flux.internal.artifact.ArchiveFilter}). The Extract strategy (unpacking tarballs) is not
 * supported.
 */
package dev.hops.flux.internal.artifact;
