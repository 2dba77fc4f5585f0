package dev.hops.cli;

import dev.hops.flux.SecretMasker;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import java.io.PrintWriter;
import java.util.List;

/** Prints rendered objects as YAML documents or as a JSON List, secret values masked. */
final class ObjectOutput {

  private ObjectOutput() {}

  static void print(PrintWriter out, List<MappingNode> objects, String format) {
    List<MappingNode> masked = objects.stream().map(SecretMasker::mask).toList();
    switch (format) {
      case "yaml" -> out.print(KustomizeYaml.toYaml(masked));
      case "json" -> {
        StringBuilder sb = new StringBuilder("{\"apiVersion\":\"v1\",\"items\":[");
        for (int i = 0; i < masked.size(); i++) {
          sb.append(i == 0 ? "" : ",").append(KustomizeYaml.toJson(masked.get(i)));
        }
        sb.append("],\"kind\":\"List\"}");
        out.println(JsonPretty.indent(sb.toString()));
      }
      default -> throw new IllegalStateException(format);
    }
    out.flush();
  }
}
