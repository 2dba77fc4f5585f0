package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.Gvk;
import dev.hops.kustomize.internal.config.NameBackRef;
import dev.hops.kustomize.internal.config.TransformerConfig;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.kustomize.internal.types.Ref;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code crds:} field: OpenAPI definitions whose {@code x-kubernetes-*} extensions add field
 * specs (annotations, label selectors, names, object references), as kustomize's LoadConfigFromCRDs
 * reads them.
 */
final class CrdConfigs {

  private CrdConfigs() {}

  static TransformerConfig load(FileLoader ldr, List<Ref> paths) {
    TransformerConfig tc = TransformerConfig.EMPTY;
    for (Ref p : paths) {
      String text = ldr.load(p.path(), p.pos());
      Node doc = ldr.context().reader().readDocument(text, ldr.display(ldr.resolve(p.path())));
      if (!(doc instanceof MappingNode defs)) {
        continue;
      }
      for (MappingNode.Entry e : defs.entries()) {
        MappingNode props = properties(defs, e.name());
        if (props == null
            || !props.has("kind")
            || !props.has("apiVersion")
            || !props.has("metadata")) {
          continue;
        }
        String name = e.name();
        Gvk gvk = Gvk.ofKind(name.substring(name.lastIndexOf('.') + 1));
        Builder b = new Builder();
        b.walk(defs, gvk, name, new ArrayList<>(), 0);
        tc = tc.merge(b.build());
      }
    }
    return tc;
  }

  private static MappingNode properties(MappingNode defs, String type) {
    MappingNode def = defs.getMapping(type);
    MappingNode schema = def == null ? null : def.getMapping("Schema");
    if (schema == null && def != null) {
      schema = def;
    }
    return schema == null ? null : schema.getMapping("properties");
  }

  private static final class Builder {
    final List<FieldSpec> annotations = new ArrayList<>();
    final List<FieldSpec> labels = new ArrayList<>();
    final List<FieldSpec> prefix = new ArrayList<>();
    final List<NameBackRef> refs = new ArrayList<>();

    void walk(MappingNode defs, Gvk gvk, String type, List<String> path, int depth) {
      MappingNode props = properties(defs, type);
      if (props == null || depth > 20) {
        return;
      }
      for (MappingNode.Entry e : props.entries()) {
        if (!(e.value() instanceof MappingNode p)) {
          continue;
        }
        List<String> here = new ArrayList<>(path);
        here.add(e.name());
        FieldSpec fs = new FieldSpec(gvk, String.join("/", here), false);
        if (p.has("x-kubernetes-annotation")) {
          annotations.add(fs);
        }
        if (p.has("x-kubernetes-label-selector")) {
          labels.add(fs);
        }
        if (p.has("x-kubernetes-identity")) {
          prefix.add(fs);
        }
        String version = p.getString("x-kubernetes-object-ref-api-version");
        String kind = p.getString("x-kubernetes-object-ref-kind");
        if (version != null && kind != null) {
          String nameKey = p.getString("x-kubernetes-object-ref-name-key");
          List<String> refPath = new ArrayList<>(here);
          refPath.add(nameKey == null ? "name" : nameKey);
          refs.add(
              new NameBackRef(
                  new Gvk("", version, kind),
                  List.of(new FieldSpec(gvk, String.join("/", refPath), false))));
        }
        String ref = p.getString("$ref");
        if (ref != null) {
          walk(defs, gvk, ref, here, depth + 1);
        }
      }
    }

    TransformerConfig build() {
      return new TransformerConfig(
          prefix,
          List.of(),
          List.of(),
          labels,
          List.of(),
          List.of(),
          annotations,
          refs,
          List.of(),
          List.of(),
          List.of());
    }
  }
}
