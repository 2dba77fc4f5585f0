package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.loader.SchemaChoice;
import dev.hops.kustomize.internal.res.RId;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResFactory;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.LabelSelector;
import dev.hops.kustomize.internal.types.Patch;
import dev.hops.kustomize.internal.types.Ref;
import dev.hops.kustomize.internal.types.Selector;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.SourcePos;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code patches}, {@code patchesStrategicMerge} and {@code patchesJson6902}: kustomize's
 * PatchTransformer, PatchStrategicMergeTransformer and PatchJson6902Transformer. A patch whose
 * target matches nothing is accepted, as kustomize does, with a warning naming the target.
 */
public final class PatchTransformer implements Transformer {

  private final List<Res> smPatches;
  private final PatchEngines.Json jsonPatch;
  private final Selector target;
  private final String source;
  private final Consumer<String> warnings;
  private final boolean legacyFiles;
  private final SchemaChoice schema;

  private PatchTransformer(
      List<Res> smPatches,
      PatchEngines.Json jsonPatch,
      Selector target,
      String source,
      Consumer<String> warnings,
      boolean legacyFiles,
      SchemaChoice schema) {
    this.smPatches = smPatches;
    this.jsonPatch = jsonPatch;
    this.target = target;
    this.source = source;
    this.warnings = warnings;
    this.legacyFiles = legacyFiles;
    this.schema = schema;
  }

  /** One {@code patches} entry: inline or from a file, strategic merge or JSON 6902. */
  public static PatchTransformer of(FileLoader ldr, Patch p) {
    String text = p.patch().strip();
    if (text.isEmpty() && p.path().isEmpty()) {
      throw new KustomizeException(p.pos(), null, "must specify one of patch and path");
    }
    if (!text.isEmpty() && !p.path().isEmpty()) {
      throw new KustomizeException(p.pos(), null, "patch and path can't be set at the same time");
    }
    String display;
    SourcePos pos;
    if (!text.isEmpty()) {
      display = ldr.display(ldr.root()) + " (inline patch)";
      pos = p.pos();
    } else {
      text = ldr.load(p.path(), p.pos());
      display = ldr.display(ldr.resolve(p.path()));
      pos = SourcePos.of(display);
    }
    List<Res> sm = null;
    HopsException smError = null;
    try {
      sm = ResFactory.fromText(ldr, text, display);
    } catch (HopsException e) {
      smError = e;
    }
    PatchEngines.Json jsonPatch = PatchEngines.tryJsonPatch(text, pos);
    boolean json = jsonPatch != null;
    if (sm != null && json) {
      throw new KustomizeException(pos, null, "illegally qualifies as both an SM and JSON patch");
    }
    if (sm == null && !json) {
      throw new KustomizeException(
          pos, null, "unable to parse SM or JSON patch: " + smError.getMessage());
    }
    if (sm != null) {
      for (Res patch : sm) {
        if (p.option("allowNameChange")) {
          patch.allowNameChange();
        }
        if (p.option("allowKindChange")) {
          patch.allowKindChange();
        }
      }
      if (p.target() != null && sm.size() > 1) {
        throw new KustomizeException(
            pos,
            null,
            "Multiple Strategic-Merge Patches in one `patches` entry is not allowed to set"
                + " `patches.target` field");
      }
      return new PatchTransformer(
          sm, null, p.target(), display, ldr.context().warnings(), false, ldr.context().schema());
    }
    if (p.target() == null) {
      throw new KustomizeException(pos, null, "must specify a target for JSON patch " + display);
    }
    return new PatchTransformer(
        null,
        jsonPatch,
        p.target(),
        display,
        ldr.context().warnings(),
        false,
        ldr.context().schema());
  }

  /** {@code patchesStrategicMerge}: each entry is inline YAML or a file. */
  public static PatchTransformer strategicMergeFiles(FileLoader ldr, List<Ref> entries) {
    List<Res> patches = new ArrayList<>();
    for (Ref e : entries) {
      List<Res> inline = null;
      try {
        inline = ResFactory.fromText(ldr, e.path(), ldr.display(ldr.root()) + " (inline patch)");
      } catch (HopsException ignored) {
        // not inline YAML: a file name
      }
      if (inline == null || inline.isEmpty()) {
        inline = ResFactory.fromFile(ldr, e.path(), e.pos());
      }
      patches.addAll(inline);
    }
    if (patches.isEmpty()) {
      throw new KustomizeException("patch appears to be empty; files=" + entries);
    }
    return new PatchTransformer(
        patches,
        null,
        null,
        "patchesStrategicMerge",
        ldr.context().warnings(),
        true,
        ldr.context().schema());
  }

