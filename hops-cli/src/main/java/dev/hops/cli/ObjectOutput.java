package dev.hops.cli;

import dev.hops.flux.SecretMasker;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Prints rendered objects as YAML documents or as a JSON List, secret values masked. */
final class ObjectOutput {

  private ObjectOutput() {}

  static void print(PrintWriter out, List<MappingNode> objects, String format) {
    switch (format) {
      case "yaml" -> {
        List<String> docs = texts(objects, KustomizeYaml::toYaml);
        for (int i = 0; i < docs.size(); i++) {
          out.print(i == 0 ? docs.get(i) : "---\n" + docs.get(i));
        }
      }
      case "json" -> {
        List<String> items = texts(objects, KustomizeYaml::toJson);
        StringBuilder sb = new StringBuilder("{\"apiVersion\":\"v1\",\"items\":[");
        for (int i = 0; i < items.size(); i++) {
          sb.append(i == 0 ? "" : ",").append(items.get(i));
        }
        sb.append("],\"kind\":\"List\"}");
        out.println(JsonPretty.indent(sb.toString()));
      }
      default -> throw new IllegalStateException(format);
    }
    out.flush();
  }

  /**
   * Each object masked and encoded, on every core (the objects are independent; a large repository
   * prints thousands), in order; the first failure in order is thrown as it was.
   */
  private static List<String> texts(
      List<MappingNode> objects, Function<MappingNode, String> encode) {
    List<Object> made =
        objects.parallelStream()
            .map(
                o -> {
                  try {
                    return (Object) encode.apply(SecretMasker.mask(o));
                  } catch (RuntimeException e) {
                    return e;
                  }
                })
            .toList();
    List<String> texts = new ArrayList<>(made.size());
    for (Object m : made) {
      if (m instanceof RuntimeException e) {
        throw e;
      }
      texts.add((String) m);
    }
    return texts;
  }
}
