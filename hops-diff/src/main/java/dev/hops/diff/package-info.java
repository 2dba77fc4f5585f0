/**
 * {@code hops diff}: two revisions of a Flux repository rendered and compared object by object,
 * changes grouped by the Kustomization or HelmRelease that owns each object, with the blast radius
 * of each changed file.
 */
package dev.hops.diff;
