package dev.hops.flux.internal.subst;

/** The variables of a substitution: a value, or null when the variable is not set. */
@FunctionalInterface
public interface Lookup {

  /** The value of {@code name}, or null when it is not set. */
  String get(String name);
}
