/**
 * Build step of hops-check (run by Maven, not shipped): derives the schemas of Kubernetes' built-in
 * kinds from releases of the Kubernetes Java client. See {@link
 * dev.hops.check.schemagen.SchemaGen}.
 */
package dev.hops.check.schemagen;
