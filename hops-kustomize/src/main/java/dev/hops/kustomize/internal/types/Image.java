package dev.hops.kustomize.internal.types;

import dev.hops.yaml.MappingNode;
import java.util.Set;

/** One entry of {@code images}: which image to change and how. */
public record Image(String name, String newName, String tagSuffix, String newTag, String digest) {

  private static final Set<String> FIELDS =
      Set.of("name", "newName", "tagSuffix", "newTag", "digest");

  public static Image parse(MappingNode m) {
    Strict s = new Strict(m, "Image", FIELDS);
    return new Image(
        s.string("name"),
        s.string("newName"),
        s.string("tagSuffix"),
        s.string("newTag"),
        s.string("digest"));
  }
}
