package dev.hops.diff;

/**
 * One field of an object that differs between the revisions.
 *
 * @param path where, with list items named by their key where Kubernetes merges lists by key
 *     ({@code spec.template.spec.containers[name=app].image}), else by index ({@code args[0]})
 * @param before the value in the base revision as YAML text, null when the field is absent there
 * @param after the value in the head revision as YAML text, null when the field is absent there;
 *     Secret values are never shown (both sides read {@code (secret value)} when they differ)
 */
public record FieldChange(String path, String before, String after) {}
