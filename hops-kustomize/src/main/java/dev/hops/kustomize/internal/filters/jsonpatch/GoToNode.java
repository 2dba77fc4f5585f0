package dev.hops.kustomize.internal.filters.jsonpatch;

import dev.hops.yaml.MappingNode;
import dev.hops.yaml.Node;
import dev.hops.yaml.ScalarNode;
import dev.hops.yaml.ScalarStyle;
import dev.hops.yaml.SequenceNode;
import dev.hops.yaml.SourcePos;
import dev.hops.yaml.Tags;
import dev.hops.yaml.internal.GoFloat;
import dev.hops.yaml.internal.V3Resolver;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kyaml's {@code FromMap}: Go values are marshaled with yaml.v3 and the text parsed again. The
 * resulting tree is built directly, with what that round trip gives: map keys in yaml.v3's order
 * (numbers inside keys compare numerically), float64 numbers written with Go's {@code %g} ({@code
 * 3} is an int again, {@code 1e+06} a float), every node tagged, and strings in the style yaml.v3's
 * encoder picks for them (quoted when they would read as another type, literal when multi-line).
 */
public final class GoToNode {

  private static final Pattern BASE60_FLOAT =
      Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");

  private GoToNode() {}

  /** FromMap: a mapping node from a Go map. */
  public static MappingNode fromMap(Map<String, Object> m) {
    return (MappingNode) toNode(m);
  }

  /** The node yaml.v3 would parse back from marshaling {@code v}. */
  public static Node toNode(Object v) {
    // an if chain, not a type switch: see "Start-up cost" in ARCHITECTURE.md
    if (v == null) {
      return scalar("null", Tags.NULL, ScalarStyle.PLAIN);
    } else if (v instanceof Map<?, ?> m) {
      MappingNode out = new MappingNode(SourcePos.UNKNOWN);
      List<String> keys = new ArrayList<>();
      for (Object k : m.keySet()) {
        keys.add((String) k);
      }
      sortKeys(keys);
      for (String k : keys) {
        out.entries()
            .add(
                new MappingNode.Entry(scalar(k, Tags.STR, stringStyle(k, true)), toNode(m.get(k))));
      }
      out.setFlow(m.isEmpty());
      return out;
    } else if (v instanceof List<?> l) {
      SequenceNode out = new SequenceNode(SourcePos.UNKNOWN);
      for (Object o : l) {
        out.add(toNode(o));
      }
      out.setFlow(l.isEmpty());
      return out;
    } else if (v instanceof String s) {
      return scalar(s, Tags.STR, stringStyle(s, false));
    } else if (v instanceof Boolean b) {
      return scalar(b ? "true" : "false", Tags.BOOL, ScalarStyle.PLAIN);
    } else if (v instanceof Double d) {
      String text = formatFloat(d);
      return scalar(text, V3Resolver.resolveTag(text), ScalarStyle.PLAIN);
    } else if (v instanceof Long l) {
      return scalar(Long.toString(l), Tags.INT, ScalarStyle.PLAIN);
    } else if (v instanceof Integer i) {
      return scalar(Integer.toString(i), Tags.INT, ScalarStyle.PLAIN);
    } else if (v instanceof BigInteger b) {
      return scalar(b.toString(), Tags.INT, ScalarStyle.PLAIN);
    }
    throw new IllegalArgumentException("unsupported Go value " + v.getClass());
  }

  private static ScalarNode scalar(String value, String tag, ScalarStyle style) {
    return new ScalarNode(value, tag, style, false, SourcePos.UNKNOWN);
  }

  /** yaml.v3's floatv: strconv.FormatFloat(f, 'g', -1, 64) with YAML's infinities. */
  static String formatFloat(double d) {
    String s = GoFloat.formatG(d);
    return switch (s) {
      case "+Inf" -> ".inf";
      case "-Inf" -> "-.inf";
      case "NaN" -> ".nan";
      default -> s;
    };
  }

  // --- yaml.v3 key order (sorter.go keyList.Less for string keys) ---

  static void sortKeys(List<String> keys) {
    // insertion sort: never fails on an inconsistent order, and is what Go's sort does for
    // small maps
    for (int i = 1; i < keys.size(); i++) {
      for (int j = i; j > 0 && less(keys.get(j), keys.get(j - 1)); j--) {
        String t = keys.get(j);
        keys.set(j, keys.get(j - 1));
        keys.set(j - 1, t);
      }
    }
  }

