package dev.hops.flux;

import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The post-build variables of a Flux Kustomization: the {@code spec.postBuild.substitute} keys
 * (with where they are written, unknown for keys a patch added), every variable name its
 * substitution defines ({@code substitute} and {@code substituteFrom}), and the variables its
 * objects use.
 */
public record KsVariables(Map<String, SourcePos> substitute, Set<String> defined, List<Use> uses) {

  /**
   * One use of a variable in an object: {@code ${NAME}} or, when {@code defaulted}, a form that
   * supplies a default ({@code ${NAME:=x}}, {@code ${NAME:-x}}, ...).
   *
   * @param object the object, {@code Kind/namespace/name}
   * @param pos where the text using it is written (the object's position when not found)
   */
  public record Use(String name, boolean defaulted, String object, SourcePos pos) {}

  public KsVariables {
    substitute = Map.copyOf(substitute);
    defined = Set.copyOf(defined);
    uses = List.copyOf(uses);
  }

  /** The uses of variables that are not defined and have no default. */
  public List<Use> undefined() {
    List<Use> out = new ArrayList<>();
    for (Use u : uses) {
      if (!u.defaulted() && !defined.contains(u.name())) {
        out.add(u);
      }
    }
    return out;
  }

  /** Whether some object uses the variable. */
  public boolean isUsed(String name) {
    for (Use u : uses) {
      if (u.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
