package dev.hops.kustomize.internal.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hops.kustomize.internal.filters.jsonpatch.JsonPatch;
import dev.hops.kustomize.internal.filters.replacement.Replacements;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResFactory;
import dev.hops.kustomize.internal.types.LabelSelector;
import dev.hops.kustomize.internal.types.Replacement;
import dev.hops.kustomize.internal.types.Selector;
import dev.hops.yaml.HopsException;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link OracleCase} through the ported filters the way kustomize's build would for a
 * kustomization holding only {@code resources}, {@code patches} (JSON 6902) and {@code
 * replacements}: patches first, then replacements, then build annotations removed.
 *
 * <p>Results are compared with kubectl's output as kustomize prints them: each object as JSON (the
 * yaml.v3 decoding of its tree, which is what kustomize encodes before writing YAML). This tells a
 * string {@code "3"} from an int {@code 3}, ignores key order (kustomize prints keys sorted) and
 * styles (kustomize re-encodes every object).
 */
public final class OracleHarness {

  private OracleHarness() {}

  public static List<Res> resources(String yaml) {
    return ResFactory.fromDocuments(
        YamlReader.withDefaults().readDocuments(yaml, "res.yaml"), "res.yaml");
  }

  /** Builds the case: the resulting objects, or a thrown HopsException. */
  public static List<Res> build(OracleCase c) {
    List<Res> resources = resources(c.resources());
    Node k = YamlReader.withDefaults().readDocument(c.kustomization(), "kustomization.yaml");
    MappingNode kust = k == null ? MappingNode.empty() : (MappingNode) k;
    if (kust.get("patches") instanceof SequenceNode patches) {
      for (Node p : patches.items()) {
        applyPatch(resources, (MappingNode) p, c.files());
      }
    }
    if (kust.get("patchesJson6902") instanceof SequenceNode legacy) {
      for (Node p : legacy.items()) {
        applyLegacyPatch(resources, (MappingNode) p, c.files());
      }
    }
    if (kust.get("replacements") instanceof SequenceNode entries) {
      List<Replacement> replacements =
          Replacements.load(
              entries.items(),
              path -> {
                String content = c.files().get(path);
                if (content == null) {
                  throw new HopsException(SourcePos.of(path), null, "file not found: " + path);
                }
                return content;
              });
      Replacements.apply(resources, replacements);
    }
    List<Res> out = new ArrayList<>();
    for (Res r : resources) {
      if (!r.isNilOrEmpty()) {
        r.removeBuildAnnotations();
        out.add(r);
      }
    }
    return out;
  }

  private static void applyPatch(List<Res> resources, MappingNode p, Map<String, String> files) {
    String text =
        p.getString("patch") != null
            ? p.getString("patch").strip()
            : files.get(p.getString("path"));
    JsonPatch patch;
    try {
      patch = JsonPatch.parse(text, SourcePos.of("kustomization.yaml"));
    } catch (HopsException e) {
      // PatchTransformer's message when the text is neither a JSON nor a strategic-merge patch
      String source =
          p.getString("patch") != null
              ? "[patch: " + p.getString("patch") + "]"
              : "[path: \"" + p.getString("path") + "\"]";
      throw new HopsException(e.pos(), null, "unable to parse SM or JSON patch from " + source, e);
    }
    MappingNode t = p.getMapping("target");
    Selector sel = Selector.parse(t, "Selector");
    Selector.Regex re = sel.regex();
    for (Res r : new ArrayList<>(resources)) {
      if (re.matchGvk(r.gvk())
          && (re.matchName(r.orgId().name()) || re.matchName(r.curId().name()))
          && LabelSelector.parse(sel.labelSelector()).matches(r.getLabels())) {
        JsonPatch.applyToResource(r, patch);
      }
    }
  }

  /** PatchJson6902Transformer: the text is not trimmed, the previous id is not stored. */
  private static void applyLegacyPatch(
      List<Res> resources, MappingNode p, Map<String, String> files) {
    String text =
        p.getString("patch") != null ? p.getString("patch") : files.get(p.getString("path"));
    JsonPatch patch = JsonPatch.parse(text, SourcePos.of("kustomization.yaml"));
    Selector.Regex re = Selector.parse(p.getMapping("target"), "Selector").regex();
    for (Res r : new ArrayList<>(resources)) {
      if (re.matchGvk(r.gvk())
          && (re.matchName(r.orgId().name()) || re.matchName(r.curId().name()))) {
        JsonPatch.applyToResourceLegacy(r, patch);
      }
    }
  }

  /** The printed form of objects: their JSON, in a stable order. */
  public static List<String> printed(List<Node> objects) {
    List<String> out = new ArrayList<>();
    for (Node n : objects) {
      out.add(KustomizeYaml.toJson(KustomizeYaml.toGoValue(n)));
    }
    out.sort(null);
    return out;
  }

  /** Asserts that building the case gives kubectl's output, or fails as kubectl failed. */
  public static void check(OracleCase c) {
    List<Res> built;
    List<String> actual;
    try {
      built = build(c);
      List<Node> nodes = new ArrayList<>();
      for (Res r : built) {
        nodes.add(r.node());
      }
      actual = printed(nodes);
    } catch (HopsException e) {
      if (c.error() == null) {
        throw new AssertionError("unexpected error: " + e.format(), e);
      }
      assertThat(c.error()).as("kubectl's error").contains(e.reason().strip());
      return;
    }
    if (c.error() != null) {
      fail("expected an error like kubectl's:\n" + c.error() + "\nbut got:\n" + actual);
    }
    List<String> expected =
        printed(YamlReader.withDefaults().readDocuments(c.expected(), "expected.yaml"));
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * Asserts that two trees are the same objects for kustomize: {@link Node#sameAs} after {@link
   * #normalized} (so a string "3" differs from an int 3) with mapping keys sorted (kustomize prints
   * keys sorted, so their order in the tree does not show).
   */
  public static void assertSameTree(Node actual, Node expected) {
    Node a = sortedKeys(normalized(actual));
    Node e = sortedKeys(normalized(expected));
    if (!a.sameAs(e)) {
      fail("expected\n" + e + "\nbut got\n" + a);
    }
  }

  private static Node sortedKeys(Node n) {
    switch (n) {
      case MappingNode m -> {
        m.entries().sort((x, y) -> String.valueOf(x.name()).compareTo(String.valueOf(y.name())));
        for (MappingNode.Entry e : m.entries()) {
          sortedKeys(e.value());
        }
      }
      case SequenceNode s -> s.items().forEach(OracleHarness::sortedKeys);
      case ScalarNode s -> {}
    }
    return n;
  }

  /**
   * Normalises a tree for {@link Node#sameAs}: untagged scalars get the tag yaml.v3 would give
   * them, so that "3" and 3 differ and equal values compare equal however they were made.
   */
  public static Node normalized(Node n) {
    Node c = n.copy();
    normalize(c);
    return c;
  }

  private static void normalize(Node n) {
    switch (n) {
      case ScalarNode s -> s.setTag(s.effectiveTag());
      case MappingNode m -> {
        for (MappingNode.Entry e : m.entries()) {
          normalize(e.key());
          normalize(e.value());
        }
      }
      case SequenceNode s -> s.items().forEach(OracleHarness::normalize);
    }
  }
}