  static boolean less(String a, String b) {
    int[] ar = a.codePoints().toArray();
    int[] br = b.codePoints().toArray();
    boolean digits = false;
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        digits = Character.isDigit(ar[i]);
        continue;
      }
      boolean al = Character.isLetter(ar[i]);
      boolean bl = Character.isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return digits ? al : bl;
      }
      long an = 0;
      long bn = 0;
      if (ar[i] == '0' || br[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
          if (ar[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      int ai = i;
      for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
        an = an * 10 + (ar[ai] - '0');
      }
      int bi = i;
      for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
        bn = bn * 10 + (br[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return ar[i] < br[i];
    }
    return ar.length < br.length;
  }

  // --- yaml.v3 string styles (encode.go stringv + emitter's select_scalar_style) ---

  /** The style a string gets when yaml.v3 marshals it in block context (a key or a value). */
  static ScalarStyle stringStyle(String s, boolean simpleKey) {
    String rtag = V3Resolver.resolveTag(s);
    boolean canUsePlain = rtag.equals(Tags.STR) && !(isBase60Float(s) || isOldBool(s));
    ScalarStyle style;
    if (s.contains("\n")) {
      style = ScalarStyle.LITERAL;
    } else if (canUsePlain) {
      style = ScalarStyle.PLAIN;
    } else {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    Analysis a = analyze(s);
    if (simpleKey && a.multiline) {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    if (style == ScalarStyle.PLAIN) {
      if (!a.blockPlainAllowed || (s.isEmpty() && simpleKey)) {
        style = ScalarStyle.SINGLE_QUOTED;
      }
    }
    if (style == ScalarStyle.SINGLE_QUOTED && !a.singleQuotedAllowed) {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    if (style == ScalarStyle.LITERAL && (!a.blockAllowed || simpleKey)) {
      style = ScalarStyle.DOUBLE_QUOTED;
    }
    return style;
  }

  private static boolean isBase60Float(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
      return false;
    }
    return BASE60_FLOAT.matcher(s).matches();
  }

  private static boolean isOldBool(String s) {
    return switch (s) {
      case "y",
          "Y",
          "yes",
          "Yes",
          "YES",
          "on",
          "On",
          "ON",
          "n",
          "N",
          "no",
          "No",
          "NO",
          "off",
          "Off",
          "OFF" ->
          true;
      default -> false;
    };
  }

  private record Analysis(
      boolean multiline,
      boolean blockPlainAllowed,
      boolean singleQuotedAllowed,
      boolean blockAllowed) {}

  private static boolean isPrintable(int c) {
    return c == 0x0A
        || (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  private static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  /** yaml_emitter_analyze_scalar (unicode output enabled). */
  private static Analysis analyze(String s) {
    if (s.isEmpty()) {
      return new Analysis(false, true, true, false);
    }
    int[] v = s.codePoints().toArray();
    boolean blockIndicators = false;
    boolean lineBreaks = false;
    boolean specialCharacters = false;
    boolean tabCharacters = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;
    boolean previousSpace = false;
    boolean previousBreak = false;
    if (s.startsWith("---") || s.startsWith("...")) {
      blockIndicators = true;
    }
    boolean precededByWhitespace = true;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      boolean followedByWhitespace = i + 1 >= v.length || isBlank(v[i + 1]);
      if (i == 0) {
        switch (c) {
          case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
              blockIndicators = true;
          case '?', ':', '-' -> {
            if (followedByWhitespace) {
              blockIndicators = true;
            }
          }
          default -> {}
        }
      } else {
        switch (c) {
          case ':' -> {
            if (followedByWhitespace) {
              blockIndicators = true;
            }
          }
          case '#' -> {
            if (precededByWhitespace) {
              blockIndicators = true;
            }
          }
          default -> {}
        }
      }
      if (c == '\t') {
        tabCharacters = true;
      } else if (!isPrintable(c)) {
        specialCharacters = true;
      }
      if (c == ' ') {
        if (i == 0) {
          leadingSpace = true;
        }
        if (i + 1 == v.length) {
          trailingSpace = true;
        }
        if (previousBreak) {
          breakSpace = true;
        }
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(c)) {
        lineBreaks = true;
        if (i == 0) {
          leadingBreak = true;
        }
        if (i + 1 == v.length) {
          trailingBreak = true;
        }
        if (previousSpace) {
          spaceBreak = true;
        }
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWhitespace = isBlank(c) || isBreak(c) || c == 0;
    }
    boolean blockPlain = true;
    boolean single = true;
    boolean block = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
      blockPlain = false;
    }
    if (trailingSpace) {
      block = false;
    }
    if (breakSpace) {
      blockPlain = false;
      single = false;
    }
    if (spaceBreak || tabCharacters || specialCharacters) {
      blockPlain = false;
      single = false;
    }
    if (spaceBreak || specialCharacters) {
      block = false;
    }
    if (lineBreaks) {
      blockPlain = false;
    }
    if (blockIndicators) {
      blockPlain = false;
    }
    return new Analysis(lineBreaks, blockPlain, single, block);
  }
}
