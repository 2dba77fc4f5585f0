package dev.hops.kustomize.internal.res;

import dev.hops.kustomize.Gvk;
import java.util.Arrays;

/** Parsing of kyaml's string forms of ids ({@code Kind.version.group/name.namespace}). */
public final class RIds {

  private RIds() {}

  /** kyaml GvkFromString (the gvk's cluster scope is looked up). */
  public static Gvk gvkFromLegacyString(String s) {
    String[] v = s.split("\\.", -1);
    if (v.length < 3) {
      return new Gvk("[noGrp]", "[noVer]", "[noKind]");
    }
    String k = v[0].equals("[noKind]") ? "" : v[0];
    String ver = v[1].equals("[noVer]") ? "" : v[1];
    String g = String.join(".", Arrays.copyOfRange(v, 2, v.length));
    if (g.equals("[noGrp]")) {
      g = "";
    }
    return new Gvk(g, ver, k);
  }

  /** kyaml resid.FromString. */
  public static RId fromLegacyString(String s) {
    int slash = s.indexOf('/');
    Gvk gvk = gvkFromLegacyString(slash < 0 ? s : s.substring(0, slash));
    String rest = slash < 0 ? "" : s.substring(slash + 1);
    String[] v = rest.split("\\.", -1);
    String ns = v[v.length - 1];
    if (ns.equals("[noNs]")) {
      ns = "";
    }
    String nm = String.join(".", Arrays.copyOfRange(v, 0, v.length - 1));
    if (nm.equals("[noName]")) {
      nm = "";
    }
    return RId.of(gvk, nm, ns);
  }
}
