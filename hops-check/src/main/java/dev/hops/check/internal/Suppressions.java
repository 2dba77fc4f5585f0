package dev.hops.check.internal;

import dev.hops.check.CheckContext;
import dev.hops.check.Checker;
import dev.hops.check.Finding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code hops.dev/ignore} annotations of the render, by object: on an object they suppress its
 * findings of the listed rules ({@code all}: of every rule); on a HelmRelease, also those of what
 * its chart renders.
 */
public final class Suppressions {

  private static final String ALL = "all";

  private final Map<String, Set<String>> byObject;

  private Suppressions(Map<String, Set<String>> byObject) {
    this.byObject = byObject;
  }

  public static Suppressions of(CheckContext context) {
    Map<String, Set<String>> byObject = new HashMap<>();
    Map<String, Set<String>> byRelease = new HashMap<>();
    for (CheckContext.Rendered r : context.objects()) {
      String value = r.annotation(Checker.IGNORE_ANNOTATION);
      if (value == null) {
        continue;
      }
      Set<String> ids = parse(value);
      byObject.computeIfAbsent(r.ref(), k -> new HashSet<>()).addAll(ids);
      if (r.kind().equals("HelmRelease")) {
        byRelease.computeIfAbsent(r.namespace() + "/" + r.name(), k -> new HashSet<>()).addAll(ids);
      }
    }
    if (!byRelease.isEmpty()) {
      for (CheckContext.Rendered r : context.objects()) {
        if (r.fromChart()) {
          Set<String> ids = byRelease.get(r.owner().namespace() + "/" + r.owner().name());
          if (ids != null) {
            byObject.computeIfAbsent(r.ref(), k -> new HashSet<>()).addAll(ids);
          }
        }
      }
    }
    return new Suppressions(byObject);
  }

  private static Set<String> parse(String value) {
    Set<String> ids = new HashSet<>();
    for (String part : value.split(",")) {
      String id = part.strip();
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  public boolean suppresses(Finding f) {
    Set<String> ids = byObject.get(f.object());
    return ids != null && (ids.contains(f.rule()) || ids.contains(ALL));
  }
}
