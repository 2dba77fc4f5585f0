package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.internal.builtins.BuiltinPlugins;
import dev.hops.kustomize.internal.builtins.ImageTransformer;
import dev.hops.kustomize.internal.builtins.MetadataMapTransformer;
import dev.hops.kustomize.internal.builtins.NamespaceTransformer;
import dev.hops.kustomize.internal.builtins.PatchTransformer;
import dev.hops.kustomize.internal.builtins.PrefixSuffixTransformer;
import dev.hops.kustomize.internal.builtins.ReplacementTransformer;
import dev.hops.kustomize.internal.builtins.ReplicaTransformer;
import dev.hops.kustomize.internal.builtins.Transformer;
import dev.hops.kustomize.internal.config.TransformerConfig;
import dev.hops.kustomize.internal.res.Origin;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.kustomize.internal.types.FsSlice;
import dev.hops.kustomize.internal.types.Image;
import dev.hops.kustomize.internal.types.Kustomization;
import dev.hops.kustomize.internal.types.Label;
import dev.hops.kustomize.internal.types.Patch;
import dev.hops.kustomize.internal.types.Replica;
import java.util.ArrayList;
import java.util.List;

/**
 * The builtin transformers of one kustomization, in kustomize's fixed order
 * (kusttarget_configplugin.go configureBuiltinTransformers): patchesStrategicMerge, patches,
 * namespace, namePrefix, nameSuffix, labels and commonLabels, commonAnnotations, patchesJson6902,
 * replicas, images, replacements. Empty resources are dropped after each.
 */
final class Pipeline {

  private record Step(String kind, Transformer t) {}

  private Pipeline() {}

  static void runTransformers(KustTarget kt, Accumulator ra, Origin origin) {
    Kustomization k = kt.kustomization();
    TransformerConfig tc = ra.config();
    List<Step> steps = new ArrayList<>();
    if (k.patchesStrategicMerge != null && !k.patchesStrategicMerge.isEmpty()) {
      steps.add(
          new Step(
              "PatchStrategicMergeTransformer",
              PatchTransformer.strategicMergeFiles(kt.loader(), k.patchesStrategicMerge)));
    }
    for (Patch p : k.patches) {
      steps.add(new Step("PatchTransformer", PatchTransformer.of(kt.loader(), p)));
    }
    if (!k.namespace.isEmpty()) {
      steps.add(
          new Step("NamespaceTransformer", new NamespaceTransformer(k.namespace, tc.namespace())));
    }
    if (!k.namePrefix.isEmpty()) {
      steps.add(
          new Step(
              "PrefixTransformer", PrefixSuffixTransformer.prefix(k.namePrefix, tc.namePrefix())));
    }
    if (!k.nameSuffix.isEmpty()) {
      steps.add(
          new Step(
              "SuffixTransformer", PrefixSuffixTransformer.suffix(k.nameSuffix, tc.nameSuffix())));
    }
    addLabels(k, tc, steps);
    if (k.commonAnnotations != null && !k.commonAnnotations.isEmpty()) {
      steps.add(
          new Step(
              "AnnotationsTransformer",
              new MetadataMapTransformer(k.commonAnnotations, tc.commonAnnotations())));
    }
    if (k.patchesJson6902 != null) {
      for (Patch p : k.patchesJson6902) {
        steps.add(new Step("PatchJson6902Transformer", PatchTransformer.json6902(kt.loader(), p)));
      }
    }
    for (Replica r : k.replicas) {
      steps.add(new Step("ReplicaCountTransformer", new ReplicaTransformer(r, tc.replicas())));
    }
    for (Image i : k.images) {
      steps.add(new Step("ImageTagTransformer", new ImageTransformer(i, tc.images())));
    }
    if (!k.replacements.isEmpty()) {
      steps.add(
          new Step(
              "ReplacementTransformer", ReplacementTransformer.of(kt.loader(), k.replacements)));
    }
    for (dev.hops.kustomize.internal.res.Res config : kt.pluginConfigs(k.transformers)) {
      steps.add(new Step(config.getKind(), BuiltinPlugins.transformer(kt.loader(), config)));
    }
    for (Step s : steps) {
      s.t().transform(ra.resMap());
      if (origin != null) {
        Origins.addTransformerAnnotation(
            ra.resMap(), Origin.generator(origin, kt.kustFile(), s.kind()));
      }
      ra.resMap().dropEmpties();
    }
  }

  private static void addLabels(Kustomization k, TransformerConfig tc, List<Step> steps) {
    if (k.labels.isEmpty() && k.commonLabels == null) {
      return;
    }
    for (Label label : k.labels) {
      List<FieldSpec> fss = FsSlice.mergeAll(label.fieldSpecs(), tc.labels());
      if (label.includeSelectors()) {
        fss = FsSlice.mergeAll(fss, tc.commonLabels());
      } else {
        if (label.includeTemplates()) {
          fss = FsSlice.mergeAll(fss, tc.templateLabels());
        }
        fss =
            FsSlice.mergeOne(
                fss,
                new FieldSpec(new dev.hops.kustomize.Gvk("", "", ""), "metadata/labels", true));
      }
      steps.add(new Step("LabelTransformer", new MetadataMapTransformer(label.pairs(), fss)));
    }
    steps.add(
        new Step(
            "LabelTransformer", new MetadataMapTransformer(k.commonLabels, tc.commonLabels())));
  }
}
