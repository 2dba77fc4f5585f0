package dev.hops.check.schema;

import dev.hops.yaml.Node;

/**
 * Where an object does not match its schema.
 *
 * @param pointer the JSON pointer of the offending field ({@code /spec/containers/0/image})
 * @param node the node to report at: the value, the unknown key, or the object missing a field
 * @param message what was expected and what was found
 * @param hint how to fix it, or ""
 */
public record Violation(String pointer, Node node, String message, String hint) {}
