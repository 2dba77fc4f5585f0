package dev.hops.check.internal;

import dev.hops.check.CheckContext;
import dev.hops.check.Finding;
import dev.hops.yaml.MappingNode;
import dev.hops.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last guard before findings are printed: a finding about a Secret never shows one of its
 * {@code data}/{@code stringData} values, and no finding shows SOPS ciphertext ({@code ENC[...]}),
 * whatever a rule wrote.
 */
public final class SecretGuard {

  private static final Pattern SOPS_VALUE = Pattern.compile("ENC\\[[A-Z0-9_]+,[^\\]]*\\]");
  private static final String MASK = "**masked**";

  private final Map<String, List<String>> valuesBySecret;

  private SecretGuard(Map<String, List<String>> valuesBySecret) {
    this.valuesBySecret = valuesBySecret;
  }

  public static SecretGuard of(CheckContext context) {
    Map<String, List<String>> values = new HashMap<>();
    for (CheckContext.Rendered r : context.objects()) {
      if (!r.kind().equals("Secret")) {
        continue;
      }
      List<String> list = values.computeIfAbsent(r.ref(), k -> new ArrayList<>());
      for (String field : List.of("data", "stringData")) {
        if (r.object().get(field) instanceof MappingNode m) {
          for (MappingNode.Entry e : m.entries()) {
            if (e.value() instanceof ScalarNode s && !s.value().isEmpty()) {
              list.add(s.value());
            }
          }
        }
      }
    }
    return new SecretGuard(values);
  }

  public Finding mask(Finding f) {
    String message = mask(f.message(), f.object());
    String hint = mask(f.hint(), f.object());
    if (message.equals(f.message()) && hint.equals(f.hint())) {
      return f;
    }
    return new Finding(f.rule(), f.severity(), f.pos(), f.object(), message, hint);
  }

  private String mask(String text, String object) {
    String out = SOPS_VALUE.matcher(text).replaceAll(MASK);
    for (String v : valuesBySecret.getOrDefault(object, List.of())) {
      out = out.replace(v, MASK);
    }
    return out;
  }
}
