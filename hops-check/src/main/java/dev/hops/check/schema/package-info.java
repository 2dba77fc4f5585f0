/**
 * Schemas and their validation for {@code hops check}: the built-in kinds of each Kubernetes minor
 * Hops has (derived at build time from the Kubernetes Java client, see {@code
 * dev.hops.check.schemagen} in {@code src/build/java}), the CustomResourceDefinitions of the
 * render, folders of CRDs and JSON schemas ({@code --schema-dir}), and a validator that walks the
 * YAML node tree, so that every violation keeps its file and line.
 */
package dev.hops.check.schema;
