package dev.hops.diff;

/**
 * One field of an object that differs between the revisions.
 *
 * @param path where, with list items named by their key where Kubernetes merges lists by key
 *     ({@code spec.template.spec.containers[name=app].image}), else by index ({@code args[0]})
 * @param before the value in the base revision as compact YAML text on one line ({@code {name: app,
 *     image: nginx:1.27}}, strings quoted only where plain text would read otherwise), null when
 *     the field is absent there
 * @param after the value in the head revision as YAML text, null when the field is absent there.
 *     Values of a Secret's {@code data} and {@code stringData}, SOPS ciphertext and the {@code
 *     sops} block are never shown: a changed value reads {@code (secret value changed)} on both
 *     sides, an added or removed one {@code (secret value)}
 */
public record FieldChange(String path, String before, String after) {}
