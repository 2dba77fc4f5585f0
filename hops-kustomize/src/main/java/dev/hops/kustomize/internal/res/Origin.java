package dev.hops.kustomize.internal.res;

import dev.hops.yaml.internal.NonStringCheck;

/**
 * Where a resource came from (kustomize's {@code resource.Origin}), written into the {@code
 * config.kubernetes.io/origin} annotation when a kustomization asks for {@code buildMetadata:
 * [originAnnotations]}.
 */
public record Origin(
    String path, String configuredIn, String configuredByApiVersion, String configuredByKind) {

  public static final Origin EMPTY = new Origin("", "", "", "");

  /** kustomize Origin.Append: the path joined as filepath.Join does. */
  public Origin append(String p) {
    String joined = path.isEmpty() ? p : path + "/" + p;
    return new Origin(clean(joined), configuredIn, configuredByApiVersion, configuredByKind);
  }

  /** Go's filepath.Clean for relative paths (keeps leading ..). */
  static String clean(String p) {
    boolean rooted = p.startsWith("/");
    java.util.Deque<String> out = new java.util.ArrayDeque<>();
    for (String part : p.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.peekLast().equals("..")) {
          out.removeLast();
        } else if (!rooted) {
          out.addLast("..");
        }
      } else {
        out.addLast(part);
      }
    }
    String s = String.join("/", out);
    if (rooted) {
      return "/" + s;
    }
    return s.isEmpty() ? "." : s;
  }

  public static Origin generator(Origin base, String kustFile, String kind) {
    String in = clean(base.path.isEmpty() ? kustFile : base.path + "/" + kustFile);
    return new Origin("", in, "builtin", kind);
  }

  /** The annotation value, as kyaml.Marshal (yaml.v3, indent 2) writes the struct. */
  public String toYaml(String indent) {
    StringBuilder sb = new StringBuilder();
    field(sb, indent, "path", path);
    field(sb, indent, "configuredIn", configuredIn);
    if (!configuredByApiVersion.isEmpty() || !configuredByKind.isEmpty()) {
      sb.append(indent).append("configuredBy:\n");
      field(sb, indent + "  ", "apiVersion", configuredByApiVersion);
      field(sb, indent + "  ", "kind", configuredByKind);
    }
    return sb.toString();
  }

  private static void field(StringBuilder sb, String indent, String key, String value) {
    if (value.isEmpty()) {
      return;
    }
    sb.append(indent).append(key).append(": ").append(scalar(value)).append('\n');
  }

  private static String scalar(String v) {
    boolean plain =
        !NonStringCheck.isValueNonString(v)
            && v.chars().allMatch(c -> c > ' ' && c != '#' && c != '"' && c != '\'')
            && !v.contains(": ")
            && "-?:,[]{}&*!|>%@`".indexOf(v.charAt(0)) < 0;
    return plain ? v : '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
