package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.res.Behaviors;
import dev.hops.kustomize.internal.res.DataMaps;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.types.GeneratorArgs;
import dev.hops.kustomize.internal.types.GeneratorOptions;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.Tags;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** configMapGenerator and secretGenerator: kustomize's MakeConfigMap and MakeSecret. */
public final class Generators {

  private Generators() {}

  public static Res configMap(FileLoader ldr, GeneratorArgs args) {
    MappingNode rn = baseNode("ConfigMap", args);
    Map<String, byte[]> data = KvLoader.load(ldr, args, "ConfigMap");
    for (Map.Entry<String, byte[]> e : new TreeMap<>(data).entrySet()) {
      String text = utf8OrNull(e.getValue());
      String field = text != null ? "data" : "binaryData";
      String value = text != null ? text : encodeBase64(e.getValue());
      Node map = Kyaml.lookupCreate(rn, Kyaml.Create.MAPPING, field);
      Kyaml.setField(map, e.getKey(), DataMaps.stringNode(value));
    }
    return finish(rn, args);
  }

  public static Res secret(FileLoader ldr, GeneratorArgs args) {
    MappingNode rn = baseNode("Secret", args);
    Kyaml.setField(rn, "type", ScalarNode.ofString(args.type().isEmpty() ? "Opaque" : args.type()));
    Map<String, byte[]> data = KvLoader.load(ldr, args, "Secret");
    Node map = Kyaml.lookupCreate(rn, Kyaml.Create.MAPPING, "data");
    for (Map.Entry<String, byte[]> e : new TreeMap<>(data).entrySet()) {
      ScalarNode v = ScalarNode.ofString(encodeBase64(e.getValue()));
      if (v.value().indexOf('\n') >= 0) {
        v.setStyle(ScalarStyle.LITERAL);
      }
      Kyaml.setField(map, e.getKey(), v);
    }
    return finish(rn, args);
  }

  private static MappingNode baseNode(String kind, GeneratorArgs args) {
    if (args.name().isEmpty()) {
      throw new KustomizeException(args.pos(), null, "a configmap must have a name");
    }
    MappingNode rn = MappingNode.empty();
    rn.put("apiVersion", "v1");
    rn.put("kind", kind);
    Node md = Kyaml.lookupCreate(rn, Kyaml.Create.MAPPING, "metadata");
    Kyaml.setField(md, "name", ScalarNode.untagged(args.name()));
    if (!args.namespace().isEmpty()) {
      Kyaml.setField(md, "namespace", ScalarNode.untagged(args.namespace()));
    }
    rn.setPos(args.pos());
    return rn;
  }

  private static Res finish(MappingNode rn, GeneratorArgs args) {
    GeneratorOptions o = args.options();
    Res res = new Res(rn, args.pos());
    if (o != null) {
      if (o.labels() != null) {
        for (Map.Entry<String, String> e : new TreeMap<>(o.labels()).entrySet()) {
          Node labels = Kyaml.lookupCreate(rn, Kyaml.Create.MAPPING, "metadata", "labels");
          Kyaml.setField(labels, e.getKey(), ScalarNode.ofString(e.getValue()));
        }
      }
      if (o.annotations() != null) {
        for (Map.Entry<String, String> e : new TreeMap<>(o.annotations()).entrySet()) {
          res.setAnnotation(e.getKey(), e.getValue());
        }
      }
      if (o.immutable()) {
        Kyaml.setField(
            rn,
            "immutable",
            new ScalarNode("true", Tags.BOOL, ScalarStyle.PLAIN, false, args.pos()));
      }
    }
    if (o == null || !o.disableNameSuffixHash()) {
      res.enableHashSuffix();
    }
    res.setBehavior(Behaviors.normalize(args.behavior()));
    return res;
  }

  static String utf8OrNull(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** kyaml encodeBase64: lines of 70 characters, each ended by a newline when more than one. */
  static String encodeBase64(byte[] bytes) {
    String enc = Base64.getEncoder().encodeToString(bytes);
    final int lineLen = 70;
    int lines = enc.length() / lineLen + 1;
    if (lines <= 1) {
      return enc;
    }
    StringBuilder sb = new StringBuilder(enc.length() + lines);
    for (int i = 0; i < enc.length(); i += lineLen) {
      sb.append(enc, i, Math.min(enc.length(), i + lineLen)).append('\n');
    }
    return sb.toString();
  }
}
