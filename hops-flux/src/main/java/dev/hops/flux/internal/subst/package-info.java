/**
 * Flux's post-build variable substitution, ported from fluxcd/pkg ({@code envsubst/} and {@code
 * kustomize/kustomize_varsub.go}) and wired as kustomize-controller wires it.
 *
 * <ul>
 *   <li>{@link dev.hops.flux.internal.subst.Variables#collect}: the variables of a Flux
 *       Kustomization from its resolved {@code substituteFrom} entries ({@link
 *       dev.hops.flux.internal.subst.VariableSource}) and its inline {@code substitute} map.
 *   <li>{@link dev.hops.flux.internal.subst.Substitution#apply}: one built object substituted
 *       (opt-out, name validation, strategy, strict mode, YAML 1.1 re-typing), or a {@link
 *       dev.hops.flux.FluxException} worded as Flux words it.
 *   <li>{@link dev.hops.flux.internal.subst.Template}: the envsubst language itself (Flux's fork of
 *       drone/envsubst): scanner, parser, evaluation and functions, over the bytes of the text as
 *       in Go.
 * </ul>
 *
 * <p>SOPS-encrypted sources cannot be read offline: their encrypted values become {@code
 * ..SOPS_ENCRYPTED_<KEY>..} (see {@link dev.hops.flux.internal.subst.Variables#placeholder}).
 */
package dev.hops.flux.internal.subst;