  /** One {@code patchesJson6902} entry: a target (with a name) and an op list. */
  public static PatchTransformer json6902(FileLoader ldr, Patch p) {
    if (p.target() == null || p.target().name().isEmpty()) {
      throw new KustomizeException(p.pos(), null, "must specify the target name");
    }
    String text = p.patch();
    if (text.isEmpty() && p.path().isEmpty()) {
      throw new KustomizeException(p.pos(), null, "empty file path and empty jsonOp");
    }
    if (!p.path().isEmpty()) {
      if (!text.isEmpty()) {
        throw new KustomizeException(p.pos(), null, "must specify a file path or jsonOp, not both");
      }
      text = ldr.load(p.path(), p.pos());
    }
    return new PatchTransformer(
        null,
        PatchEngines.parseJsonPatch(text, p.pos(), true),
        p.target(),
        p.path().isEmpty() ? "patchesJson6902" : p.path(),
        ldr.context().warnings(),
        false,
        ldr.context().schema());
  }

  @Override
  public void transform(ResMap m) {
    if (jsonPatch != null) {
      List<Res> selected = select(m, target);
      warnIfNone(selected);
      for (Res r : selected) {
        jsonPatch.applyTo(r);
      }
      return;
    }
    if (target != null) {
      Res patch = smPatches.get(0);
      List<Res> selected = select(m, target);
      warnIfNone(selected);
      applyToSelected(m, selected, patch);
      return;
    }
    for (Res patch : smPatches) {
      RId id = patch.orgId();
      List<Res> matches = m.byAnyId(id::equalsId);
      if (matches.size() != 1) {
        throw new KustomizeException(
            patch.source(),
            id.toString(),
            (matches.isEmpty()
                    ? "no resource matches strategic merge patch "
                    : "multiple resources" + " match strategic merge patch ")
                + id
                + (matches.isEmpty() ? "" : ": " + matches));
      }
      if (legacyFiles) {
        applyToSelected(m, matches, patch);
      } else {
        applySmPatch(matches.get(0), patch, schema);
      }
    }
  }

  private void warnIfNone(List<Res> selected) {
    if (selected.isEmpty()) {
      warnings.accept("Warning: patch " + source + " matches no resource (target: " + target + ")");
    }
  }

  /** kustomize resWrangler.ApplySmPatch: a fresh copy of the patch per selected resource. */
  private void applyToSelected(ResMap m, List<Res> selected, Res patch) {
    Map<Res, Boolean> chosen = new IdentityHashMap<>();
    for (Res r : selected) {
      chosen.put(r, true);
    }
    List<Res> keep = new ArrayList<>();
    for (Res res : m.resources()) {
      if (chosen.containsKey(res)) {
        Res copy = patch.deepCopy();
        copy.copyMergeMetaDataFieldsFrom(patch);
        copy.setGvk(res.gvk());
        copy.setKind(patch.getKind());
        applySmPatch(res, copy, schema);
      }
      if (!res.isNilOrEmpty()) {
        keep.add(res);
      }
    }
    m.clear();
    for (Res r : keep) {
      m.append(r);
    }
  }

  /** kustomize Resource.ApplySmPatch. */
  static void applySmPatch(Res r, Res patch, SchemaChoice schema) {
    String n = r.getName();
    String ns = r.getNamespace();
    String k = r.getKind();
    if (patch.nameChangeAllowed() || patch.kindChangeAllowed()) {
      r.storePreviousId();
    }
    r.setNode(PatchEngines.strategicMerge(r.node(), patch.node(), schema.schema()));
    if (r.isNilOrEmpty()) {
      return;
    }
    if (!patch.kindChangeAllowed()) {
      r.setKind(k);
    }
    if (!patch.nameChangeAllowed()) {
      r.setName(n);
    }
    r.setNamespace(ns);
  }

  /** kustomize resWrangler.Select. */
  public static List<Res> select(ResMap m, Selector s) {
    Selector.Regex sr = s.regex();
    LabelSelector labels = LabelSelector.parse(s.labelSelector());
    LabelSelector annotations = LabelSelector.parse(s.annotationSelector());
    List<Res> result = new ArrayList<>();
    for (Res r : m.resources()) {
      RId cur = r.curId();
      RId org = r.orgId();
      if (!sr.matchNamespace(org.effectiveNamespace())
          && !sr.matchNamespace(cur.effectiveNamespace())) {
        continue;
      }
      if (!sr.matchName(org.name()) && !sr.matchName(cur.name())) {
        continue;
      }
      if (!sr.matchGvk(r.gvk())) {
        continue;
      }
      if (!labels.matches(r.getLabels()) || !annotations.matches(r.getAnnotations())) {
        continue;
      }
      result.add(r);
    }
    return result;
  }
}
