package dev.hops.kustomize.internal.target;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.internal.filters.FieldSpecFilter;
import dev.hops.kustomize.internal.res.Kyaml;
import dev.hops.kustomize.internal.res.RId;
import dev.hops.kustomize.internal.res.Res;
import dev.hops.kustomize.internal.types.FieldSpec;
import dev.hops.kustomize.internal.types.Var;
import dev.hops.yaml.KustomizeYaml;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deprecated {@code vars}: {@code $(NAME)} references filled from fields of objects. */
final class Vars {

  private Vars() {}

  /** kustomize MergeVars: the one object a var points at remembers the var's name. */
  static void annotateReferenced(Accumulator ra, List<Var> vars) {
    for (Var v : vars) {
      RId target = RId.of(v.gvk(), v.objName(), v.objNamespace());
      boolean exact = !target.namespace().isEmpty() || target.clusterScoped();
      List<Res> matched =
          ra.resMap().byAnyId(id -> exact ? target.equalsId(id) : target.gvknEquals(id));
      if (matched.size() > 1) {
        throw new KustomizeException(
            "found "
                + matched.size()
                + " resId matches for var "
                + v.name()
                + " (unable to disambiguate)");
      }
      if (matched.size() == 1) {
        matched.get(0).appendRefVarName(v.name());
      }
    }
  }

  static void resolve(Accumulator ra) {
    if (ra.vars().isEmpty()) {
      return;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Var v : ra.vars()) {
      values.put(v.name(), valueOf(ra, v));
    }
    for (Res r : ra.resMap().resources()) {
      for (FieldSpec fs : ra.config().varReference()) {
        new FieldSpecFilter(fs, n -> set(n, values), Kyaml.Create.NONE, Tags.NONE).apply(r.node());
      }
    }
  }

  private static Object valueOf(Accumulator ra, Var v) {
    for (Res r : ra.resMap().resources()) {
      if (!r.refVarNames().contains(v.name())) {
        continue;
      }
      Node n = Kyaml.pathGet(r.node(), fieldPath(v.fieldPath()), Kyaml.Create.NONE);
      if (n == null) {
        throw new KustomizeException(
            "field specified in var '" + v.name() + "' not found in corresponding resource");
      }
      if (n instanceof ScalarNode s) {
        return switch (s.tag()) {
          case Tags.INT -> Long.parseLong(s.value());
          case Tags.FLOAT -> Double.parseDouble(s.value());
          case Tags.BOOL -> Boolean.parseBoolean(s.value());
          default -> s.value();
        };
      }
      return KustomizeYaml.toGoValue(n);
    }
    throw new KustomizeException(
        "var '" + v.name() + "' cannot be mapped to a field in the set of known resources");
  }

  private static final Pattern INDEX = Pattern.compile("^(.*)\\[(\\d+)\\]$");

  private static List<String> fieldPath(String path) {
    List<String> result = new ArrayList<>();
    for (String s : dev.hops.kustomize.internal.filters.PathSplit.smarter(path, ".")) {
      Matcher m = INDEX.matcher(s);
      if (s.endsWith("]") && m.matches()) {
        if (!m.group(1).isEmpty()) {
          result.add(m.group(1));
        }
        result.add(m.group(2));
      } else {
        result.add(s);
      }
    }
    return result;
  }

  private static void set(Node node, Map<String, Object> values) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (node instanceof ScalarNode s) {
      if (s.isStringValue()) {
        update(s, replace(s.value(), values));
      }
    } else if (node instanceof MappingNode m) {
      for (MappingNode.Entry e : m.entries()) {
        if (e.value() instanceof ScalarNode s && s.isStringValue()) {
          update(s, replace(s.value(), values));
        }
      }
    } else {
      for (Node item : ((SequenceNode) node).items()) {
        if (!(item instanceof ScalarNode s) || !s.isStringValue()) {
          throw new KustomizeException(item.pos(), null, "invalid value type expect a string");
        }
        update(s, replace(s.value(), values));
      }
    }
  }

  private static void update(ScalarNode node, Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v instanceof Long l) {
      node.setValue(Long.toString(l));
      node.setTag(Tags.INT);
    } else if (v instanceof Boolean b) {
      node.setValue(b.toString());
      node.setTag(Tags.BOOL);
    } else if (v instanceof Double d) {
      node.setValue(dev.hops.yaml.internal.GoFloat.formatF(d));
      node.setTag(Tags.FLOAT);
    } else {
      node.setValue(String.valueOf(v)); // never null: values are parsed scalars or strings
      node.setTag(Tags.STR);
    }
    node.setStyle(ScalarStyle.PLAIN);
  }

  /** kustomize refvar.DoReplacements: {@code $(X)} expanded, {@code $$} escapes. */
  static Object replace(String input, Map<String, Object> values) {
    StringBuilder buf = new StringBuilder();
    int checkpoint = 0;
    for (int cursor = 0; cursor < input.length(); cursor++) {
      if (input.charAt(cursor) == '$' && cursor + 1 < input.length()) {
        buf.append(input, checkpoint, cursor);
        String rest = input.substring(cursor + 1);
        String read;
        boolean isVar = false;
        int advance = 1;
        if (rest.charAt(0) == '$') {
          read = "$";
        } else if (rest.charAt(0) == '(') {
          int close = rest.indexOf(')');
          if (close > 0) {
            read = rest.substring(1, close);
            isVar = true;
            advance = close + 1;
          } else {
            read = "$(";
          }
        } else {
          read = "$" + rest.charAt(0);
        }
        if (isVar) {
          Object mapped = values.containsKey(read) ? values.get(read) : "$(" + read + ")";
          if (mapped instanceof Map || mapped instanceof List) {
            mapped = "$(" + read + ")";
          }
          if (input.equals("$(" + read + ")")) {
            return mapped;
          }
          buf.append(
              mapped instanceof Double d ? dev.hops.yaml.internal.GoFloat.formatG(d) : mapped);
        } else {
          buf.append(read);
        }
        cursor += advance;
        checkpoint = cursor + 1;
      }
    }
    return buf + input.substring(checkpoint);
  }
}
