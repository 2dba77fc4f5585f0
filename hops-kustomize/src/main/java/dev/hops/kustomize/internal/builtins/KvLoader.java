package dev.hops.kustomize.internal.builtins;

import dev.hops.kustomize.KustomizeException;
import dev.hops.kustomize.TreePaths;
import dev.hops.kustomize.internal.loader.FileLoader;
import dev.hops.kustomize.internal.types.GeneratorArgs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key/value pairs for a generator, in kustomize's order: env files, then literals, then files
 * ({@code key=path} or the file's base name). Values are raw bytes: a file that is not UTF-8 ends
 * up in {@code binaryData}.
 */
final class KvLoader {

  record Pair(String key, byte[] value) {}

  private KvLoader() {}

  static Map<String, byte[]> load(FileLoader ldr, GeneratorArgs args, String kind) {
    List<Pair> all = new ArrayList<>();
    for (String env : args.envs()) {
      all.addAll(fromEnvFile(ldr, env, args));
    }
    for (String lit : args.literals()) {
      all.add(fromLiteral(lit, args));
    }
    for (String f : args.files()) {
      all.add(fromFile(ldr, f, args));
    }
    Map<String, byte[]> known = new LinkedHashMap<>();
    for (Pair p : all) {
      if (known.containsKey(p.key())) {
        throw new KustomizeException(
            args.pos(),
            kind + "/" + args.name(),
            "configmap " + args.name() + " illegally repeats the key `" + p.key() + "`");
      }
      known.put(p.key(), p.value());
    }
    return known;
  }

  private static Pair fromLiteral(String source, GeneratorArgs args) {
    int eq = source.indexOf('=');
    if (eq <= 0) {
      throw new KustomizeException(
          args.pos(), null, "invalid literal source " + source + ", expected key=value");
    }
    return new Pair(
        source.substring(0, eq),
        removeQuotes(source.substring(eq + 1)).getBytes(StandardCharsets.UTF_8));
  }

  private static String removeQuotes(String s) {
    if (s.length() < 2 || s.charAt(0) != s.charAt(s.length() - 1)) {
      return s;
    }
    if (s.charAt(0) == '"' || s.charAt(0) == '\'') {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static Pair fromFile(FileLoader ldr, String source, GeneratorArgs args) {
    long seps = source.chars().filter(c -> c == '=').count();
    String key;
    String path;
    if (seps == 0) {
      key =
          TreePaths.fileName(
              source.endsWith("/") ? source.substring(0, source.length() - 1) : source);
      path = source;
    } else if (seps == 1 && source.startsWith("=")) {
      throw new KustomizeException(
          args.pos(),
          null,
          "missing key name for file path \""
              + source.substring(1)
              + "\" in source \""
              + source
              + "\"");
    } else if (seps == 1 && source.endsWith("=")) {
      throw new KustomizeException(
          args.pos(),
          null,
          "missing file path for key name \""
              + source.substring(0, source.length() - 1)
              + "\" in source \""
              + source
              + "\"");
    } else if (seps > 1) {
      throw new KustomizeException(
          args.pos(), null, "source \"" + source + "\" key name or file path contains '='");
    } else {
      int eq = source.indexOf('=');
      key = source.substring(0, eq);
      path = source.substring(eq + 1);
    }
    return new Pair(key, ldr.loadBytes(path, args.pos()));
  }

  private static List<Pair> fromEnvFile(FileLoader ldr, String path, GeneratorArgs args) {
    byte[] content = ldr.loadBytes(path, args.pos());
    List<Pair> pairs = new ArrayList<>();
    String text = new String(content, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      String line = lines[i];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      line = line.stripLeading();
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      String value = eq < 0 ? "" : line.substring(eq + 1);
      if (key.isEmpty()) {
        continue;
      }
      pairs.add(new Pair(key, value.getBytes(StandardCharsets.UTF_8)));
    }
    return pairs;
  }
}
