package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.FieldSpecFilter;
import dev.hops.kustomize.internal.filters.Setters;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.res.ResMap;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.kustomize.internal.types.Image;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code images} entry: kustomize's ImageTagTransformer (its legacy pass over every {@code
 * containers}/{@code initContainers} list, then the configured field specs), CRDs excepted.
 */
public final class ImageTransformer implements Transformer {

  private final Image image;
  private final List<FieldSpec> specs;
  private final Pattern pattern;

  public ImageTransformer(Image image, List<FieldSpec> specs) {
    this.image = image;
    this.specs = specs;
    this.pattern =
        Pattern.compile("^" + image.name() + "(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$");
  }

  @Override
  public void transform(ResMap m) {
    for (Res r : m.resources()) {
      if (!"CustomResourceDefinition".equals(r.getKind())) {
        walkLegacy(r.node());
      }
    }
    m.dropEmpties();
    for (Res r : m.resources()) {
      if (!"CustomResourceDefinition".equals(r.getKind())) {
        FieldSpecFilter.applyAll(r.node(), specs, this::update, Kyaml.Create.NONE, Tags.NONE);
      }
    }
    m.dropEmpties();
  }

  /** The legacy filter: every field named containers or initContainers, at any depth. */
  private void walkLegacy(Node node) {
    if (node instanceof MappingNode m) {
      for (String name : m.keys()) {
        if (name == null) {
          continue;
        }
        Node value = m.get(name);
        walkLegacy(value);
        if ((name.equals("containers") || name.equals("initContainers"))
            && value instanceof SequenceNode seq) {
          for (Node c : seq.items()) {
            Node img = Kyaml.get(c, "image");
            if (img != null) {
              update(img);
            }
          }
        }
      }
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.items()) {
        walkLegacy(item);
      }
    }
  }

  private void update(Node rn) {
    if (Kyaml.isMissingOrNull(rn)) {
      return;
    }
    if (!(rn instanceof ScalarNode s)) {
      throw new KustomizeException(
          rn.pos(), null, "wrong node kind: expected ScalarNode but got " + Kyaml.kindName(rn));
    }
    String value = s.value();
    if (!pattern.matcher(value).find()) {
      return;
    }
    String[] ntd = ImageNames.split(value);
    String name = ntd[0];
    String tag = ntd[1];
    String digest = ntd[2];
    if (!image.newName().isEmpty()) {
      name = image.newName();
    }
    if (!image.newTag().isEmpty() && !image.digest().isEmpty()) {
      tag = image.newTag();
      digest = image.digest();
    } else if (!image.newTag().isEmpty()) {
      tag = image.newTag();
      digest = "";
    } else if (!image.digest().isEmpty()) {
      tag = "";
      digest = image.digest();
    } else if (!image.tagSuffix().isEmpty()) {
      tag += image.tagSuffix();
      digest = "";
    }
    if (!tag.isEmpty()) {
      name += ":" + tag;
    }
    if (!digest.isEmpty()) {
      name += "@" + digest;
    }
    Setters.entry("", name, Tags.NONE).set(rn);
  }
}
