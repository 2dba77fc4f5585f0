package dev.hops.kustomize.internal.config;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.res.GoSort;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.kustomize.internal.types.FsSlice;
import dev.hops.kustomize.internal.types.Strict;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fields each builtin transformer touches: kustomize's {@code TransformerConfig}, built from
 * its defaults and any {@code configurations:} files. Immutable; merging returns a new one with
 * every list sorted as kustomize sorts them (Go's sort.Sort by gvk).
 */
public record TransformerConfig(
    List<FieldSpec> namePrefix,
    List<FieldSpec> nameSuffix,
    List<FieldSpec> namespace,
    List<FieldSpec> commonLabels,
    List<FieldSpec> labels,
    List<FieldSpec> templateLabels,
    List<FieldSpec> commonAnnotations,
    List<NameBackRef> nameReference,
    List<FieldSpec> varReference,
    List<FieldSpec> images,
    List<FieldSpec> replicas) {

  private static final Set<String> FIELDS =
      Set.of(
          "namePrefix",
          "nameSuffix",
          "namespace",
          "commonLabels",
          "labels",
          "templateLabels",
          "commonAnnotations",
          "nameReference",
          "varReference",
          "images",
          "replicas");

  public static final TransformerConfig EMPTY =
      new TransformerConfig(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of(), List.of());

  private static volatile TransformerConfig defaults;

  /** kustomize's built-in field specs. */
  public static TransformerConfig defaults() {
    TransformerConfig d = defaults;
    if (d == null) {
      try (InputStream in =
          TransformerConfig.class.getResourceAsStream(
              "/dev/hops/kustomize/default-fieldspecs.yaml")) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        d = parse(text, "default-fieldspecs.yaml");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaults = d;
    }
    return d;
  }

  /** Reads a configurations file (strictly: unknown fields are errors) and sorts it. */
  public static TransformerConfig parse(String text, String file) {
    Node doc = YamlReader.withDefaults().readDocument(text, file);
    if (doc == null) {
      return EMPTY;
    }
    if (!(doc instanceof MappingNode m)) {
      throw new KustomizeException(doc.pos(), null, "transformer configuration must be a mapping");
    }
    Strict s = new Strict(m, "TransformerConfig", FIELDS);
    return new TransformerConfig(
            specs(s, "namePrefix"),
            specs(s, "nameSuffix"),
            specs(s, "namespace"),
            specs(s, "commonLabels"),
            specs(s, "labels"),
            specs(s, "templateLabels"),
            specs(s, "commonAnnotations"),
            backRefs(s),
            specs(s, "varReference"),
            specs(s, "images"),
            specs(s, "replicas"))
        .sorted();
  }

  private static List<FieldSpec> specs(Strict s, String field) {
    List<FieldSpec> result = new ArrayList<>();
    List<MappingNode> items = s.mappings(field, "FieldSpec");
    if (items != null) {
      for (MappingNode m : items) {
        result.add(FieldSpec.parse(m, "FieldSpec"));
      }
    }
    return result;
  }

  private static List<NameBackRef> backRefs(Strict s) {
    List<NameBackRef> result = new ArrayList<>();
    List<MappingNode> items = s.mappings("nameReference", "NameBackReferences");
    if (items == null) {
      return result;
    }
    Set<String> fields = Set.of("group", "version", "kind", "fieldSpecs");
    for (MappingNode m : items) {
      Strict b = new Strict(m, "NameBackReferences", fields);
      result.add(
          new NameBackRef(
              new dev.hops.kustomize.Gvk(b.string("group"), b.string("version"), b.string("kind")),
              specs(b, "fieldSpecs")));
    }
    return result;
  }

  /** A pair of configs compared by identity. */
  private record Pair(TransformerConfig a, TransformerConfig b) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.a == a && p.b == b;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(a) + System.identityHashCode(b);
    }
  }

  /**
   * Merges already made: every kustomization of a build merges the same default and child configs
   * again (a pure function of the two instances; bounded, as custom configs vary).
   */
  private static final Map<Pair, TransformerConfig> MERGED = new ConcurrentHashMap<>();

  private static final int MERGED_LIMIT = 512;

  /** kustomize Merge: each list merged (no duplicates), then sorted. */
  public TransformerConfig merge(TransformerConfig in) {
    if (in == null) {
      return this;
    }
    Pair key = new Pair(this, in);
    TransformerConfig known = MERGED.get(key);
    if (known != null) {
      return known;
    }
    TransformerConfig merged = mergeUncached(in);
    if (MERGED.size() >= MERGED_LIMIT) {
      MERGED.clear();
    }
    MERGED.put(key, merged);
    return merged;
  }

  private TransformerConfig mergeUncached(TransformerConfig in) {
    if (in == this || in.equals(this)) {
      return sorted(); // every spec of a config selects itself: merging adds nothing
    }
    return new TransformerConfig(
            FsSlice.mergeAll(namePrefix, in.namePrefix),
            FsSlice.mergeAll(nameSuffix, in.nameSuffix),
            FsSlice.mergeAll(namespace, in.namespace),
            FsSlice.mergeAll(commonLabels, in.commonLabels),
            FsSlice.mergeAll(labels, in.labels),
            FsSlice.mergeAll(templateLabels, in.templateLabels),
            FsSlice.mergeAll(commonAnnotations, in.commonAnnotations),
            mergeBackRefs(nameReference, in.nameReference),
            FsSlice.mergeAll(varReference, in.varReference),
            FsSlice.mergeAll(images, in.images),
            FsSlice.mergeAll(replicas, in.replicas))
        .sorted();
  }

  private static List<NameBackRef> mergeBackRefs(List<NameBackRef> s, List<NameBackRef> o) {
    List<NameBackRef> result = new ArrayList<>(s);
    for (NameBackRef other : o) {
      List<NameBackRef> next = new ArrayList<>();
      boolean found = false;
      for (NameBackRef c : result) {
        if (c.gvk().equals(other.gvk())) {
          c = new NameBackRef(c.gvk(), FsSlice.mergeAll(c.referrers(), other.referrers()));
          found = true;
        }
        next.add(c);
      }
      if (!found) {
        next.add(other);
      }
      result = next;
    }
    return result;
  }

  private TransformerConfig sorted() {
    return new TransformerConfig(
        sortSpecs(namePrefix),
        sortSpecs(nameSuffix),
        sortSpecs(namespace),
        sortSpecs(commonLabels),
        sortSpecs(labels),
        sortSpecs(templateLabels),
        sortSpecs(commonAnnotations),
        GoSort.sort(nameReference, (a, b) -> GvkOrder.isLess(a.gvk(), b.gvk())),
        sortSpecs(varReference),
        sortSpecs(images),
        sortSpecs(replicas));
  }

  private static List<FieldSpec> sortSpecs(List<FieldSpec> l) {
    return GoSort.sort(l, (a, b) -> GvkOrder.isLess(a.gvk(), b.gvk()));
  }

  // Written out, not implicit: see "Start-up cost" in ARCHITECTURE.md.
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof TransformerConfig that
            && Objects.equals(namePrefix, that.namePrefix)
            && Objects.equals(nameSuffix, that.nameSuffix)
            && Objects.equals(namespace, that.namespace)
            && Objects.equals(commonLabels, that.commonLabels)
            && Objects.equals(labels, that.labels)
            && Objects.equals(templateLabels, that.templateLabels)
            && Objects.equals(commonAnnotations, that.commonAnnotations)
            && Objects.equals(nameReference, that.nameReference)
            && Objects.equals(varReference, that.varReference)
            && Objects.equals(images, that.images)
            && Objects.equals(replicas, that.replicas);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(namePrefix);
    h = 31 * h + Objects.hashCode(nameSuffix);
    h = 31 * h + Objects.hashCode(namespace);
    h = 31 * h + Objects.hashCode(commonLabels);
    h = 31 * h + Objects.hashCode(labels);
    h = 31 * h + Objects.hashCode(templateLabels);
    h = 31 * h + Objects.hashCode(commonAnnotations);
    h = 31 * h + Objects.hashCode(nameReference);
    h = 31 * h + Objects.hashCode(varReference);
    h = 31 * h + Objects.hashCode(images);
    return 31 * h + Objects.hashCode(replicas);
  }
}
